// Asking for a peer guide (medborgerguide), one question per screen like the application: the citizen asks, or the
// contact person asks for a citizen they support (or the coordinator with the citizen); the request goes on the
// matching queue and the coordinator approves a guide. The wizard itself (questions, checks, where each button leads,
// the read-back) is guide-request-model.js; this module draws it, reads what was typed, keeps the draft in this tab
// and sends it. The person's own requests come from the API (?mine=true): whether a guide is found, and once the
// guide has said yes, the guide's first name and the meetings.
import { mountPage, esc, alertBox } from '../layout.js';
import { t, lang, code, hasText, pick } from '../i18n.js';
import { get, post, put, ApiError } from '../api.js';
import { pictogram } from '../pictograms.js';
import {
  input, radios, fieldErrors, errorSummary, fieldId, wireSummary, focusFirstError, progressLine, wizardStep, citizenChoice as citizenChoiceField,
} from '../forms.js';
import { date } from '../format.js';
import {
  AREAS, CHOICES, DAYS, DISABILITIES, PARTS, STEPS, TASKS, TIMINGS, answer, change, chooseCitizen, draftOf, go, newWizard,
  payload, previousStep, progressOf, readBack, restore, sendDone, sendRefused, startStep, stepById, stepDone, stepOf, fieldsOf,
  sharingKey,
} from '../guide-request-model.js';

let w = null;
let currentUser = null;

// sessionStorage, like the sign-in: on a shared computer the needs a person typed are gone when the tab closes.
function draftKey(user) {
  return 'livsmester.guideDraft.' + user.sub;
}

function keep() {
  sessionStorage.setItem(draftKey(currentUser), draftOf(w));
}

function availabilityGrid() {
  const err = w.errors.availability;
  return `<fieldset class="form-group availability${err ? ' form-error' : ''}" id="${fieldId('availability')}">
    <legend class="form-label">${esc(t('gr.availability'))} <span class="weight-normal">${esc(t('common.optional'))}</span></legend>
    ${err ? `<span class="form-error-message">${esc(err)}</span>` : ''}
    <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="${esc(t('gr.availability'))}"><table class="table table--compact"><caption class="sr-only">${esc(t('gr.availability'))}</caption>
      <thead><tr><th scope="col"><span class="sr-only">${esc(t('gr.day'))}</span></th>${PARTS.map((p) => `<th scope="col">${esc(t('slot.' + p))}</th>`).join('')}</tr></thead>
      <tbody>${DAYS.map((d) => `<tr><th scope="row">${esc(t('slot.' + d))}</th>${PARTS.map((p) => {
    const slot = d + '_' + p;
    return `<td><div class="form-group-checkbox"><input type="checkbox" class="form-checkbox" id="slot-${slot}" value="${slot}"${w.form.availability.includes(slot) ? ' checked' : ''}>
          <label class="form-label" for="slot-${slot}"><span class="sr-only">${esc(t('slot.' + d))} ${esc(t('slot.' + p))}</span></label></div></td>`;
  }).join('')}</tr>`).join('')}</tbody></table></div>
  </fieldset>`;
}

function renderField(f) {
  const value = w.form[f.path];
  const error = w.errors[f.path];
  switch (f.type) {
    case 'task':
      return radios({ path: f.path, legend: t('gr.taskType'), value, error, pictogramFn: pictogram,
        options: TASKS.map(([v, p]) => ({ value: v, label: code('task', v), pict: p })) });
    case 'disability':
      return radios({ path: f.path, legend: t('gr.disability'), value, error,
        options: DISABILITIES.map((v) => ({ value: v, label: code('disability', v) })) });
    case 'same':
      return radios({ path: f.path, legend: t('gr.same'), error, value: value === null ? '' : String(value),
        options: [{ value: 'true', label: t('common.yes') }, { value: 'false', label: t('gr.sameNo') }] });
    case 'area':
      return radios({ path: f.path, legend: t('gr.area'), value, error, options: AREAS.map((a) => ({ value: a, label: code('area', a) })) });
    case 'timing':
      return radios({ path: f.path, legend: t('gr.timing'), value, error, options: TIMINGS.map((v) => ({ value: v, label: t('gr.timing.' + v) })) });
    case 'slots':
      return availabilityGrid();
    case 'yesno':
      return radios({ path: f.path, legend: t('gr.' + f.path), error, value: value === null || value === undefined ? '' : String(value),
        pictogramFn: pictogram, options: [{ value: 'true', label: t('gr.share.yes'), pict: 'check' }, { value: 'false', label: t('gr.share.no'), pict: 'no' }] });
    default: {
      const keys = { citizenName: 'gr.citizenName', needs: 'gr.needs', subGoalText: 'gr.subGoal' };
      return input({ path: f.path, type: f.type, label: t(keys[f.path]), hint: f.path === 'needs' ? t('gr.needsHint') : null,
        value, error, optional: f.optional });
    }
  }
}

