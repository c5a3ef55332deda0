// Signing in with OpenID Connect: the authorization code flow with PKCE, through oidc-client-ts (its browser build,
// copied to /vendor by build.mjs). The provider is named by /auth-config.json: the local runtime serves its own
// (it is a small OpenID provider itself), in AWS the file is generated from the stack's outputs beside the pages
// (web/auth-config.mjs). The pages use session(), token(), signIn(), signOut(), requireRole() and HOME; api.js asks
// freshToken(); the callback page calls completeSignIn().
import { lang } from './i18n.js';
import { HOME, safeNext, sessionFromUser } from './auth-model.js';

export { HOME };

const KEY = 'livsmester.session';
const SIGNED_OUT = 'livsmester.signedOut';
const LIBRARY = '/vendor/oidc-client-ts.min.js';
const CONFIG = '/auth-config.json';
// Renew a little before the access token runs out, so a call in flight does not meet an expired token.
const MARGIN_MS = 30_000;

/** The signed-in person ({token, expiresAt, user: {sub, name, role}}), or null. */
export function session() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) || 'null');
  } catch {
    return null;
  }
}

export function token() {
  const s = session();
  return s ? s.token : null;
}

// sessionStorage, not localStorage: a shared computer at a residence forgets the sign-in when the tab closes. The
// library keeps its own copy of the tokens (with the refresh token) there too; this one is what pages read at once.
function remember(user) {
  const s = sessionFromUser(user);
  sessionStorage.setItem(KEY, JSON.stringify(s));
  return s;
}

let loading = null;

/** The library, loaded on the first page that signs in, renews or signs out (the others never fetch it). */
function library() {
  if (globalThis.oidc) {
    return Promise.resolve(globalThis.oidc);
  }
  loading = loading || new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = LIBRARY;
    script.onload = () => resolve(globalThis.oidc);
    script.onerror = () => {
      // A network hiccup: "Sign in again" on the same page tries once more.
      loading = null;
      script.remove();
      reject(new Error('The sign-in library did not load'));
    };
    document.head.appendChild(script);
  });
  return loading;
}

let ready = null;

async function manager() {
  ready = ready || (async () => {
    const [lib, config] = await Promise.all([library(), fetch(CONFIG, { headers: { Accept: 'application/json' } }).then((r) => {
      if (!r.ok) {
        throw new Error('The sign-in settings are missing (' + CONFIG + ')');
      }
      return r.json();
    })]);
    const store = new lib.WebStorageStateStore({ store: sessionStorage });
    const um = new lib.UserManager({
      authority: config.authority,
      client_id: config.client_id,
      // The site's own origin: the provider has each address the site is reached at registered.
      redirect_uri: location.origin + '/callback.html',
      post_logout_redirect_uri: location.origin + '/index.html',
      response_type: 'code',
      scope: config.scope || 'openid email profile',
      // What discovery does not say, the settings do (Cognito's logout endpoint is not in its discovery document).
      metadataSeed: config.metadataSeed,
      userStore: store,
      stateStore: store,
      // Renewal happens when a call needs it (freshToken), with the refresh token: no timers, no iframes.
      automaticSilentRenew: false,
      loadUserInfo: false,
    });
    return { um, config };
  })().catch((e) => {
    ready = null;
    throw e;
  });
  return ready;
}

/** Goes to the provider's sign-in; `next` (a page on this site) is where the person lands afterwards. */
export async function signIn(next) {
  sessionStorage.removeItem(SIGNED_OUT);
  const { um } = await manager();
  await um.signinRedirect({ state: { next: safeNext(next, location.origin) }, ui_locales: lang() });
}

/**
 * The callback's work: checks the state, redeems the code (with the PKCE verifier) and keeps the session. Returns the
 * session and the page to go to; throws what the library throws (a state that is not ours, the provider's error).
 */
export async function completeSignIn() {
  const { um } = await manager();
  const user = await um.signinRedirectCallback();
  const s = remember(user);
  return { session: s, next: safeNext(user.state && user.state.next, location.origin) };
}

/** The access token to call the API with: renewed with the refresh token when it is about to run out; null if gone. */
export async function freshToken() {
  const s = session();
  if (!s) {
    return null;
  }
  if (s.expiresAt * 1000 - Date.now() > MARGIN_MS) {
    return s.token;
  }
  try {
    const { um } = await manager();
    return remember(await um.signinSilent()).token;
  } catch {
    sessionStorage.removeItem(KEY);
    return null;
  }
}

/** Signs out here and at the provider, which sends the browser back to the start page. */
export async function signOut() {
  sessionStorage.removeItem(KEY);
  sessionStorage.setItem(SIGNED_OUT, 'true');
  try {
    const { um, config } = await manager();
    // A provider that takes the return address under another name than post_logout_redirect_uri says which.
    const extraQueryParams = config.logoutRedirectParam
      ? { [config.logoutRedirectParam]: location.origin + '/index.html' } : {};
    await um.signoutRedirect({ client_id: config.client_id, extraQueryParams });
  } catch {
    location.href = '/index.html';
  }
}

/** True once after signing out: the start page says so instead of sending the person straight to sign in again. */
export function justSignedOut() {
  const yes = sessionStorage.getItem(SIGNED_OUT) === 'true';
  sessionStorage.removeItem(SIGNED_OUT);
  return yes;
}

/** Sends the visitor to sign in (and back here afterwards) unless signed in with one of the roles. */
export function requireRole(...roles) {
  const s = session();
  if (!s || !s.user.role || (roles.length && !roles.includes(s.user.role))) {
    const next = encodeURIComponent(location.pathname + location.search);
    location.replace('/index.html?next=' + next + (s ? '&role=wrong' : ''));
    return null;
  }
  return s.user;
}
