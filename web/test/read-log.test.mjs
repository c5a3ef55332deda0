// The auditor's read-log search without the browser: the query the API gets, the rows and the CSV.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { queryOf, fieldOf, rows, csvOf, stamp, RECORD_TYPES } from '../src/js/read-log-model.js';
import { TEXTS } from '../src/js/texts.js';

const entry = { id: 'read-1', at: '2026-12-01T17:05:07.123Z', staffSubject: 'team-karim', staffRole: 'team',
  citizenSubject: 'citizen-emil', recordType: 'application', recordId: 'app-9', route: 'GET /api/applications/{id}', expiresAt: 1 };

test('one of citizen, staff or record, within a period, a page at a time', () => {
  assert.equal(queryOf({ by: 'citizen', key: ' citizen-emil ', from: '2026-12-01', to: '2026-12-31' }),
    'citizen=citizen-emil&from=2026-12-01&to=2026-12-31&limit=25');
  assert.equal(queryOf({ by: 'staff', key: 'team-karim' }, 'abc', 100), 'staff=team-karim&limit=100&cursor=abc');
  assert.equal(queryOf({ by: 'record', key: 'app-9', recordType: 'guide-request' }), 'record=guide-request%23app-9&limit=25');
  assert.equal(queryOf({ by: 'period', key: 'ignored', from: '2026-12-01', to: '2026-12-02' }), 'from=2026-12-01&to=2026-12-02&limit=25');
  assert.equal(fieldOf('citizen'), 'key', "the API's error about the searched thing goes to the search field");
  assert.equal(fieldOf('from'), 'from');
});

test('a row: the local time to the second, who in which role, whose data, which record, which route', () => {
  assert.equal(stamp(entry.at), '2026-12-01 18:05:07', 'Copenhagen time');
  assert.deepEqual(rows([entry], 'da')[0], { id: 'read-1', at: '2026-12-01 18:05:07', staff: 'team-karim', role: 'teamet',
    citizen: 'citizen-emil', record: 'Ansøgning app-9', route: 'GET /api/applications/{id}' });
  assert.equal(rows([{ ...entry, citizenSubject: null }], 'en')[0].citizen, '(no citizen account)');
  assert.equal(rows([{ ...entry, recordType: 'new-kind' }], 'en')[0].record, 'new-kind app-9', 'an unknown kind shown as it came');
  for (const r of RECORD_TYPES) {
    assert.ok(TEXTS['rl.recordType.' + r], r);
  }
});

test('the CSV: a header in the language asked for, semicolons, a BOM, a cell that looks like a formula defused', () => {
  const csv = csvOf([entry, { ...entry, id: 'read-2', staffSubject: '=cmd' }], 'en');
  const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
  assert.ok(csv.startsWith('\uFEFF'));
  assert.equal(lines[0], 'When;Staff member;Role;Citizen;Record;How');
  assert.equal(lines[1], '2026-12-01 18:05:07;team-karim;team;citizen-emil;Application app-9;GET /api/applications/{id}');
  assert.ok(lines[2].includes(";'=cmd;"), lines[2]);
});
