// The citizen's own data (GET /api/me/data) as the easy-read summary shows it: what is held, in short, and who among
// the staff read it. Pure functions, so the node tests check them.

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
  return [...(data.readLog || [])].sort((a, b) => String(b.at).localeCompare(String(a.at))).map((e) => ({
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
