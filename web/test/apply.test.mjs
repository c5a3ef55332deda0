// The application wizard without the browser: which questions are asked in which order, each question's checks,
// what is sent and when, where each button leads, and which of the API's field errors go with which question.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  STEPS, activeSteps, answer, answerWindowText, begin, belongs, change, emptyForm, formOf, go, maySend, newWizard,
  nextStep, payload, previousStep, resumable, resume, saveRequest, saved, sendRefused, startStep, stepById, stepOf,
  stepSaved, addCostLine, removeCostLine,
} from '../src/js/apply-model.js';

const ids = (steps) => steps.map((s) => s.id);

function wizard(form = emptyForm('pool-2026')) {
  return Object.assign(newWizard(), { form });
}

/** A form with every question answered (as the API sends a saved draft back). */
function answered(category = 'ACTIVITIES') {
  return formOf({
    id: 'app-1', poolId: 'pool-2026', status: 'DRAFT',
    applicants: [{ name: 'Nora Bech', birthDate: '2000-02-14', address: 'Solsikkevej 12', receivesAdultDisabilitySupport: true }],
    contactPerson: { name: 'Maja Winther', role: 'kontaktperson', email: 'maja@example.org' }, citizenCentre: 'Borgercenter Syd',
    wish: { headline: 'Hiphop', description: 'Et hold', howItHelps: 'Nye venner' }, subGoal: { text: 'En aktivitet om ugen' },
    category, appliedFor: 'Et hold', period: { from: '2026-12-01', to: '2027-05-31' },
    costLines: [{ item: 'Holdgebyr', amountOre: 360_000 }], alreadyFinanced: false, carAccess: category === 'TRANSPORT' ? true : null,
  });
}

test('the questions come in their order, and the car question only for transport', () => {
  assert.deepEqual(ids(activeSteps(emptyForm('p'))), ['name', 'birth', 'address', 'reach', 'support', 'contact', 'centre', 'headline',
    'description', 'helps', 'subgoal', 'ruler', 'category', 'appliedFor', 'period', 'costs', 'financed']);
  assert.equal(activeSteps({ ...emptyForm('p'), category: 'TRANSPORT' }).at(-1).id, 'car');
  assert.equal(STEPS.length, 18);
});

test('a new application starts at the first question; a saved draft at the first one still unanswered', () => {
  assert.equal(startStep(wizard()), 'name');
  const w = wizard(answered());
  w.id = 'app-1';
  assert.equal(startStep(w), 'check', 'everything answered: straight to the read-back');
  w.form.wish.howItHelps = '';
  assert.equal(startStep(w), 'helps');
  w.form.applicants[0].receivesAdultDisabilitySupport = null;
  assert.equal(startStep(w), 'support');
  w.form._supportUnknown = true;
  assert.equal(startStep(w), 'helps', '"don\'t know" answers the support question');
});

test('Next and Back follow the questions that apply, which an answer may change', () => {
  const w = wizard(answered());
  assert.equal(previousStep(w, 'name'), 'intro');
  assert.equal(previousStep(w, 'birth'), 'name');
  assert.equal(nextStep(w, 'financed'), 'check');
  assert.equal(previousStep(w, 'check'), 'financed');
  w.form.category = 'TRANSPORT';
  assert.equal(nextStep(w, 'financed'), 'car', 'transport asks about the car');
  assert.equal(previousStep(w, 'check'), 'car');
  w.returnToCheck = true;
  assert.equal(nextStep(w, 'name'), 'check', 'a change from the read-back goes back to it');
});

test('a text question: required, e-mail shape and length are checked before anything is sent', () => {
  const w = wizard();
  assert.deepEqual(answer(w, stepById('name'), { 'applicants[0].name': '   ' }), { 'applicants[0].name': 'Skriv dit navn.' });
  assert.deepEqual(answer(w, stepById('name'), { 'applicants[0].name': ' Nora Bech ' }), {});
  assert.equal(w.form.applicants[0].name, 'Nora Bech', 'kept without the spaces');
  const contact = stepById('contact');
  assert.deepEqual(answer(w, contact, { 'contactPerson.name': 'Maja', 'contactPerson.email': 'maja.example.org', 'contactPerson.phone': '' }),
    { 'contactPerson.email': 'Mailen ser forkert ud. Den skal have et @.' });
  assert.deepEqual(answer(w, stepById('reach'), { 'applicants[0].email': '', 'applicants[0].phone': '' }), {}, 'optional fields may stay empty');
  assert.deepEqual(answer(w, stepById('headline'), { 'wish.headline': 'x'.repeat(121) }),
    { 'wish.headline': 'Teksten er for lang. Skriv højst 120 tegn.' });
});

