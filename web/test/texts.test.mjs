// Every text exists in easy-read Danish and in English, with the same placeholders, and every key a page asks for
// is there (a missing key would throw in the browser).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEXTS } from '../src/js/texts.js';
import { STEPS } from '../src/js/apply-model.js';

const src = join(dirname(fileURLToPath(import.meta.url)), '../src/js');
const files = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
const code = files(src).filter((f) => f.endsWith('.js') && !f.includes('/texts')).map((f) => readFileSync(f, 'utf8')).join('\n');
const placeholders = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('every text has Danish and English with the same placeholders', () => {
  for (const [key, value] of Object.entries(TEXTS)) {
    assert.equal(value.length, 2, key);
    assert.ok(value[0].trim() && value[1].trim(), key + ' is empty in one language');
    assert.deepEqual(placeholders(value[0]), placeholders(value[1]), key + ' has different placeholders');
  }
});

test('every literal key the pages use exists', () => {
  const used = [...code.matchAll(/\bt\(\s*'([A-Za-z0-9._-]+)'\s*[,)]/g)].map((m) => m[1]);
  assert.ok(used.length > 100, 'the scan found the pages\' keys');
  const missing = [...new Set(used)].filter((k) => !TEXTS[k]);
  assert.deepEqual(missing, []);
});

test('every value of the enums the pages translate has a text', () => {
  const enums = {
    'status.': ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'DISBURSED', 'CLOSED'],
    'staffStatus.': ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'DISBURSED', 'CLOSED'],
    'status.next.': ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO', 'APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'DISBURSED', 'CLOSED'],
    'category.': ['TRANSPORT', 'ACTIVITIES', 'EDUCATION', 'COMMUNITY', 'ACCOMPANIMENT', 'EQUIPMENT', 'SERVICE_DOG', 'OTHER'],
    'task.': ['ACCOMPANIMENT', 'VISITING_FRIEND', 'BUS_TRAINING', 'CITY_TRAINING', 'EXERCISE', 'SHOPPING', 'IT', 'TALKS', 'WISHES_AND_GOALS'],
    'disability.': ['AUTISM', 'INTELLECTUAL_DISABILITY', 'ACQUIRED_BRAIN_INJURY', 'PHYSICAL', 'OTHER'],
    'gr.status.': ['OPEN', 'PROPOSED', 'NO_CANDIDATE', 'MATCHED', 'NEEDS_INFO', 'CLOSED'],
    'guides.status.': ['INTERESTED', 'ADMITTED', 'IN_TRAINING', 'CERTIFIED', 'ACTIVE', 'PAUSED', 'STOPPED'],
    'review.outcome.': ['APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'NEEDS_INFO'],
    'review.text.': ['APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'NEEDS_INFO'],
    'review.reason.': ['R1', 'R2', 'R3', 'R4', 'AGE', 'SERVICE', 'WINDOW', 'POOL'],
    'review.severity.': ['BLOCKING', 'ADVISORY'],
    'role.': ['citizen', 'contact-person', 'team', 'coordinator', 'guide', 'finance', 'admin'],
    'area.': ['Nord', 'Syd', 'Vest', 'Midtbyen'],
    'match.part.': ['taskFit', 'disabilityExperience', 'area', 'availability', 'load', 'rotation', 'waiting'],
    'confirm.title.': ['citizen', 'contact-person'],
    'confirm.lead.': ['citizen', 'contact-person'],
    'confirm.give.': ['citizen', 'contact-person'],
    'confirm.who.': ['citizen', 'contact-person'],
    'confirm.whoNoName.': ['citizen', 'contact-person'],
    'apply.check.confirm.': ['citizen', 'contact-person'],
    'apply.check.after.': ['citizen', 'contact-person'],
    'matchStatus.': ['PROPOSED', 'APPROVED', 'ACCEPTED', 'DECLINED', 'CLOSED', 'SUPERSEDED'],
    'meetingStatus.': ['PLANNED', 'HELD', 'CANCELLED'],
    'meetingKind.': ['FIRST', 'AGREED', 'BUS_TRAINING'],
    'support.': ['TRAVEL_TOGETHER', 'SIT_APART', 'FOLLOW_AT_A_DISTANCE', 'TRAVEL_ALONE'],
    'alert.': ['INACTIVE_MATCH', 'DEBRIEF_DUE'],
    'channel.': ['MAILBOX', 'EMAIL', 'SMS'],
    'settings.channel.': ['MAILBOX', 'EMAIL', 'SMS'],
    'myData.channel.': ['MAILBOX', 'EMAIL', 'SMS'],
    'followUp.answer.': ['HELPED', 'HELPED_A_LITTLE', 'DID_NOT_HELP'],
    'guides.move.': ['ADMITTED', 'IN_TRAINING', 'CERTIFIED', 'ACTIVE', 'PAUSED', 'STOPPED'],
  };
  const missing = Object.entries(enums).flatMap(([prefix, values]) => values.map((v) => prefix + v)).filter((k) => !TEXTS[k]);
  assert.deepEqual(missing, []);
});

test('each wizard question has its title, short name, field labels and required-field messages', () => {
  assert.ok(STEPS.length >= 17);
  for (const s of STEPS.map((x) => x.id)) {
    assert.ok(TEXTS['apply.step.' + s + '.title'], s + ' title');
    assert.ok(TEXTS['apply.step.' + s + '.short'], s + ' short');
  }
  for (const { path, type, required } of STEPS.flatMap((x) => x.fields)) {
    const key = path.replace(/\[\d+\]/g, '');
    assert.ok(TEXTS['apply.field.' + key], 'label for ' + key);
    if (required && ['text', 'textarea', 'email', 'date'].includes(type)) {
      assert.ok(TEXTS['apply.error.required.' + key], 'required message for ' + key);
    }
  }
});
