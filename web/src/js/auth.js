// Signing in. Locally the runtime signs tokens for invented demo people (POST /local/token); in AWS this module is
// the one to swap for Cognito's hosted sign-in. Pages only use session(), signIn(), signOut() and requireRole().
const KEY = 'livsmester.session';

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

export async function demoUsers() {
  const r = await fetch('/local/users');
  if (!r.ok) {
    throw new Error('sign-in is not available');
  }
  return r.json();
}

export async function signIn(sub) {
  const r = await fetch('/local/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ sub }),
  });
  if (!r.ok) {
    throw new Error('sign-in failed');
  }
  const body = await r.json();
  // sessionStorage, not localStorage: a shared computer at a residence forgets the sign-in when the tab closes.
  sessionStorage.setItem(KEY, JSON.stringify({ token: body.token, user: body.user }));
  return body.user;
}

export function signOut() {
  sessionStorage.removeItem(KEY);
}

/** The start page of each role. */
export const HOME = {
  citizen: '/apply.html',
  'contact-person': '/apply.html',
  team: '/team.html',
  coordinator: '/matching.html',
  finance: '/finance.html',
  admin: '/team.html',
  guide: '/guide.html',
};

/** Sends the visitor to sign in (and back here afterwards) unless signed in with one of the roles. */
export function requireRole(...roles) {
  const s = session();
  if (!s || (roles.length && !roles.includes(s.user.role))) {
    const next = encodeURIComponent(location.pathname + location.search);
    location.replace('/index.html?next=' + next + (s ? '&role=wrong' : ''));
    return null;
  }
  return s.user;
}
