import { test } from 'node:test';
import assert from 'node:assert/strict';
import { queueSummary } from '../src/js/queue-model.js';
import { t } from '../src/js/i18n.js';

const app = (id, overdue, answerDays = 10) => ({ id, dueDate: '2026-11-20', overdue, answerDays });

test("the queue's counts and answer window are the API's: its overdue flag is not worked out again", () => {
  // A due date in the past without the flag (the clock paused while the team waits for the citizen) is not overdue.
  const items = [app('late', true), app('paused', false), app('soon', false)];
  assert.deepEqual(queueSummary(items), { count: 3, overdue: 1, answerDays: 10 });
  assert.equal(t('team.lead', { days: queueSummary(items).answerDays }), 'Svarfristen er 10 dage. Ansøgninger over fristen står øverst.');
  assert.equal(t('team.caption', { n: 3, overdue: 1 }), '3 ansøgninger venter, 1 er over fristen');
});

test('an empty queue takes the answer window from the pools, which carry the same setting', () => {
  assert.deepEqual(queueSummary([], [{ id: 'pool-2026', answerDays: 14 }]), { count: 0, overdue: 0, answerDays: 14 });
  assert.equal(queueSummary([]).answerDays, null);
});

test('the caption agrees with the number: one application, several applications, in both languages', async () => {
  const { queueCaption } = await import('../src/js/queue-model.js');
  assert.equal(queueCaption({ count: 1, overdue: 0 }, 'da'), '1 ansøgning venter, 0 er over fristen');
  assert.equal(queueCaption({ count: 1, overdue: 1 }, 'en'), '1 application waiting, 1 overdue');
  assert.equal(queueCaption({ count: 3, overdue: 1 }, 'da'), '3 ansøgninger venter, 1 er over fristen');
});

test('a rejection starts with the blocking rule findings ticked as its reasons; advisory ones are left to the team', async () => {
  const { reasonsFromFindings } = await import('../src/js/review-model.js');
  const app = { findings: [{ code: 'R4', severity: 'BLOCKING' }, { code: 'R2', severity: 'ADVISORY' }, { code: 'AGE', severity: 'BLOCKING' }] };
  assert.deepEqual(reasonsFromFindings(app), ['R4', 'AGE']);
  assert.deepEqual(reasonsFromFindings({}), []);
});
