// A match's meetings, times as people type them, the guide's path and the coordinator's figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  nextStatuses, selfStatusMove, firstMeeting, lastHeldMeeting, meetingsToLog, firstMeetingHeld, canScheduleFirstMeeting,
  hasBusTraining, parseTime, localDateTime, splitLocal, secondsToDays, loadRows,
} from '../src/js/match-model.js';
import { dateTime } from '../src/js/format.js';

const m = (no, kind, startsAt, status) => ({ no, kind, startsAt, status });

test('times as people type them become HH:MM, and anything else is refused', () => {
  assert.equal(parseTime('10'), '10:00');
  assert.equal(parseTime('10.00'), '10:00');
  assert.equal(parseTime('9:30'), '09:30');
  assert.equal(parseTime('0930'), '09:30');
  assert.equal(parseTime('kl. 14.15'), '14:15');
  assert.equal(parseTime('24.00'), null);
  assert.equal(parseTime('10.75'), null);
  assert.equal(parseTime('ti'), null);
  assert.equal(parseTime(''), null);
  assert.equal(localDateTime('2026-12-03', '10:00'), '2026-12-03T10:00');
  assert.deepEqual(splitLocal('2026-12-03T10:00:00'), { date: '2026-12-03', time: '10:00' });
  assert.equal(dateTime('2026-12-03T10:00:00', 'da'), '3. december 2026 kl. 10.00');
  assert.equal(dateTime('2026-12-03T10:00', 'en'), '3 December 2026 at 10:00');
});

test('the first meeting, the last one held, and what is still to be written about', () => {
  const match = { status: 'ACCEPTED', meetings: [
    m(1, 'FIRST', '2026-12-03T10:00:00', 'HELD'), m(2, 'AGREED', '2026-12-10T10:00:00', 'HELD'),
    m(3, 'AGREED', '2026-12-17T10:00:00', 'CANCELLED'), m(5, 'AGREED', '2027-01-07T10:00:00', 'PLANNED'),
    m(4, 'AGREED', '2026-12-30T10:00:00', 'PLANNED')] };
  assert.equal(firstMeeting(match).no, 1);
  assert.equal(lastHeldMeeting(match).no, 2, 'a cancelled meeting is not the last meeting');
  assert.deepEqual(meetingsToLog(match).map((x) => x.no), [4, 5], 'earliest first');
  assert.ok(firstMeetingHeld(match));
  assert.ok(!canScheduleFirstMeeting(match), 'a held first meeting is not moved');
  assert.ok(!hasBusTraining(match));
  assert.equal(lastHeldMeeting({ meetings: [] }), null);
  assert.equal(firstMeeting({}), null, 'a match from before meetings existed has none');
});

test('the first meeting is scheduled once the guide has accepted, and moved until it took place', () => {
  assert.ok(!canScheduleFirstMeeting({ status: 'APPROVED', meetings: [] }));
  assert.ok(canScheduleFirstMeeting({ status: 'ACCEPTED', meetings: [] }));
  assert.ok(canScheduleFirstMeeting({ status: 'ACCEPTED', meetings: [m(1, 'FIRST', '2026-12-03T10:00:00', 'PLANNED')] }));
  assert.ok(!canScheduleFirstMeeting({ status: 'CLOSED', meetings: [] }));
});

test("the guide's path offers only the moves the API allows", () => {
  assert.deepEqual(nextStatuses('INTERESTED'), ['ADMITTED', 'STOPPED']);
  assert.deepEqual(nextStatuses('ACTIVE'), ['PAUSED', 'STOPPED']);
  assert.deepEqual(nextStatuses('PAUSED'), ['ACTIVE', 'STOPPED']);
  assert.deepEqual(nextStatuses('STOPPED'), []);
  assert.deepEqual(nextStatuses('UNKNOWN'), []);
  assert.equal(selfStatusMove('ACTIVE'), 'PAUSED');
  assert.equal(selfStatusMove('PAUSED'), 'ACTIVE');
  assert.equal(selfStatusMove('IN_TRAINING'), null, 'only pause and resume are the guide\'s own');
});

test("the figures: whole days of waiting, the busiest guides first", () => {
  assert.equal(secondsToDays(86_399), 0);
  assert.equal(secondsToDays(3 * 86_400 + 5), 3);
  const guides = new Map([['g1', { name: 'Bo' }], ['g2', { name: 'Asta' }], ['g3', { name: 'Carl' }]]);
  const rows = loadRows({ guides: [{ guideId: 'g1', activeMatches: 1 }, { guideId: 'g2', activeMatches: 1 }, { guideId: 'g3', activeMatches: 2 },
    { guideId: 'g9', activeMatches: 0 }] }, guides);
  assert.deepEqual(rows.map((r) => r.name), ['Carl', 'Asta', 'Bo', 'g9']);
});