/** What is typed and chosen on this screen, by field path, as the model's answer() takes it. */
function answersOn(main, step) {
  const answers = {};
  for (const f of fieldsOf(step, w.form)) {
    if (f.type === 'slots') {
      answers[f.path] = [...main.querySelectorAll('.availability input:checked')].map((i) => i.value);
    } else if (CHOICES.includes(f.type)) {
      const checked = main.querySelector(`input[name="${f.path}"]:checked`);
      answers[f.path] = checked ? checked.value : null;
    } else {
      answers[f.path] = main.querySelector('#' + fieldId(f.path)).value;
    }
  }
  return answers;
}

function progress(stepId) {
  const p = progressOf(stepId);
  return progressLine(t(p.check ? 'apply.progress.check' : 'apply.progress', { n: p.n, total: p.total }), p.n, p.total);
}

/** For a contact person: which supported citizen it is for (the citizen then sees it in their own account). */
function citizenChoice() {
  if (!w.citizens || !w.citizens.length) {
    return '';
  }
  return citizenChoiceField({ citizens: w.citizens, chosen: w.form.citizenSubject || '', legend: t('gr.forCitizen') });
}

function renderIntro(main) {
  main.innerHTML = `
    <div class="question"><div class="question-pictogram">${pictogram('guide', 72)}</div><div class="question-body wizard-intro">
    <h1 tabindex="-1" id="step-heading">${esc(t('gr.title'))}</h1>
    ${w.sent ? alertBox('success', t('gr.sentTitle'), t('gr.sentText')) : ''}
    ${w.resumed && !w.sent ? alertBox('info', null, t('gr.resumed')) : ''}
    <p class="font-lead">${esc(t('gr.what'))}</p>
    <p>${esc(t('gr.intro.lead', { total: STEPS.length }))}</p>
    <h2>${esc(t('gr.intro.what'))}</h2>
    <ol class="agenda">${STEPS.map((s) => `<li>${pictogram(s.pict, 32)}<span>${esc(t('gr.step.' + s.id + '.short'))}</span></li>`).join('')}</ol>
    <p>${esc(t('gr.intro.kept'))}</p>
    ${citizenChoice()}
    <button type="button" class="button button-primary" id="start">${esc(t(w.sent ? 'gr.another' : w.resumed ? 'apply.continue' : 'apply.start'))}</button>
    </div></div>
    <section id="my-requests" aria-live="polite"><h2>${esc(t('gr.mine'))}</h2><p>${esc(t('common.loading'))}</p></section>`;
  main.querySelector('#start').addEventListener('click', () => {
    const radio = main.querySelector('input[name="forCitizen"]:checked');
    if (radio) {
      chooseCitizen(w, radio.value);
    }
    w.sent = null;
    show(main, startStep(w));
  });
  fillMine(main).catch(() => {
    main.querySelector('#my-requests p').textContent = t('common.tryAgain');
  });
}

function renderStep(main, step) {
  const lead = 'gr.step.' + step.id + '.lead';
  main.innerHTML = wizardStep({ progress: progress(step.id), errors: w.errors, pict: step.pict, title: t('gr.step.' + step.id + '.title'),
    lead: hasText(lead) ? t(lead) : null, fields: fieldsOf(step, w.form).map(renderField).join(''),
    nextLabel: t(w.returnToCheck ? 'apply.backToCheck' : 'apply.next'), savedNote: w.saved ? t('gr.saved') : null });
  wireSummary(main);
  main.querySelector('#back').addEventListener('click', () => {
    // What was typed is kept, right or not; its errors show again when the person comes back and presses Next.
    answer(w, step, answersOn(main, step));
    keep();
    w.errors = {};
    show(main, previousStep(w, step.id));
  });
  // Kept as it is typed, not only on Næste (the intro promises it): a reload or another page in between loses nothing.
  main.querySelector('#step-form').addEventListener('input', () => {
    answer(w, step, answersOn(main, step));
    keep();
  });
  main.querySelector('#step-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const errors = answer(w, step, answersOn(main, step));
    keep();
    if (Object.keys(errors).length) {
      w.errors = errors;
      renderStep(main, step);
      focusFirstError(main);
      return;
    }
    show(main, stepDone(w, step));
  });
}

