// What the attachment widget decides, without the DOM or the network: which kinds a page offers, a chosen file's
// content type (phones often give a HEIC photo no type, so the name's ending counts too), and what to tell the person
// before anything is sent. The API checks the same again, and the file itself is checked after the upload.

export const MAX_BYTES = 10 * 1024 * 1024;
// The file picker's filter; with capture="environment" a phone offers its camera for a photo.
export const ACCEPT = 'application/pdf,image/jpeg,image/png,image/heic,.pdf,.jpg,.jpeg,.png,.heic';
export const BEFORE_DECISION = ['SUBGOAL_ANNEX', 'QUOTE', 'COST_DOCUMENTATION'];
export const AFTER_GRANT = ['RECEIPT'];

const BY_ENDING = { pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', heic: 'image/heic', heif: 'image/heic' };
const TYPES = new Set(Object.values(BY_ENDING));

/** The kinds a person may attach to an application in this status. */
export function kindsFor(status) {
  if (['APPROVED', 'PARTIALLY_APPROVED', 'DISBURSED'].includes(status)) {
    return AFTER_GRANT;
  }
  if (['REJECTED', 'CLOSED'].includes(status)) {
    return [];
  }
  return BEFORE_DECISION;
}

/** The content type to announce for a file ({ name, type }), or null when it is none of the allowed ones. */
export function contentTypeOf(file) {
  const declared = (file.type || '').toLowerCase();
  if (TYPES.has(declared)) {
    return declared;
  }
  if (declared === 'image/heif') {
    return 'image/heic';
  }
  const ending = (file.name || '').toLowerCase().split('.').pop();
  return declared === '' || declared === 'application/octet-stream' ? BY_ENDING[ending] || null : null;
}

/** The text key that says what is wrong with the chosen file and what to do, or null when it may be sent. */
export function problemWith(file) {
  if (!file) {
    return 'att.err.none';
  }
  if (!contentTypeOf(file)) {
    return 'att.err.type';
  }
  if (file.size === 0) {
    return 'att.err.empty';
  }
  if (file.size > MAX_BYTES) {
    return 'att.err.large';
  }
  return null;
}

/** A file of the list as the page shows its state: ready to open, being checked, or refused with its reason. */
export function stateOf(a) {
  return { READY: 'ready', PENDING: 'pending', REFUSED: 'refused' }[a.status] || 'pending';
}

/** Whether the list should be fetched again soon: something is still being checked. */
export function stillChecking(list) {
  return list.some((a) => a.status === 'PENDING');
}
