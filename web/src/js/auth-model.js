// The parts of signing in that need no browser: where a person may be sent after signing in, which role a token
// gives, and the session the pages read. Node's tests run them.

/** The start page of each role; a role is known when it has one. */
export const HOME = {
  citizen: '/apply.html',
  'contact-person': '/apply.html',
  team: '/team.html',
  coordinator: '/matching.html',
  finance: '/finance.html',
  admin: '/team.html',
  guide: '/guide.html',
  auditor: '/read-log.html',
};

/**
 * The page to go to after signing in, or null. Only an address on this site: `next` is resolved the way the browser
 * will resolve it, and anything whose origin is not ours is refused (F4: "/\host" and "/<tab>/host" are other
 * sites to a browser, though they start with one slash). The result is the resolved absolute address: a path would
 * be parsed again by the browser, and "/..//host" resolves to the path "//host", which a browser reads as a host.
 */
export function safeNext(next, origin) {
  if (typeof next !== 'string' || next === '') {
    return null;
  }
  let url;
  try {
    url = new URL(next, origin);
  } catch {
    return null;
  }
  if (url.origin !== new URL(origin).origin) {
    return null;
  }
  return url.href;
}

/** The claims of a JWT, decoded but not verified (the API verifies; the pages only show what it says). */
export function claimsOf(jwt) {
  const part = String(jwt || '').split('.')[1];
  if (!part) {
    return {};
  }
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return {};
  }
}

/**
 * The role, as the API decides it (TokenVerifier): the first group that names a known role, citizen only when there is
 * no other (a peer guide signs in with MitID like every citizen, and is in both groups); null when there is none.
 */
export function roleOf(groups) {
  const roles = (Array.isArray(groups) ? groups : []).filter((g) => Object.prototype.hasOwnProperty.call(HOME, g));
  return roles.find((r) => r !== 'citizen') || roles[0] || null;
}

/**
 * What the pages keep of a signed-in user (oidc-client-ts's User): the access token the API is called with and when
 * it runs out, and who the person is. The role comes from the access token, which is what the API reads.
 */
export function sessionFromUser(user) {
  const access = claimsOf(user.access_token);
  const profile = user.profile || {};
  return {
    token: user.access_token,
    expiresAt: user.expires_at,
    user: {
      sub: profile.sub || access.sub,
      name: profile.name || profile.email || profile.sub || access.sub,
      role: roleOf(access['cognito:groups'] || profile['cognito:groups']),
    },
  };
}
