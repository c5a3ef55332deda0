// The auditor's search of the read log without its page: the search as the API takes it, the table's rows and the
// CSV of a whole search. Plain functions (node tests them); pages/read-log.js draws and pages through the API's cursor.
import { t, code } from './i18n.js';
import { sectionCsv } from './evaluation-model.js';

export const BY = ['citizen', 'staff', 'record', 'period'];
export const RECORD_TYPES = ['application', 'guide-request', 'match', 'citizen-data'];
export const PAGE_SIZE = 25;
/** A CSV reads at most this many pages (PAGE_SIZE each); a search larger than that should be narrowed. */
export const CSV_PAGES = 40;

const STAMP = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit',
  day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** An instant as the municipality's local time to the second, "2026-12-01 18:05:07": the auditor compares times. */
export function stamp(at) {
  return at ? STAMP.format(new Date(at)) : '';
}

/**
 * The query string of a search: {by, key, recordType, from, to}; the API checks it (one of citizen, staff or record,
 * or a period with both ends) and says what is wrong, field by field.
 */
export function queryOf(f, cursor = null, limit = PAGE_SIZE) {
  const q = new URLSearchParams();
  const key = String(f.key || '').trim();
  if (f.by === 'citizen') q.set('citizen', key);
  if (f.by === 'staff') q.set('staff', key);
  if (f.by === 'record') q.set('record', (f.recordType || RECORD_TYPES[0]) + '#' + key);
  if (f.from) q.set('from', String(f.from).trim());
  if (f.to) q.set('to', String(f.to).trim());
  q.set('limit', String(limit));
  if (cursor) q.set('cursor', cursor);
  return q.toString();
}

/** Which of the form's fields an API error about a query parameter belongs to. */
export function fieldOf(apiField) {
  return ['citizen', 'staff', 'record'].includes(apiField) ? 'key' : apiField;
}

/** The table's rows, worded in the language asked for. */
export function rows(items, l) {
  return (items || []).map((e) => ({
    id: e.id,
    at: stamp(e.at),
    staff: e.staffSubject,
    role: code('role', e.staffRole, {}, l),
    citizen: e.citizenSubject || t('rl.noCitizen', {}, l),
    record: code('rl.recordType', e.recordType, {}, l) + ' ' + e.recordId,
    route: e.route,
  }));
}

/** A whole search as CSV for a spreadsheet (semicolons and a BOM, as the other CSVs of the pages). */
export function csvOf(items, l) {
  const head = ['at', 'staff', 'role', 'citizen', 'record', 'route'].map((c) => t('rl.col.' + c, {}, l));
  return sectionCsv({ head, rows: rows(items, l).map((r) => [r.at, r.staff, r.role, r.citizen, r.record, r.route]) });
}
