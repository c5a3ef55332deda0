// The citizen's own data (GET /api/me/data) as the easy-read summary shows it: what is held, in short, and who among
// the staff read it. Pure functions, so the node tests check them.

/** Sorts records by an ISO time field, the newest first. */
const newestFirst = (key) => (a, b) => String(b[key]).localeCompare(String(a[key]));

/** How many of each kind of record the export holds. */
export function dataCounts(data) {
  const apps = data.applications || [];
  return {
    applications: apps.length,
    letters: apps.reduce((n, a) => n + (a.letters || []).length, 0),
    auditEntries: apps.reduce((n, a) => n + (a.auditTrail || []).length, 0),
    supporters: (data.supportRelations || []).length,
    guideRequests: (data.guideRequests || []).length,
    reads: (data.readLog || []).length,
  };
}

/**
 * The read log, newest first, one line per read: when, which role and staff member, what kind of record and, for an
 * application, its headline (so "Elcykel" rather than an id).
 */
export function readLines(data) {
  const headlines = new Map((data.applications || []).map((a) => [a.application.id,
    a.application.wish && a.application.wish.headline ? a.application.wish.headline : a.application.id]));
  return [...(data.readLog || [])].sort(newestFirst('at')).map((e) => ({
    at: e.at,
    role: e.staffRole,
    staff: e.staffSubject,
    recordType: e.recordType,
    what: e.recordType === 'application' ? (headlines.get(e.recordId) || e.recordId) : e.recordId,
    route: e.route,
  }));
}

/** The file the download button offers: the export as it came, indented, with a dated name. */
export function dataFile(data) {
  const day = String(data.generatedAt || '').slice(0, 10) || 'data';
  return { name: `livsmester-mine-data-${day}.json`, type: 'application/json', text: JSON.stringify(data, null, 2) };
}

/** The mailbox in short: how many notices it holds and the latest few (newest first), each with both titles. */
export function noticeSummary(data, few = 3) {
  const all = [...(data.notices || [])].sort(newestFirst('createdAt'));
  return {
    count: all.length,
    latest: all.slice(0, few).map((n) => ({ titleDa: n.titleDa, titleEn: n.titleEn, at: n.createdAt, link: n.link })),
  };
}

/**
 * A phone number with every digit but the last two hidden, its spaces and "+" kept: the page may be read over a
 * shoulder, and the last two are enough to know the number.
 */
export function maskPhone(phone) {
  const s = String(phone || '');
  const digits = s.replace(/\D/g, '').length;
  let seen = 0;
  return s.replace(/\d/g, (d) => (++seen > digits - 2 ? d : '•'));
}

/** An e-mail address with its name hidden but the first letter, for the same reason. */
export function maskEmail(email) {
  const s = String(email || '');
  const at = s.indexOf('@');
  return at < 1 ? s : s[0] + '•'.repeat(Math.max(at - 1, 1)) + s.slice(at);
}

/**
 * How notices reach them: the channel they go on (the API's effective one: an address missing means the mailbox
 * only) and its address, masked. Without a choice, the mailbox.
 */
export function notifiedBy(data) {
  const p = data.noticePreference;
  const channel = (p && p.effectiveChannel) || 'MAILBOX';
  const address = channel === 'SMS' ? maskPhone(p.phone) : channel === 'EMAIL' ? maskEmail(p.email) : '';
  return { chosen: Boolean(p), channel, address };
}

/** The privacy notice: the latest version they read and when, or null if they have not read it. */
export function privacyRead(data) {
  const [latest] = [...(data.privacyNoticeAcknowledgements || [])].sort(newestFirst('at'));
  return latest ? { version: latest.version, at: latest.at } : null;
}