function renderCheck(main) {
  main.innerHTML = `
    ${progress('check')}
    <h1 tabindex="-1" id="step-heading">${esc(t('gr.check.title'))}</h1>
    <p class="font-lead">${esc(t('gr.check.lead'))}</p>
    ${errorSummary(w.serverErrors, (path) => 'change-' + stepOf(path))}
    <div class="readback" id="gr-readback">${readBack(w.form, lang()).map((x) => `<div class="readback-row">${pictogram(x.pict, 40)}
      <div class="readback-text"><p>${esc(x.text)}</p></div>
      <button type="button" class="function-link change" id="change-${x.step}" data-step="${x.step}">${esc(t('apply.change'))}<span class="sr-only"> ${esc(t('gr.step.' + x.step + '.short'))}</span></button></div>`).join('')}
    </div>
    <div class="wizard-buttons">
      <button type="button" class="button button-primary" id="send-request">${esc(t('gr.send'))}</button>
      <button type="button" class="button button-secondary" id="back">${esc(t('apply.back'))}</button>
    </div>`;
  main.querySelectorAll('.change').forEach((b) => b.addEventListener('click', () => {
    change(w, b.dataset.step);
    drawAndFocus(main);
  }));
  wireSummary(main);
  main.querySelector('#back').addEventListener('click', () => show(main, previousStep(w, 'check')));
  const send = main.querySelector('#send-request');
  send.addEventListener('click', async () => {
    send.disabled = true;
    let res;
    try {
      res = await post('/api/guide-requests', payload(w.form));
    } catch (err) {
      send.disabled = false;
      if (!(err instanceof ApiError && err.status === 400)) {
        throw err;
      }
      sendRefused(w, fieldErrors(err));
      renderCheck(main);
      main.querySelector('#error-summary').focus();
      return;
    }
    sessionStorage.removeItem(draftKey(currentUser));
    sendDone(w, currentUser, res);
    drawAndFocus(main);
  });
}

/** Where a request is, in words: a guide found (the coordinator made the match), their yes with their first name. */
function requestState(r) {
  if (r.guideSaidYes && r.guideFirstName) {
    return t('gr.gotGuide', { name: r.guideFirstName });
  }
  if (r.guideFound) {
    return t('gr.found');
  }
  return code('gr.status', r.status === 'MATCHED' ? 'PROPOSED' : r.status);
}

async function fillMine(main) {
  const { items: rows } = await get('/api/guide-requests?mine=true');
  const el = main.querySelector('#my-requests');
  if (!el) {
    return;
  }
  const l = lang();
  const mayChange = currentUser.role === 'citizen' || currentUser.role === 'contact-person';
  el.innerHTML = `<h2>${esc(t('gr.mine'))}</h2>${rows.length ? `<ul class="my-requests">${rows.map((r, i) => `<li data-request="${esc(r.id)}"><strong>${esc(r.citizenName)}</strong>,
    ${esc(code('task', r.taskType))} (${esc(date(r.createdAt, l))}): <span class="request-status">${esc(requestState(r))}</span>
    ${(r.meetings || []).length ? `<ul class="request-meetings">${r.meetings.map((m) => `<li>${esc(code('meetingKind', m.kind))}: ${esc(m.startsAt ? date(m.startsAt.slice(0, 10), l) + ' ' + m.startsAt.slice(11, 16) : '')}${m.place ? ', ' + esc(m.place) : ''}</li>`).join('')}</ul>` : ''}
    <p class="request-sharing">${pictogram('check', 32)} <span>${esc(t(sharingKey(r.sharing)))}</span></p>
    ${mayChange && !ENDED.includes(r.status) ? sharingForm(r, i) : ''}${mayChange && WAITING.includes(r.status) ? withdrawForm(r, i) : ''}</li>`).join('')}</ul>`
    : `<p>${esc(t('gr.noneYet'))}</p>`}`;
  el.querySelectorAll('button.withdraw-request').forEach((b) => b.addEventListener('click', async () => {
    const id = b.dataset.request;
    const problem = el.querySelector(`#withdraw-problem-${b.dataset.index}`);
    try {
      await post('/api/guide-requests/' + encodeURIComponent(id) + '/withdraw');
    } catch (err) {
      if (!(err instanceof ApiError) || err.status >= 500) {
        throw err;
      }
      problem.innerHTML = alertBox('error', t('gr.withdraw.failed'), pick(err.messageDa, err.messageEn) || t('common.tryAgain'));
      problem.focus();
      return;
    }
    await fillMine(main);
    const item = main.querySelector(`li[data-request="${CSS.escape(id)}"] .request-status`);
    if (item) {
      item.insertAdjacentHTML('afterend', `<p class="withdrawn-saved" role="status">${esc(t('gr.withdraw.done'))}</p>`);
    }
  }));
  el.querySelectorAll('form.sharing-form').forEach((f) => f.addEventListener('submit', async (e) => {
    e.preventDefault();
    const choice = (name) => {
      const c = f.querySelector(`input[name="${name}"]:checked`);
      return c ? c.value === 'true' : undefined;
    };
    const i = f.dataset.index;
    await put('/api/guide-requests/' + encodeURIComponent(f.dataset.request) + '/sharing',
      { needs: choice('shareNeeds-' + i), disability: choice('shareDisability-' + i) });
    await fillMine(main);
    const saved = main.querySelector(`li[data-request="${CSS.escape(f.dataset.request)}"] .request-sharing`);
    if (saved) {
      saved.insertAdjacentHTML('beforeend', ` <span class="sharing-saved" role="status">${esc(t('gr.share.saved'))}</span>`);
    }
  }));
}

