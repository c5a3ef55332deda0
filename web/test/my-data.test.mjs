// The citizen's own data page: the counts, the read log in easy words (newest first, an application by its headline)
// and the file offered for download.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dataCounts, readLines, dataFile } from '../src/js/my-data-model.js';

const data = {
  citizenSubject: 'citizen-emil',
  generatedAt: '2026-12-01T10:00:00Z',
  applications: [{ application: { id: 'app-1', status: 'IN_REVIEW', wish: { headline: 'En elcykel' } },
    letters: [{ kind: 'RECEIVED' }], auditTrail: [{ to: 'SUBMITTED' }, { to: 'IN_REVIEW' }] }],
  supportRelations: [{ contactName: 'Maja Winther' }],
  guideRequests: [],
  readLog: [
    { at: '2026-11-30T09:00:00Z', staffSubject: 'team-helle', staffRole: 'team', recordType: 'application', recordId: 'app-1', route: 'GET /api/applications/{id}' },
    { at: '2026-12-01T09:00:00Z', staffSubject: 'coordinator-rasmus', staffRole: 'coordinator', recordType: 'guide-request', recordId: 'req-1', route: 'GET /api/guide-requests/{id}' },
  ],
};

test('the counts are what the export holds', () => {
  assert.deepEqual(dataCounts(data), { applications: 1, letters: 1, auditEntries: 2, supporters: 1, guideRequests: 0, reads: 2 });
  assert.deepEqual(dataCounts({}), { applications: 0, letters: 0, auditEntries: 0, supporters: 0, guideRequests: 0, reads: 0 });
});

test('the reads are newest first, an application named by its headline', () => {
  const lines = readLines(data);
  assert.deepEqual(lines.map((l) => [l.staff, l.what]), [['coordinator-rasmus', 'req-1'], ['team-helle', 'En elcykel']]);
  assert.equal(lines[1].role, 'team');
});

test('the file is the export as it came, named by its day', () => {
  const f = dataFile(data);
  assert.equal(f.name, 'livsmester-mine-data-2026-12-01.json');
  assert.deepEqual(JSON.parse(f.text), data);
});
