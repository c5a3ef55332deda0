// The easy-read follow-up walks one question per screen: an answer is needed before the ruler, the ruler and the
// note may be left out, and a follow-up not open yet says its day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { STEPS, availability, back, body, isLast, newFollowUp, next } from '../src/js/follow-up-model.js';

test('one question per screen: the answer first, then the ruler, then the note', () => {
  const f = newFollowUp('ONE_MONTH');
  assert.deepEqual(STEPS, ['answer', 'ruler', 'note']);
  assert.equal(next(f), false, 'no answer: it stays');
  assert.equal(f.error, 'followUp.error.answer');
  f.answer = 'HELPED_A_LITTLE';
  assert.equal(next(f), true);
  assert.equal(STEPS[f.step], 'ruler');
  assert.equal(next(f), true, 'the ruler may be left out');
  assert.ok(isLast(f));
  back(f);
  f.ruler = '6';
  next(f);
  f.note = '  Jeg cykler nu.  ';
  assert.deepEqual(body(f), { milestone: 'ONE_MONTH', answer: 'HELPED_A_LITTLE', ruler: 6, note: 'Jeg cykler nu.' });
  assert.deepEqual(body(newFollowUp('THREE_MONTHS')), { milestone: 'THREE_MONTHS', answer: null });
});

test('a follow-up opens on its day, once', () => {
  const app = { followUps: [], followUpOneMonth: '2026-12-25', followUpThreeMonths: '2027-02-25' };
  assert.deepEqual(availability(app, 'ONE_MONTH', '2026-12-24'), { state: 'notYet', opens: '2026-12-25' });
  assert.deepEqual(availability(app, 'ONE_MONTH', '2026-12-25'), { state: 'open' });
  assert.deepEqual(availability({ ...app, followUps: [{ milestone: 'ONE_MONTH' }] }, 'ONE_MONTH', '2027-01-01'), { state: 'answered' });
  assert.deepEqual(availability({ followUps: [] }, 'ONE_MONTH', '2027-01-01'), { state: 'notGranted' });
});
