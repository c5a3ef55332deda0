// The guide-request wizard without the browser: the questions in order, each question's checks with its message in
// both languages, where Next, Back and Change lead, the read-back, the draft kept between screens and what is sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TEXTS } from '../src/js/texts.js';
import {
  STEPS, answer, change, chooseCitizen, draftOf, go, newWizard, nextStep, payload, previousStep, progressOf, readBack,
  restore, sendDone, sendRefused, startStep, stepById, stepDone, stepOf, fieldsOf, sharingOf, sharingKey,
} from '../src/js/guide-request-model.js';

const sofie = { sub: 'citizen-sofie', role: 'citizen', name: 'Sofie Krogh' };
const maja = { sub: 'contact-maja', role: 'contact-person', name: 'Maja Winther' };
const emil = { citizenSubject: 'citizen-emil', citizenName: 'Emil Sandgaard' };

/** Answers every question as a person would, screen by screen; returns the wizard. */
function filled(w = newWizard(sofie)) {
  const answers = { name: { citizenName: 'Sofie Krogh' }, task: { taskType: 'BUS_TRAINING' },
    needs: { needs: 'Jeg vil lære at tage bussen.' }, disability: { citizenDisability: 'AUTISM' }, same: { sameDisabilityPreferred: 'false' },
    area: { area: 'Vest' }, times: { availability: ['TUE_PM', 'THU_PM'] }, timing: { timing: 'NOT_LINKED' }, subGoal: { subGoalText: '' },
    share: { shareNeeds: 'true', shareDisability: 'false' } };
  for (const s of STEPS) {
    assert.deepEqual(answer(w, s, answers[s.id]), {}, s.id);
  }
  return w;
}

test('one question per screen, in order, each with its title, short name and pictogram in both languages', () => {
  assert.deepEqual(STEPS.map((s) => s.id), ['name', 'task', 'needs', 'disability', 'same', 'area', 'times', 'timing', 'subGoal', 'share']);
  for (const s of STEPS) {
    assert.ok(TEXTS['gr.step.' + s.id + '.title'] && TEXTS['gr.step.' + s.id + '.short'], s.id);
    assert.ok(s.pict, s.id + ' has a pictogram');
  }
});

test('the step count stays the same from the first question to the read-back', () => {
  assert.deepEqual(progressOf('name'), { n: 1, total: 10, check: false });
  assert.deepEqual(progressOf('subGoal'), { n: 9, total: 10, check: false });
  assert.deepEqual(progressOf('share'), { n: 10, total: 10, check: false });
  assert.deepEqual(progressOf('check'), { n: 10, total: 10, check: true });
});

test('Next and Back walk the questions; Back from the first leads to the intro, Next from the last to the read-back', () => {
  const w = newWizard(sofie);
  assert.equal(startStep(w), 'name');
  assert.equal(previousStep(w, 'name'), 'intro');
  assert.equal(nextStep(w, 'name'), 'task');
  assert.equal(nextStep(w, 'subGoal'), 'share');
  assert.equal(nextStep(w, 'share'), 'check');
  assert.equal(previousStep(w, 'check'), 'share');
  change(w, 'area');
  assert.equal(w.step, 'area');
  assert.equal(nextStep(w, 'area'), 'check', 'a change from the read-back goes back to it');
  go(w, 'intro');
  assert.equal(w.returnToCheck, false);
});

test('each question is checked on its own screen, with a clear message in Danish and in English', () => {
  const w = newWizard(maja);
  assert.deepEqual(answer(w, stepById('name'), { citizenName: '  ' }), { citizenName: 'Skriv borgerens navn.' });
  assert.deepEqual(answer(w, stepById('task'), { taskType: null }), { taskType: 'Vælg, hvad guiden skal hjælpe med.' });
  assert.deepEqual(answer(w, stepById('needs'), { needs: '' }), { needs: 'Skriv, hvad borgeren har brug for.' });
  assert.deepEqual(answer(w, stepById('needs'), { needs: 'x'.repeat(2001) }), { needs: 'Teksten er for lang. Skriv højst 2000 tegn.' });
  assert.deepEqual(answer(w, stepById('same'), { sameDisabilityPreferred: null }),
    { sameDisabilityPreferred: 'Svar på, om guiden helst skal have samme handicap.' });
  assert.deepEqual(answer(w, stepById('area'), { area: null }), { area: 'Vælg, hvor borgeren bor.' });
  assert.deepEqual(answer(w, stepById('subGoal'), { subGoalText: 'x'.repeat(1001) }), { subGoalText: 'Teksten er for lang. Skriv højst 1000 tegn.' });
  assert.deepEqual(answer(w, stepById('disability'), { citizenDisability: null }), {}, 'the disability may be left out');
  assert.deepEqual(answer(w, stepById('times'), { availability: [] }), {}, 'the times may be left out');
  for (const key of ['gr.error.citizenName', 'gr.error.taskType', 'gr.error.needs', 'gr.error.same', 'gr.error.area', 'gr.error.timing']) {
    assert.ok(TEXTS[key][1].length > 5, key + ' in English');
  }
});

test('a citizen\'s own name is filled in; a contact person\'s chosen citizen fills it and is sent as the citizen', () => {
  assert.equal(newWizard(sofie).form.citizenName, 'Sofie Krogh');
  const w = newWizard(maja, [emil]);
  assert.equal(w.form.citizenName, '');
  chooseCitizen(w, 'citizen-emil');
  assert.equal(w.form.citizenName, 'Emil Sandgaard');
  assert.equal(payload(w.form).citizenSubject, 'citizen-emil');
  chooseCitizen(w, '');
  assert.equal(payload(w.form).citizenSubject, null, '"someone else" sends no citizen');
});

