// Each answer checked on its own question, with the message that says what is wrong: an applicant too young at the
// birth date, a period already over at the period, "emil@" and 31/2/2000, and a target below the starting point.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answer, begin, emptyForm, newWizard, stepById } from '../src/js/apply-model.js';
import { ageOn, dateProblem } from '../src/js/format.js';
import { saveRequest } from '../src/js/apply-model.js';
import { t } from '../src/js/i18n.js';

function wizard() {
  const w = newWizard();
  begin(w, [{ id: 'pool-2026', answerDays: 14, minAge: 18, maxAge: 35 }]);
  w.today = '2026-12-01';
  return w;
}

test('a birth date that makes the applicant 14 is refused at the birth date, saying the ages', () => {
  const w = wizard();
  const e = answer(w, stepById('birth'), { 'applicants[0].birthDate': { d: '14', m: '2', y: '2012' } });
  assert.equal(e['applicants[0].birthDate'], 'Du skal være mellem 18 og 35 år for at søge. Du er 14 år.');
  assert.deepEqual(answer(w, stepById('birth'), { 'applicants[0].birthDate': { d: '14', m: '2', y: '2000' } }), {});
  assert.ok(answer(w, stepById('birth'), { 'applicants[0].birthDate': { d: '1', m: '12', y: '1990' } })['applicants[0].birthDate'],
    '36 is too old');
  assert.equal(answer(w, stepById('birth'), { 'applicants[0].birthDate': { d: '1', m: '1', y: '2030' } })['applicants[0].birthDate'],
    'Fødselsdagen kan ikke være i fremtiden.');
});

test('without the ages from the API the birth date is only checked as a date', () => {
  const w = newWizard();
  w.form = emptyForm('p');
  w.today = '2026-12-01';
  assert.deepEqual(answer(w, stepById('birth'), { 'applicants[0].birthDate': { d: '14', m: '2', y: '2012' } }), {});
});

test('31/2/2000 is a day that does not exist, not a date "without numbers"', () => {
  const w = wizard();
  const e = answer(w, stepById('birth'), { 'applicants[0].birthDate': { d: '31', m: '2', y: '2000' } });
  assert.equal(e['applicants[0].birthDate'], 'Datoen ser forkert ud. Den dag findes ikke. Tjek dag og måned.');
  const letters = answer(w, stepById('birth'), { 'applicants[0].birthDate': { d: 'x', m: '2', y: '2000' } });
  assert.equal(letters['applicants[0].birthDate'], 'Datoen ser forkert ud. Skriv dag, måned og år med tal.');
  assert.equal(dateProblem({ d: '29', m: '2', y: '2000' }), null, 'a leap day is a day');
  assert.equal(dateProblem({ d: '29', m: '2', y: '2001' }), 'noSuchDay');
});

test('"emil@" has an @: the message says what comes after it is missing', () => {
  const w = wizard();
  const e = answer(w, stepById('reach'), { 'applicants[0].email': 'emil@', 'applicants[0].phone': '' });
  assert.equal(e['applicants[0].email'], 'Mailen mangler noget efter @. For eksempel: navn@mail.dk');
  const noAt = answer(w, stepById('reach'), { 'applicants[0].email': 'emil.example.org', 'applicants[0].phone': '' });
  assert.equal(noAt['applicants[0].email'], 'Mailen ser forkert ud. Den skal have et @.');
});

test('a period already over is refused at the period, not three steps later at Send', () => {
  const w = wizard();
  const e = answer(w, stepById('period'), { 'period.from': { d: '1', m: '1', y: '2025' }, 'period.to': { d: '30', m: '6', y: '2025' } });
  assert.equal(e['period.to'], 'Perioden er allerede slut. Vælg en slutdato, der ikke er gået.');
  assert.deepEqual(answer(w, stepById('period'), { 'period.from': { d: '1', m: '11', y: '2026' }, 'period.to': { d: '30', m: '6', y: '2027' } }), {},
    'one that has started and goes on is fine');
});

test('a target below the starting point is refused on the scale', () => {
  const w = wizard();
  const e = answer(w, stepById('ruler'), { 'subGoal.baseline': '6', 'subGoal.target': '3' });
  assert.equal(e['subGoal.target'], 'Målet skal være det samme som nu eller højere.');
  assert.deepEqual(answer(w, stepById('ruler'), { 'subGoal.baseline': '3', 'subGoal.target': '3' }), {});
  assert.deepEqual(answer(w, stepById('ruler'), { 'subGoal.baseline': null, 'subGoal.target': null }), {}, 'not answering is fine');
});

test('ages are whole years, counted to the day', () => {
  assert.equal(ageOn('2008-12-02', '2026-12-01'), 17);
  assert.equal(ageOn('2008-12-01', '2026-12-01'), 18);
});

