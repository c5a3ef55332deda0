// The confirmation code as people type and read it, and who has confirmed an application.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCode, formatCode, parseApplicationId, missingParty, otherParty, partyName, confirmationRows } from '../src/js/confirm-model.js';

test('a code is six digits; spaces and dashes between them are fine', () => {
  assert.equal(parseCode('482913'), '482913');
  assert.equal(parseCode(' 482 913 '), '482913');
  assert.equal(parseCode('482-913'), '482913');
  assert.equal(parseCode('012345'), '012345', 'a leading zero stays');
  assert.equal(parseCode('48291'), null);
  assert.equal(parseCode('4829134'), null);
  assert.equal(parseCode('48291a'), null);
  assert.equal(parseCode(''), null);
  assert.equal(parseCode(null), null);
});

test('a code is shown in two groups of three', () => {
  assert.equal(formatCode('482913'), '482 913');
  assert.equal(formatCode('012345'), '012 345');
  assert.equal(formatCode('x'), 'x');
});

test("an application's number is trimmed, and empty is none", () => {
  assert.equal(parseApplicationId('  app-abc123 '), 'app-abc123');
  assert.equal(parseApplicationId('   '), null);
});

const app = {
  applicants: [{ name: 'Nora Bech' }], contactPerson: { name: 'Maja Winther' },
  confirmations: [{ role: 'contact-person', subject: 'contact-maja', at: '2026-03-02T23:30:00Z' }],
};

test('the party still missing, and the other party of a role', () => {
  assert.equal(missingParty(app), 'citizen');
  assert.equal(missingParty({ ...app, confirmations: [...app.confirmations, { role: 'citizen', subject: 'citizen-nora', at: '2026-03-03T08:00:00Z' }] }), null);
  assert.equal(missingParty({ confirmations: [] }), 'citizen');
  assert.equal(otherParty('citizen'), 'contact-person');
  assert.equal(otherParty('contact-person'), 'citizen');
});

test('each party with the name the application gives them and when they confirmed', () => {
  assert.deepEqual(confirmationRows(app), [
    { role: 'citizen', name: 'Nora Bech', at: null },
    { role: 'contact-person', name: 'Maja Winther', at: '2026-03-02T23:30:00Z' },
  ]);
  assert.equal(partyName({}, 'citizen'), null);
  assert.equal(partyName({}, 'contact-person'), null);
});