test('a date: a real date is kept, what is not a date is shown again with an error, and the end comes after the start', () => {
  const w = wizard();
  const birth = stepById('birth');
  const errors = answer(w, birth, { 'applicants[0].birthDate': { d: '31', m: '2', y: '2001' } });
  assert.match(errors['applicants[0].birthDate'], /Datoen ser forkert ud/);
  assert.deepEqual(w.typedDates['applicants[0].birthDate'], { d: '31', m: '2', y: '2001' }, 'what was typed, to correct');
  assert.deepEqual(answer(w, birth, { 'applicants[0].birthDate': { d: '28', m: '2', y: '2001' } }), {});
  assert.equal(w.form.applicants[0].birthDate, '2001-02-28');
  assert.equal(w.typedDates['applicants[0].birthDate'], undefined);
  assert.deepEqual(answer(w, birth, { 'applicants[0].birthDate': { d: '', m: '', y: '' } }),
    { 'applicants[0].birthDate': 'Skriv din fødselsdag.' });
  const period = stepById('period');
  assert.deepEqual(answer(w, period, { 'period.from': { d: '1', m: '6', y: '2027' }, 'period.to': { d: '1', m: '1', y: '2027' } }),
    { 'period.to': 'Slut skal være efter start.' });
});

test('choices: yes and no become true and false, the ruler a number, "don\'t know" an answer without a value', () => {
  const w = wizard();
  assert.deepEqual(answer(w, stepById('financed'), { alreadyFinanced: null }), { alreadyFinanced: 'Vælg et svar.' });
  assert.deepEqual(answer(w, stepById('financed'), { alreadyFinanced: 'false' }), {});
  assert.equal(w.form.alreadyFinanced, false);
  assert.deepEqual(answer(w, stepById('ruler'), { 'subGoal.baseline': '3', 'subGoal.target': null }), {}, 'the ruler is optional');
  assert.equal(w.form.subGoal.baseline, 3);
  const support = stepById('support');
  assert.deepEqual(answer(w, support, { 'applicants[0].receivesAdultDisabilitySupport': null }),
    { 'applicants[0].receivesAdultDisabilitySupport': 'Vælg et svar.' });
  assert.deepEqual(answer(w, support, { 'applicants[0].receivesAdultDisabilitySupport': 'unknown' }), {});
  assert.equal(w.form.applicants[0].receivesAdultDisabilitySupport, null);
  assert.equal(w.form._supportUnknown, true);
});

test('cost lines: each needs what it is and a price; a blank extra line is left out, a typed non-number shown again', () => {
  const w = wizard();
  addCostLine(w.form);
  addCostLine(w.form);
  const costs = stepById('costs');
  const errors = answer(w, costs, { costLines: [{ item: 'Holdgebyr', amount: 'tre tusind', supplier: '' },
    { item: '', amount: '', supplier: '' }, { item: '', amount: '1.200', supplier: 'Butikken' }] });
  assert.deepEqual(errors, { 'costLines[0].amountOre': 'Skriv prisen med tal. For eksempel 1200.', 'costLines[2].item': 'Skriv, hvad det er.' });
  assert.equal(w.form.costLines[0]._typed, 'tre tusind');
  assert.equal(w.form.costLines[2].amountOre, 120_000);
  removeCostLine(w.form, 1);
  assert.equal(w.form.costLines.length, 2);
  assert.deepEqual(answer(w, costs, { costLines: [{ item: '', amount: '', supplier: '' }, { item: 'Sko', amount: '500', supplier: '' }] }),
    { 'costLines[0].item': 'Skriv, hvad det er.', 'costLines[0].amountOre': 'Skriv prisen.' }, 'the first line is never left out');
});

test('what is sent: empty answers absent, the page\'s own notes and blank cost lines left out, the car only for transport', () => {
  const form = answered();
  form.applicants[0].email = '';
  form._supportUnknown = false;
  form.costLines.push({ item: '', amountOre: null, supplier: '', _typed: undefined });
  form.carAccess = true;
  const body = payload(form, false);
  assert.equal(body.applicants[0].email, null);
  assert.equal('_supportUnknown' in body, false);
  assert.equal(body.costLines.length, 1);
  assert.equal('_typed' in body.costLines[0], false);
  assert.equal(body.carAccess, null, 'no car question, no car answer');
  assert.equal(body.submit, false);
  assert.equal(payload({ ...emptyForm('p'), category: 'TRANSPORT', carAccess: false }, true).carAccess, false);
  assert.equal(payload(emptyForm('p'), true).period, null, 'an unanswered period is absent, not two nulls');
});

