// Writes the pages' sign-in settings (auth-config.json) for a deployed stack, from its outputs:
//   aws cloudformation describe-stacks --stack-name <stack> --query 'Stacks[0].Outputs' --output json \
//     | node web/auth-config.mjs > web/dist/auth-config.json
// then deploy web/dist as usual. The local runtime serves its own settings instead.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The settings auth.js reads, from the stack's outputs ([{OutputKey, OutputValue}, ...]). */
export function authConfigFromOutputs(outputs) {
  const out = Object.fromEntries((outputs || []).map((o) => [o.OutputKey, o.OutputValue]));
  for (const key of ['AuthIssuer', 'UserPoolClientId', 'AuthDomainUrl']) {
    if (!out[key]) {
      throw new Error(`The stack has no output ${key}: is it the marketplace's stack, deployed from this template.yaml?`);
    }
  }
  return {
    authority: out.AuthIssuer,
    client_id: out.UserPoolClientId,
    scope: 'openid email profile',
    // Cognito's discovery document names no end_session_endpoint; its logout endpoint is /logout on the user pool's
    // domain, and it takes client_id and logout_uri (not post_logout_redirect_uri).
    metadataSeed: { end_session_endpoint: out.AuthDomainUrl.replace(/\/+$/, '') + '/logout' },
    logoutRedirectParam: 'logout_uri',
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const input = readFileSync(process.argv[2] || 0, 'utf8');
  process.stdout.write(JSON.stringify(authConfigFromOutputs(JSON.parse(input)), null, 2) + '\n');
}
