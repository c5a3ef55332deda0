import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ACCEPT, MAX_BYTES, contentTypeOf, kindsFor, problemWith, stillChecking } from '../src/js/attachments-model.js';
import { TEXTS } from '../src/js/texts.js';

test('a phone photo without a type is known by its name; other files are refused with what to do', () => {
  assert.equal(contentTypeOf({ name: 'IMG_0001.HEIC', type: '' }), 'image/heic');
  assert.equal(contentTypeOf({ name: 'x.heic', type: 'image/heif' }), 'image/heic');
  assert.equal(contentTypeOf({ name: 'tilbud.pdf', type: 'application/pdf' }), 'application/pdf');
  assert.equal(contentTypeOf({ name: 'virus.pdf', type: 'application/x-msdownload' }), null, 'a declared other type wins over the name');
  assert.equal(problemWith({ name: 'a.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: 10 }), 'att.err.type');
  assert.equal(problemWith({ name: 'a.jpg', type: 'image/jpeg', size: MAX_BYTES + 1 }), 'att.err.large');
  assert.equal(problemWith({ name: 'a.jpg', type: 'image/jpeg', size: 0 }), 'att.err.empty');
  assert.equal(problemWith({ name: 'a.jpg', type: 'image/jpeg', size: MAX_BYTES }), null);
  assert.equal(problemWith(null), 'att.err.none');
  for (const key of ['att.err.type', 'att.err.large', 'att.err.empty', 'att.err.none']) {
    assert.equal(TEXTS[key].length, 2, key);
  }
  assert.ok(ACCEPT.includes('image/heic') && ACCEPT.includes('.heic'));
});

test('before the decision the application documents; after a grant receipts; none after a rejection', () => {
  assert.deepEqual(kindsFor('DRAFT'), ['SUBGOAL_ANNEX', 'QUOTE', 'COST_DOCUMENTATION']);
  assert.deepEqual(kindsFor('NEEDS_INFO'), ['SUBGOAL_ANNEX', 'QUOTE', 'COST_DOCUMENTATION']);
  assert.deepEqual(kindsFor('APPROVED'), ['RECEIPT']);
  assert.deepEqual(kindsFor('REJECTED'), []);
  assert.equal(stillChecking([{ status: 'READY' }, { status: 'PENDING' }]), true);
  assert.equal(stillChecking([{ status: 'READY' }, { status: 'REFUSED' }]), false);
});
