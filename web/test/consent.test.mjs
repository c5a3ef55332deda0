// The citizen's own yes in their account, the team's view of both confirmations, and the contact person's choice of
// the citizen an application is for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { consentState, readBack, speechText, voiceFor } from '../src/js/consent-model.js';
import { TEXTS } from '../src/js/texts.js';
import { confirmationParties } from '../src/js/queue-model.js';
import { chooseCitizen, emptyForm, newWizard, payload } from '../src/js/apply-model.js';

const emil = { sub: 'citizen-emil', role: 'citizen', name: 'Emil Sandgaard' };
const app = (over = {}) => ({
  id: 'app-1', status: 'IN_REVIEW', citizenSubject: 'citizen-emil', requestedOre: 1200000,
  wish: { headline: 'En elcykel', howItHelps: 'Jeg kan selv komme på arbejde.' }, appliedFor: 'Elcykel med lås',
  period: { from: '2026-12-01', to: '2027-05-31' }, subGoal: { text: 'Jeg cykler selv til arbejde.' },
  confirmations: [{ role: 'contact-person', subject: 'contact-maja', at: '2026-11-30T10:00:00Z', method: 'SUBMIT' }],
  ...over,
});

test('the citizen it is for is asked for their yes, once, while it is sent and not decided', () => {
  assert.equal(consentState(app(), emil), 'ask');
  assert.equal(consentState(app({ confirmations: [...app().confirmations, { role: 'citizen', subject: 'citizen-emil' }] }), emil), 'done');
  assert.equal(consentState(app({ status: 'DRAFT' }), emil), null, 'not before it is sent');
  assert.equal(consentState(app({ status: 'APPROVED' }), emil), null, 'not after the decision');
  assert.equal(consentState(app(), { ...emil, sub: 'citizen-nora' }), null, 'not another citizen');
  assert.equal(consentState(app(), { sub: 'contact-maja', role: 'contact-person' }), null, 'not the contact person');
  assert.equal(consentState(app({ citizenSubject: undefined }), emil), null, 'not one made for no known citizen');
});

test('the read-back says in easy words what the citizen agrees to, each line with a pictogram, in both languages', () => {
  const da = readBack(app(), 'da');
  assert.deepEqual(da.map((x) => x.text), [
    'Dit ønske: En elcykel', 'Du søger penge til: Elcykel med lås', 'Det koster: 12.000 kr.',
    'Hvornår: 1. december 2026 til 31. maj 2027', 'Det hjælper dig sådan: Jeg kan selv komme på arbejde.',
    'Dit delmål: Jeg cykler selv til arbejde.', 'Teamet må læse ansøgningen og give dig svar.',
    'Får du pengene, bruger du dem til det, du har søgt til.', 'Efter 1 og 3 måneder svarer du på et par spørgsmål.']);
  assert.ok(da.every((x) => x.pict), 'a pictogram beside every line');
  assert.equal(readBack(app(), 'en')[2].text, 'It costs: DKK 12,000');
  const spoken = speechText(da, 'da');
  assert.ok(spoken.startsWith('Er du enig i ansøgningen? Dit ønske: En elcykel. '), spoken);
  assert.ok(!spoken.includes('..'), 'one full stop between sentences');
});

test('confirm.html reads back the same lines: to the citizen, or about the citizen to a contact person who confirms', () => {
  const lines = readBack(app(), 'da', 'contact-person');
  assert.deepEqual(lines.map((x) => x.pict), readBack(app(), 'da').map((x) => x.pict), 'the same pictograms, line by line');
  assert.equal(lines[0].text, 'Borgerens ønske: En elcykel');
  assert.equal(lines[6].text, 'Teamet må læse ansøgningen og give borgeren svar.');
  assert.equal(readBack(app(), 'en', 'contact-person')[4].text, 'This is how it helps the citizen: Jeg kan selv komme på arbejde.');
  for (const key of Object.keys(TEXTS).filter((k) => /^consent\.(title|wish|appliedFor|amount|period|helps|subGoal|team|useMoney|followUp)$/.test(k))) {
    assert.ok(TEXTS[key.replace('consent.', 'consent.cp.')], key + ' has its contact-person wording');
  }
  assert.ok(speechText(lines, 'da', 'contact-person').startsWith('Er du enig i ansøgningen? Borgerens ønske: En elcykel. '));
});

test('read aloud uses a Danish voice where the browser has one, and offers none otherwise', () => {
  const voices = [{ lang: 'en-GB', name: 'Daniel' }, { lang: 'da-DK', name: 'Sara' }];
  assert.equal(voiceFor(voices, 'da').name, 'Sara');
  assert.equal(voiceFor(voices, 'en').name, 'Daniel');
  assert.equal(voiceFor([{ lang: 'en-US' }], 'da'), null);
  assert.equal(voiceFor(undefined, 'da'), null);
});

test("the team sees the citizen's and the contact person's confirmations apart", () => {
  assert.deepEqual(confirmationParties(app()), [
    { role: 'citizen', done: false, inPerson: false }, { role: 'contact-person', done: true, inPerson: false }]);
  const inPerson = app({ confirmations: [{ role: 'citizen', method: 'IN_PERSON', recordedBy: 'team-lise', reason: 'Ingen MitID' }] });
  assert.deepEqual(confirmationParties(inPerson)[0], { role: 'citizen', done: true, inPerson: true });
});

test('a contact person chooses the supported citizen an application is for; their name fills an empty applicant', () => {
  const w = newWizard();
  w.form = emptyForm('pool-2026');
  w.citizens = [{ citizenSubject: 'citizen-emil', citizenName: 'Emil Sandgaard' }];
  chooseCitizen(w, { value: 'citizen-emil' });
  assert.equal(w.form.citizenSubject, 'citizen-emil');
  assert.equal(w.form.applicants[0].name, 'Emil Sandgaard');
  assert.equal(payload(w.form, false).citizenSubject, 'citizen-emil', 'sent with the form');
  chooseCitizen(w, { value: '' });
  assert.equal(w.form.citizenSubject, null, 'none: a citizen who is not on the list');
  assert.equal(w.form.applicants[0].name, 'Emil Sandgaard', 'a name already there stays');
});