test('what is sent: the answers as the API takes them, empty texts absent, yes/no as true/false', () => {
  const body = payload(filled().form);
  assert.deepEqual(body, { citizenSubject: null, citizenName: 'Sofie Krogh', citizenDisability: 'AUTISM', needs: 'Jeg vil lære at tage bussen.',
    taskType: 'BUS_TRAINING', timing: 'NOT_LINKED', sameDisabilityPreferred: false, area: 'Vest', availability: ['TUE_PM', 'THU_PM'],
    subGoalText: null, sharing: { needs: true, disability: false } });
});

test('the read-back says each answer in easy words, with its question\'s pictogram, in both languages', () => {
  const form = filled().form;
  const da = readBack(form, 'da');
  assert.deepEqual(da.map((x) => x.step), STEPS.map((s) => s.id));
  assert.deepEqual(da.map((x) => x.text), ['Guiden er til Sofie Krogh.', 'Guiden skal hjælpe med: Bustræning.',
    'Det har borgeren brug for: Jeg vil lære at tage bussen.', 'Handicap: Autisme.', 'Det er lige meget, hvilket handicap guiden har.',
    'Borgeren bor i Vest.', 'Borgeren kan: Tirsdag eftermiddag, Torsdag eftermiddag.', 'Hvornår: Det har ikke med mødet at gøre.', 'Intet delmål.',
    'Guiden må læse, hvad borgeren har brug for. Ikke handicappet.']);
  assert.equal(da[0].pict, 'person');
  const en = readBack(form, 'en').map((x) => x.text);
  assert.equal(en[1], 'The guide should help with: Bus training.');
  assert.equal(en[6], 'The citizen is free: Tuesday afternoon, Thursday afternoon.');
});

test('the draft is kept between screens and taken up again where a required answer is missing', () => {
  const w = filled();
  w.form.area = null;
  const again = newWizard(sofie);
  assert.equal(restore(again, draftOf(w)), true);
  assert.equal(again.form.needs, 'Jeg vil lære at tage bussen.');
  assert.equal(startStep(again), 'area', 'the first question still unanswered');
  again.form.area = 'Vest';
  assert.equal(startStep(again), 'check', 'everything answered: straight to the read-back');
  assert.equal(restore(newWizard(sofie), 'not json'), false);
  assert.equal(restore(newWizard(sofie), null), false);
});

test('the API\'s refusal goes with its question; a passed question clears it; sending starts afresh', () => {
  const w = filled();
  sendRefused(w, { area: 'Skriv området.' });
  assert.equal(stepOf('area'), 'area');
  assert.equal(stepOf('somethingElse'), 'name');
  go(w, 'area');
  assert.deepEqual(w.errors, { area: 'Skriv området.' });
  assert.equal(stepDone(w, stepById('area')), 'times');
  assert.deepEqual(w.serverErrors, {});
  sendDone(w, sofie, { id: 'req-1' });
  assert.equal(w.step, 'intro');
  assert.equal(w.sent.id, 'req-1');
  assert.equal(w.form.citizenName, 'Sofie Krogh');
  assert.equal(w.form.needs, '');
});

test('what the guide may see is its own step: yes or no to the needs, and to the disability only when one was given', () => {
  const w = newWizard(maja);
  const share = stepById('share');
  assert.deepEqual(fieldsOf(share, w.form).map((f) => f.path), ['shareNeeds'], 'no disability given: not asked about it');
  w.form.citizenDisability = 'AUTISM';
  assert.deepEqual(fieldsOf(share, w.form).map((f) => f.path), ['shareNeeds', 'shareDisability']);
  assert.deepEqual(answer(w, share, { shareNeeds: null, shareDisability: null }), {}, 'not answering is allowed');
  assert.deepEqual(payload(w.form).sharing, { needs: false, disability: false }, 'and shares nothing');
  assert.deepEqual(answer(w, share, { shareNeeds: 'false', shareDisability: 'true' }), {});
  assert.equal(w.form.shareDisability, true, 'yes is true');
  assert.deepEqual(payload(w.form).sharing, { needs: false, disability: true });
  assert.ok(!('shareNeeds' in payload(w.form)) && !('shareDisability' in payload(w.form)), 'sent as sharing only');
  w.form.citizenDisability = null;
  assert.deepEqual(sharingOf(w.form), { needs: false, disability: false }, 'no disability to share once it was taken out');
  assert.equal(startStep(Object.assign(newWizard(sofie), { resumed: true, form: filled().form })), 'check',
    'the step needs no answer, so a draft taken up goes on to the read-back');
  for (const k of ['gr.step.share.title', 'gr.step.share.lead', 'gr.shareNeeds', 'gr.shareDisability', 'gr.share.yes', 'gr.share.no',
    sharingKey({ needs: true, disability: true }), sharingKey({ needs: false, disability: false }), sharingKey(null)]) {
    assert.ok(TEXTS[k] && TEXTS[k][0] && TEXTS[k][1], k + ' in both languages');
  }
  assert.equal(sharingKey(null), 'gr.rb.share.noNeedsNoDisability', 'no recorded choice reads as nothing shared');
});