test('the first save creates the draft, every later one revises it; only the read-back submits', () => {
  const w = wizard(answered());
  const first = saveRequest(w, false);
  assert.deepEqual([first.method, first.path, first.body.submit], ['POST', '/api/applications', false]);
  saved(w, { id: 'app 1', status: 'DRAFT' });
  const later = saveRequest(w, true);
  assert.deepEqual([later.method, later.path, later.body.submit], ['PUT', '/api/applications/app%201', true]);
  assert.equal(w.saved, true);
});

test('the create is sent again under the same Idempotency-Key while the answers are the same, a new one when they change', () => {
  const w = wizard(answered());
  const key = saveRequest(w, false).headers['Idempotency-Key'];
  assert.match(key, /^[0-9a-f-]{36}$/);
  assert.equal(saveRequest(w, false).headers['Idempotency-Key'], key, 'a retry after a lost answer is the same request');
  w.form.appliedFor = 'Et andet ønske';
  assert.notEqual(saveRequest(w, false).headers['Idempotency-Key'], key, 'other answers are another request');
  saved(w, { id: 'app-1', status: 'DRAFT' });
  assert.equal(saveRequest(w, false).headers, undefined, 'a revision needs no key');
});

test('the read-back is sent only once confirmed, and leaving it takes the confirmation back', () => {
  const w = wizard(answered());
  go(w, 'check');
  assert.equal(maySend(w), false);
  assert.deepEqual(w.errors, { _confirm: 'Sæt flueben, hvis det er rigtigt.' });
  w.confirmed = true;
  assert.equal(maySend(w), true);
  assert.deepEqual(w.errors, {});
  change(w, 'period');
  assert.equal(w.confirmed, false, 'an answer may change: confirm again');
  assert.equal(w.returnToCheck, true);
});

test("the API's field errors go with their question: shown there, and gone once that question is saved", () => {
  const w = wizard(answered());
  assert.equal(stepOf(w.form, 'period.to'), 'period');
  assert.equal(stepOf(w.form, 'costLines[0].amountOre'), 'costs');
  assert.equal(stepOf(w.form, 'applicants[0]'), 'name', 'an error about the applicant as a whole goes to the first of its questions');
  assert.equal(stepOf(w.form, 'somethingElse'), 'name');
  assert.ok(belongs('costLines', 'costLines') && belongs('subGoal', 'subGoal.text') && !belongs('period', 'periodical'));
  go(w, 'check');
  sendRefused(w, { 'period.to': 'Perioden er allerede slut.', 'applicants[0].birthDate': 'For ung.' });
  change(w, 'period');
  assert.deepEqual(w.errors, { 'period.to': 'Perioden er allerede slut.' }, 'only this question\'s errors, next to its field');
  assert.equal(stepSaved(w, stepById('period')), 'check');
  assert.deepEqual(w.serverErrors, { 'applicants[0].birthDate': 'For ung.' });
  go(w, 'check');
  go(w, 'birth');
  assert.deepEqual(w.errors, { 'applicants[0].birthDate': 'For ung.' });
});

test('a draft or an application sent back for more information is taken up again, with the answer window of the API', () => {
  assert.ok(resumable({ status: 'DRAFT' }) && resumable({ status: 'NEEDS_INFO' }));
  assert.ok(!resumable({ status: 'SUBMITTED' }) && !resumable({ status: 'APPROVED' }));
  const w = newWizard();
  resume(w, { id: 'app-1', poolId: 'pool-2026', status: 'NEEDS_INFO', answerDays: 10, applicants: [], costLines: [] });
  assert.equal(w.id, 'app-1');
  assert.equal(w.answerDays, 10);
  assert.match(w.message, /Teamet vil gerne vide mere/);
  assert.equal(w.form.costLines.length, 1, 'an empty cost line to fill in');
  assert.equal(w.form.applicants[0].name, '');
  const fresh = newWizard();
  begin(fresh, [{ id: 'pool-2026', answerDays: 14 }, { id: 'pool-2027', answerDays: 14 }]);
  assert.equal(fresh.form.poolId, 'pool-2026');
  assert.equal(fresh.answerDays, 14);
  begin(fresh, []);
  assert.equal(fresh.answerDays, null);
});

test('the intro says the answer window the API sends, in both languages', () => {
  assert.equal(answerWindowText(10), 'Teamet svarer dig inden for 10 dage.');
  assert.equal(answerWindowText(14), 'Teamet svarer dig inden for 14 dage.');
  assert.equal(answerWindowText(null), null, 'no pool, no promise');
  globalThis.localStorage = { getItem: () => 'en' };
  try {
    assert.equal(answerWindowText(10), 'The team answers you within 10 days.');
  } finally {
    delete globalThis.localStorage;
  }
});