/** Statuses in which a request still waits for a guide, and can be withdrawn; and those in which it has ended. */
const WAITING = ['OPEN', 'PROPOSED', 'NO_CANDIDATE', 'NEEDS_INFO'];
const ENDED = ['CLOSED', 'WITHDRAWN'];

/** No longer wanting a guide: behind a fold, said in plain words, one button that does it. */
function withdrawForm(r, i) {
  return `<details class="withdraw-change"><summary>${esc(t('gr.withdraw.open'))}</summary>
    <p>${esc(t('gr.withdraw.explain'))}</p>
    <div id="withdraw-problem-${i}" tabindex="-1"></div>
    <button type="button" class="button button-secondary withdraw-request" id="withdraw-${i}" data-request="${esc(r.id)}"
      data-index="${i}">${esc(t('gr.withdraw.confirm'))}</button></details>`;
}

/** The citizen changes their mind about what the guide may see: two yes/no questions, as in the wizard. */
function sharingForm(r, i) {
  const s = r.sharing || { needs: false, disability: false };
  const yesNo = (path, legend, value) => radios({ path: path + '-' + i, legend, value: String(!!value), pictogramFn: pictogram,
    options: [{ value: 'true', label: t('gr.share.yes'), pict: 'check' }, { value: 'false', label: t('gr.share.no'), pict: 'no' }] });
  return `<details class="sharing-change"><summary>${esc(t('gr.share.change'))}</summary>
    <form class="sharing-form" data-request="${esc(r.id)}" data-index="${i}" novalidate>
      ${yesNo('shareNeeds', t('gr.shareNeeds'), s.needs)}${yesNo('shareDisability', t('gr.shareDisability'), s.disability)}
      <button type="submit" class="button button-secondary" id="sharing-save-${i}">${esc(t('gr.share.save'))}</button></form></details>`;
}

function show(main, stepId) {
  go(w, stepId);
  keep();
  drawAndFocus(main);
}

/** Draws the current screen with its heading focused, so a screen reader reads the question first. */
function drawAndFocus(main) {
  draw(main);
  main.querySelector('#step-heading').focus();
  window.scrollTo(0, 0);
}

function draw(main) {
  if (w.step === 'intro') {
    renderIntro(main);
  } else if (w.step === 'check') {
    renderCheck(main);
  } else {
    renderStep(main, stepById(w.step));
  }
}

mountPage({
  roles: ['citizen', 'contact-person', 'coordinator', 'team'],
  titleKey: 'gr.title',
  render: async (main, user) => {
    currentUser = user;
    if (!w) {
      w = newWizard(user, user.role === 'contact-person' ? await get('/api/support-relations') : null);
      restore(w, sessionStorage.getItem(draftKey(user)));
    }
    draw(main);
  },
});
