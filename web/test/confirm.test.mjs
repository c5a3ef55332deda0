// The confirmation code as people type and read it, and who has confirmed an application.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCode, formatCode, parseApplicationId, missingParty, otherParty, partyName, confirmationRows } from '../src/js/confirm-model.js';

test('a code is eight letters and digits without look-alikes; any case, spaces and dashes between are fine', () => {
  assert.equal(parseCode('KM4P7XRT'), 'KM4P7XRT');
  assert.equal(parseCode(' km4p 7xrt '), 'KM4P7XRT');
  assert.equal(parseCode('KM4P-7XRT'), 'KM4P7XRT');
  assert.equal(parseCode('KM4P7XR'), null, 'seven');
  assert.equal(parseCode('KM4P7XRTA'), null, 'nine');
  assert.equal(parseCode('KM4P7XR0'), null, 'a zero is not in the alphabet');
  assert.equal(parseCode('KM4P7XRO'), null, 'nor an O');
  assert.equal(parseCode('KM4P7XR1'), null, 'nor a one');
  assert.equal(parseCode('482913'), null, 'the old six digits are too short');
  assert.equal(parseCode(''), null);
  assert.equal(parseCode(null), null);
});

test('a code is shown in two groups of four', () => {
  assert.equal(formatCode('KM4P7XRT'), 'KM4P 7XRT');
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
