// The confirmation of an application, in place of a signature: the submitter confirms by sending it, the other party
// (the citizen when the contact person sent it, or the other way round) confirms from their own login with the
// eight-character code the API gave the creator. Pure functions: no DOM, no storage (node tests them).

/** The two parties who confirm an application, in the order people read them. */
export const PARTIES = ['citizen', 'contact-person'];

/** The code's alphabet: letters and digits without look-alikes (no 0/O, 1/I/L), as the API makes them. */
const CODE = /^[2-9A-HJKMNP-Z]{8}$/;

/** What a person typed as the code: eight characters of the alphabet, any case, spaces and dashes between; or null. */
export function parseCode(text) {
  const s = String(text ?? '').replace(/[\s-]/g, '').toUpperCase();
  return CODE.test(s) ? s : null;
}

/** "KM4P7XRT" → "KM4P 7XRT": two groups of four are easier to read out and to copy by hand. */
export function formatCode(code) {
  const s = String(code ?? '');
  return CODE.test(s) ? s.slice(0, 4) + ' ' + s.slice(4) : s;
}

/** What a person typed as the application's number: trimmed, any spaces removed (it has none), or null when empty. */
export function parseApplicationId(text) {
  const s = String(text ?? '').replace(/\s/g, '');
  return s ? s : null;
}

/** The role of the party who has not confirmed yet, or null when both have. */
export function missingParty(app) {
  const done = new Set((app.confirmations || []).map((c) => c.role));
  return PARTIES.find((p) => !done.has(p)) || null;
}

/** The other party of a role: the contact person for the citizen, the citizen for anyone else. */
export function otherParty(role) {
  return role === 'citizen' ? 'contact-person' : 'citizen';
}

/** The name the application gives a party: the (first) applicant's, or the contact person's. */
export function partyName(app, role) {
  if (role === 'citizen') {
    const a = (app.applicants || [])[0];
    return a && a.name ? a.name : null;
  }
  return app.contactPerson && app.contactPerson.name ? app.contactPerson.name : null;
}

/** One row per party: {role, name, at} where at is the instant of the confirmation or null. */
export function confirmationRows(app) {
  const list = app.confirmations || [];
  return PARTIES.map((role) => {
    const c = list.find((x) => x.role === role);
    return { role, name: partyName(app, role), at: c ? c.at : null };
  });
}
