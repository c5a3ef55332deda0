// The confirmation code of an application this person created. The API gives it once, in the answer to the POST that
// creates the application (the wizard's first saved answer), and never again. It is kept beside the draft in this
// browser (like the draft itself, so a break between sittings does not lose it) until the other party has confirmed.
const key = (user, id) => 'livsmester.code.' + user.sub + '.' + id;

export function rememberCode(user, id, code) {
  if (user && id && code) {
    localStorage.setItem(key(user, id), String(code));
  }
}

export function codeFor(user, id) {
  return user && id ? localStorage.getItem(key(user, id)) : null;
}

/** Once the other party has confirmed, the code has done its job: nobody needs it again. */
export function forgetCode(user, id) {
  if (user && id) {
    localStorage.removeItem(key(user, id));
  }
}