test('the intro promises what the wizard does: the answers are saved at each "Next" (that is when it saves)', () => {
  assert.match(t('apply.intro.pause'), /hver gang du trykker "Næste"/);
  assert.match(t('apply.intro.pause', {}, 'en'), /each time you press "Next"/);
  const w = wizard();
  assert.equal(saveRequest(w, false).body.submit, false, '"Next" keeps a draft on the server');
});

test('the step count stays the same from the first question to the read-back; the car question is an extra one', async () => {
  const { progressOf } = await import('../src/js/apply-model.js');
  assert.deepEqual(progressOf('name'), { n: 1, total: 17, extra: false, check: false });
  assert.deepEqual(progressOf('financed'), { n: 17, total: 17, extra: false, check: false });
  assert.deepEqual(progressOf('car'), { n: 17, total: 17, extra: true, check: false }, 'not "af 18"');
  assert.deepEqual(progressOf('check'), { n: 17, total: 17, extra: false, check: true }, 'the read-back is not question 18');
  assert.equal(t('apply.progress.check'), 'Sidste trin: tjek dine svar');
});

test('the car question only for a licence or a vehicle: an e-bike applicant is not asked about a car', async () => {
  const { activeSteps } = await import('../src/js/apply-model.js');
  const f = emptyForm('p');
  f.category = 'TRANSPORT';
  f.appliedFor = 'En elcykel med lås og hjelm';
  f.wish.headline = 'En elcykel';
  assert.ok(!activeSteps(f).some((s) => s.id === 'car'), 'an e-bike is transport without a car');
  f.appliedFor = 'Kørekort til bil';
  f.wish.headline = 'Kørekort';
  assert.ok(activeSteps(f).some((s) => s.id === 'car'), 'a driving licence needs a car');
  f.appliedFor = 'Et rejsekort';
  f.wish.headline = 'Selv med bussen';
  assert.ok(!activeSteps(f).some((s) => s.id === 'car'), 'nor a bus card');
  f.category = 'EQUIPMENT';
  f.appliedFor = 'Kørekort';
  assert.ok(!activeSteps(f).some((s) => s.id === 'car'), 'only for transport');
});

test("the revise page repeats the team's question", async () => {
  const { resume } = await import('../src/js/apply-model.js');
  const w = newWizard();
  resume(w, { id: 'app-1', status: 'NEEDS_INFO', poolId: 'p', decision: { outcome: 'NEEDS_INFO', text: 'Hvilket kursus er det?' } });
  assert.equal(w.teamQuestion, 'Hvilket kursus er det?');
  const d = newWizard();
  resume(d, { id: 'app-2', status: 'DRAFT', poolId: 'p' });
  assert.equal(d.teamQuestion, null);
});

test('the 1–10 scale has its ends and middle in words and pictures', async () => {
  const { rulerOptions } = await import('../src/js/apply-model.js');
  const o = rulerOptions();
  assert.equal(o.length, 10);
  assert.deepEqual([o[0].label, o[4].label, o[9].label], ['1 – langt fra målet', '5 – halvvejs', '10 – helt i mål']);
  assert.ok(o[0].pict && o[9].pict, 'a pictogram at each end');
  assert.equal(o[1].label, '2');
});

test('a total outside the pool\'s bounds is refused at the costs, naming the bound (the API applies the same rule)', () => {
  const w = newWizard();
  begin(w, [{ id: 'pool-2026', answerDays: 14, minAge: 18, maxAge: 35, minAmountOre: 50_000, maxAmountOre: 10_000_000 }]);
  const costs = stepById('costs');
  assert.equal(answer(w, costs, { costLines: [{ item: 'Taxa', amount: '100', supplier: '' }] }).costLines,
    'Puljen giver mindst 500 kr. til en ansøgning. Skriv et større beløb.');
  assert.equal(answer(w, costs, { costLines: [{ item: 'Bil', amount: '600000', supplier: '' }] }).costLines,
    'Puljen giver højst 100.000 kr. til en ansøgning. Skriv et mindre beløb.');
  w.form.costLines.push({ item: '', amountOre: null, supplier: '' });
  assert.deepEqual(answer(w, costs, { costLines: [{ item: 'Kursus', amount: '400', supplier: '' }, { item: 'Bog', amount: '100', supplier: '' }] }), {},
    'the bound is on the total of the lines');
  const unbounded = newWizard();
  begin(unbounded, [{ id: 'p', answerDays: 14 }]);
  assert.deepEqual(answer(unbounded, costs, { costLines: [{ item: 'Taxa', amount: '100', supplier: '' }] }), {});
});
