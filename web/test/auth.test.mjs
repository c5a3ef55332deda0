// Signing in: where a person may be sent afterwards (F4, the open redirect), which role a token gives, the settings
// generated for AWS, and that no page uses the local runtime's script endpoints any more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { safeNext, roleOf, claimsOf, sessionFromUser } from '../src/js/auth-model.js';
import { authConfigFromOutputs } from '../auth-config.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const SITE = 'https://livsmester.example';

/** What the start page does with ?next=…: the browser decodes the parameter, then auth.js checks it. */
const nextFrom = (query) => safeNext(new URLSearchParams(query).get('next'), SITE);

test('F4: a next that a browser reads as another host is refused', () => {
  // "/\host" and "/<tab>/host" start with one slash, but the URL parser makes them "//host": another site.
  assert.equal(nextFrom('next=/%5Chost/owned'), null);
  assert.equal(nextFrom('next=/%09/host/owned'), null);
  for (const evil of ['//evil.example/x', 'https://evil.example/', '/\\evil.example', '\\\\evil.example', 'javascript:alert(1)',
    ' //evil.example', '/\t/evil.example', 'http:evil.example']) {
    assert.equal(safeNext(evil, SITE), null, JSON.stringify(evil));
  }
});

test('F4: whatever next is, the page it leads to is on this site', () => {
  for (const next of ['/%5Chost/owned', '/%09/host/owned', '/%2F%2Fevil.example', '/status.html?id=1#x', '/..//evil.example',
    '/./\\evil.example', 'https:/evil.example', 'status.html', '/\u0000/evil.example']) {
    const target = safeNext(next, SITE) ?? '/index.html';
    // Parsed again, as location.replace() will: "/..//evil.example" resolves to a path that starts with two slashes.
    assert.equal(new URL(target, SITE).origin, SITE, next);
    assert.equal(new URL(new URL(target, SITE).href).origin, SITE, next);
  }
});

test('a page on this site is kept, with its query and fragment', () => {
  assert.equal(nextFrom('next=' + encodeURIComponent('/status.html?id=app-1')), SITE + '/status.html?id=app-1');
  assert.equal(safeNext('/guide.html#meetings', SITE), SITE + '/guide.html#meetings');
  assert.equal(safeNext(null, SITE), null);
  assert.equal(safeNext('', SITE), null);
});

const jwt = (claims) => 'eyJhbGciOiJSUzI1NiJ9.' + Buffer.from(JSON.stringify(claims)).toString('base64url') + '.sig';

test('the role is the first group that names a known role, citizen only without another, as the API decides it', () => {
  assert.equal(roleOf(['eu-west-1_Pool_MitID', 'citizen']), 'citizen');
  assert.equal(roleOf(['unknown', 'finance', 'team']), 'finance');
  assert.equal(roleOf(['citizen', 'guide']), 'guide', 'a peer guide is a citizen too');
  assert.equal(roleOf(['guide', 'citizen']), 'guide');
  assert.equal(roleOf(['superuser']), null);
  assert.equal(roleOf(undefined), null);
});

test('the session takes the role from the access token and the name from the ID token', () => {
  const s = sessionFromUser({
    access_token: jwt({ sub: 'u-1', 'cognito:groups': ['team'], token_use: 'access' }),
    expires_at: 1_900_000_000,
    profile: { sub: 'u-1', name: 'Søren Ærø', 'cognito:groups': ['citizen'] },
  });
  assert.deepEqual(s.user, { sub: 'u-1', name: 'Søren Ærø', role: 'team' });
  assert.equal(s.expiresAt, 1_900_000_000);
  assert.equal(claimsOf(jwt({ name: 'Åse' })).name, 'Åse', 'UTF-8 claims decode');
  assert.deepEqual(claimsOf('garbage'), {});
});

test('the AWS settings come from the stack outputs, with Cognito\'s logout endpoint and parameter', () => {
  const config = authConfigFromOutputs([
    { OutputKey: 'AuthIssuer', OutputValue: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Pool' },
    { OutputKey: 'UserPoolClientId', OutputValue: 'client-1' },
    { OutputKey: 'AuthDomainUrl', OutputValue: 'https://livsmester-dev.auth.eu-west-1.amazoncognito.com' },
    { OutputKey: 'WebUrl', OutputValue: 'https://d111.cloudfront.net' },
  ]);
  assert.deepEqual(config, {
    authority: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Pool',
    client_id: 'client-1',
    scope: 'openid email profile',
    metadataSeed: { end_session_endpoint: 'https://livsmester-dev.auth.eu-west-1.amazoncognito.com/logout' },
    logoutRedirectParam: 'logout_uri',
  });
  assert.throws(() => authConfigFromOutputs([{ OutputKey: 'UserPoolClientId', OutputValue: 'x' }]), /AuthIssuer/);
});

const files = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

test('no page calls the local runtime\'s script endpoints /local/token or /local/users', () => {
  const offenders = files(join(here, '../src')).filter((f) => /\.(js|html|mjs)$/.test(f))
    .filter((f) => /\/local\/(token|users)\b/.test(readFileSync(f, 'utf8')));
  assert.deepEqual(offenders, []);
});
