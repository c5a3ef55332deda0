// The citizen's application: one question per screen with a progress line, pictograms, the draft kept as they go,
// plain error messages next to the field, and a read-back page the person signed in confirms by sending it
// (docs/domain.md sections 2.3 and 4.1–4.3). The other party confirms from their own login with the code the first save returned
// (confirm.html). The wizard itself (questions, state, checks, saving, where each button leads) is apply-model.js;
// this module draws it, reads what was typed, and does the calls, the browser storage and the navigation.
import { mountAttachments } from '../attachments.js';
import { mountPage, esc, alertBox } from '../layout.js';
import { moneyLeftSection } from '../money-left.js';
import { t, lang, code, hasText } from '../i18n.js';
import { api, get, ApiError } from '../api.js';
import { pictogram } from '../pictograms.js';
import { rememberMine } from '../mine.js';
import { rememberCode } from '../codes.js';
import { otherParty, partyName } from '../confirm-model.js';
import { kr, krInput, date } from '../format.js';
import { input, radios, checkbox, dateInput, readDateParts, fieldErrors, errorSummary, fieldId, wireSummary, focusFirstError, progressLine, wizardStep, citizenChoice as citizenChoiceField } from '../forms.js';
import {
  CATEGORIES, CENTRES, CHOICES, STEPS, activeSteps, addCostLine, answer, answerWindowText, begin, change, getPath, go,
  chooseCitizen, maySend, newWizard, previousStep, progressOf, rulerOptions, removeCostLine, resumable, resume, saveRequest, saved, sendRefused, startStep,
  stepById, stepOf, stepSaved,
} from '../apply-model.js';

const w = newWizard();
let currentUser = null;

function draftKey(user) {
  return 'livsmester.draft.' + user.sub;
}

function label(path) {
  return t('apply.field.' + path.replace(/\[\d+\]/g, ''));
}

function renderField(f) {
  const value = getPath(w.form, f.path);
  const error = w.errors[f.path];
  const hintKey = 'apply.field.' + f.path.replace(/\[\d+\]/g, '') + '.hint';
  const hint = hasText(hintKey) ? t(hintKey) : null;
  const yesNo = [{ value: 'true', label: t('common.yes') }, { value: 'false', label: t('common.no') }];
  switch (f.type) {
    case 'date':
      return dateInput({ path: f.path, legend: label(f.path), hint, value, error, typed: w.typedDates[f.path] });
    case 'support':
      return radios({ path: f.path, legend: label(f.path), hint, error,
        value: value === true ? 'true' : value === false ? 'false' : (w.form._supportUnknown ? 'unknown' : ''),
        options: [...yesNo, { value: 'unknown', label: t('common.dontKnow') }] });
    case 'centre':
      return radios({ path: f.path, legend: label(f.path), hint, error, value,
        options: CENTRES.map((c) => ({ value: c, label: c })) });
    case 'category':
      return radios({ path: f.path, legend: label(f.path), hint, error, value, pictogramFn: pictogram,
        options: CATEGORIES.map(([c, p]) => ({ value: c, label: code('category', c), pict: p })) });
    case 'yesno':
      return radios({ path: f.path, legend: label(f.path), hint, error, value: value == null ? '' : String(value), options: yesNo });
    case 'ruler':
      return `<div class="ruler">${radios({ path: f.path, legend: label(f.path), hint, error, value: value == null ? '' : String(value),
        pictogramFn: pictogram, options: rulerOptions() })}</div>`;
    case 'costs':
      return costLines();
    default:
      return input({ path: f.path, type: f.type, label: label(f.path), hint, value, error, optional: f.optional,
        autocomplete: f.autocomplete });
  }
}

function costLines() {
  const lines = w.form.costLines;
  const total = lines.reduce((s, l) => s + (l.amountOre || 0), 0);
  const err = w.errors.costLines;
  return `<fieldset class="cost-lines${err ? ' form-error' : ''}" id="${fieldId('costLines')}">
    <legend class="form-label">${esc(t('apply.field.costLines'))}</legend>
    <span class="form-hint">${esc(t('apply.field.costLines.hint'))}</span>
    ${err ? `<span class="form-error-message" id="${fieldId('costLines')}-error"><span class="sr-only">${esc(t('common.errorPrefix'))} </span>${esc(err)}</span>` : ''}
    ${lines.map((l, i) => `<div class="cost-line" role="group" aria-label="${esc(t('apply.costLine', { n: i + 1 }))}">
      ${input({ path: `costLines[${i}].item`, label: t('apply.field.costLines.item'), value: l.item, error: w.errors[`costLines[${i}].item`] })}
      ${input({ path: `costLines[${i}].amountOre`, label: t('apply.field.costLines.amount'), value: l._typed ?? krInput(l.amountOre, lang()),
        error: w.errors[`costLines[${i}].amountOre`], width: 'input-width-s', hint: null })}
      ${input({ path: `costLines[${i}].supplier`, label: t('apply.field.costLines.supplier'), value: l.supplier, optional: true,
        error: w.errors[`costLines[${i}].supplier`] })}
      ${lines.length > 1 ? `<button type="button" class="button button-secondary remove-line" data-line="${i}">${esc(t('apply.removeLine', { n: i + 1 }))}</button>` : ''}
    </div>`).join('')}
    <button type="button" class="button button-secondary" id="add-line">${esc(t('apply.addLine'))}</button>
    <p class="cost-total" aria-live="polite">${esc(t('apply.total', { sum: kr(total, lang()) }))}</p>
  </fieldset>`;
}

/** What is typed and chosen on this screen, by field path, as apply-model's answer() takes it. */
function answersOn(main, step) {
  const value = (path) => main.querySelector('#' + fieldId(path)).value;
  const answers = {};
  for (const f of step.fields) {
    if (f.type === 'date') {
      answers[f.path] = readDateParts(main, f.path);
    } else if (f.type === 'costs') {
      answers[f.path] = w.form.costLines.map((_, i) => ({ item: value(`costLines[${i}].item`),
        amount: value(`costLines[${i}].amountOre`), supplier: value(`costLines[${i}].supplier`) }));
    } else if (CHOICES.includes(f.type)) {
      const checked = main.querySelector(`input[name="${CSS.escape(f.path)}"]:checked`);
      answers[f.path] = checked ? checked.value : null;
    } else {
      answers[f.path] = value(f.path);
    }
  }
  return answers;
}

/** Saves as apply-model says (create, then revise; submit from the read-back), and keeps the draft's id and code. */
async function save(user, submit) {
  const { method, path, body, headers } = saveRequest(w, submit);
  const res = await api(method, path, body, headers);
  saved(w, res);
  // Only the answer that creates the application carries the code (and only to its creator): keep it for the
  // status page, which shows it once the application is sent.
  rememberCode(user, res.id, res.confirmationCode);
  localStorage.setItem(draftKey(user), w.id);
  const url = new URL(location.href);
  url.searchParams.set('id', w.id);
  history.replaceState(null, '', url);
}

function progress(stepId) {
  const p = progressOf(stepId);
  const key = p.check ? 'apply.progress.check' : p.extra ? 'apply.progress.extra' : 'apply.progress';
  return progressLine(t(key, { n: p.n, total: p.total }), p.n, p.total);
}

function renderIntro(main) {
  const within = answerWindowText(w.answerDays);
  main.innerHTML = `
    <div class="wizard-intro">
      <h1 tabindex="-1" id="step-heading">${esc(t('apply.intro.title'))}</h1>
      ${w.message ? alertBox('info', null, w.message) : ''}
      ${w.teamQuestion ? `<div class="team-question" id="team-question"><h2>${esc(t('apply.teamAsks'))}</h2><p>${esc(w.teamQuestion)}</p></div>` : ''}
      <p class="font-lead">${esc(t('apply.intro.lead'))}</p>
      <h2>${esc(t('apply.intro.what'))}</h2>
      <ol class="agenda">${STEPS.map((s) => `<li>${pictogram(s.pict, 32)}<span>${esc(t('apply.step.' + s.id + '.short'))}</span></li>`).join('')}</ol>
      <h2>${esc(t('apply.intro.notTitle'))}</h2>
      <ul>${['R1', 'R2', 'R3', 'R4'].map((r) => `<li>${esc(t('apply.intro.not.' + r))}</li>`).join('')}</ul>
      <p id="answer-window">${within ? esc(within) + ' ' : ''}${esc(t('apply.intro.noAppeal'))}</p>
      <p>${esc(t('apply.intro.pause'))}</p>
      ${w.pool ? moneyLeftSection(w.pool, lang()) : ''}
      ${citizenChoice()}
      <button type="button" class="button button-primary" id="start">${esc(w.id ? t('apply.continue') : t('apply.start'))}</button>
    </div>`;
  main.querySelector('#start').addEventListener('click', () => {
    chooseCitizen(w, main.querySelector('input[name="forCitizen"]:checked'));
    show(main, startStep(w));
  });
}

/**
 * For a contact person starting a new application: which of the citizens they support it is for (from the support
 * relations staff registered), so the citizen sees it in their own account and confirms it there.
 */
function citizenChoice() {
  if (w.id || !w.citizens || !w.citizens.length) {
    return '';
  }
  return citizenChoiceField({ citizens: w.citizens, chosen: w.form.citizenSubject || '', legend: t('apply.forCitizen') });
}

function renderStep(main, user, step) {
  const lead = 'apply.step.' + step.id + '.lead';
  main.innerHTML = wizardStep({ progress: progress(step.id), errors: w.errors, pict: step.pict, title: t('apply.step.' + step.id + '.title'),
    lead: hasText(lead) ? t(lead) : null, fields: step.fields.map(renderField).join(''),
    nextLabel: w.returnToCheck ? t('apply.backToCheck') : t('apply.next'), savedNote: w.saved ? t('apply.saved') : null });
  wireSummary(main);
  const addLine = main.querySelector('#add-line');
  if (addLine) {
    addLine.addEventListener('click', () => {
      answer(w, step, answersOn(main, step));
      addCostLine(w.form);
      renderStep(main, user, step);
      main.querySelector('#' + fieldId(`costLines[${w.form.costLines.length - 1}].item`)).focus();
    });
    main.querySelectorAll('.remove-line').forEach((b) => b.addEventListener('click', () => {
      answer(w, step, answersOn(main, step));
      removeCostLine(w.form, Number(b.dataset.line));
      renderStep(main, user, step);
      main.querySelector('#add-line').focus();
    }));
  }
  main.querySelector('#back').addEventListener('click', () => {
    // What was typed is kept, right or not; its errors show again when the person comes back and presses Next.
    answer(w, step, answersOn(main, step));
    w.errors = {};
    show(main, previousStep(w, step.id));
  });
  main.querySelector('#step-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const errors = answer(w, step, answersOn(main, step));
    if (Object.keys(errors).length) {
      w.errors = errors;
      renderStep(main, user, step);
      focusFirstError(main);
      return;
    }
    const next = main.querySelector('#next');
    next.disabled = true;
    try {
      await save(user, false);
    } catch (err) {
      next.disabled = false;
      if (err instanceof ApiError && err.status === 400) {
        w.errors = fieldErrors(err);
        renderStep(main, user, step);
        focusFirstError(main);
        return;
      }
      throw err;
    }
    show(main, stepSaved(w, step));
  });
}

function sentence(key, params) {
  return `<p>${esc(t(key, params))}</p>`;
}

function renderCheck(main, user) {
  const f = w.form;
  const a = f.applicants[0];
  const total = f.costLines.reduce((s, l) => s + (l.amountOre || 0), 0);
  const l = lang();
  const steps = activeSteps(f);
  const changeLink = (stepId) => `<button type="button" class="function-link change" data-step="${stepId}">${esc(t('apply.change'))}<span class="sr-only"> ${esc(t('apply.step.' + stepId + '.short'))}</span></button>`;
  const row = (stepId, html) => `<div class="readback-row">${pictogram(stepById(stepId).pict, 40)}<div class="readback-text">${html}</div>${changeLink(stepId)}</div>`;
  main.innerHTML = `
    ${progress('check')}
    <h1 tabindex="-1" id="step-heading">${esc(t('apply.check.title'))}</h1>
    <p class="font-lead">${esc(t('apply.check.lead'))}</p>
    ${errorSummary(w.serverErrors, (path) => 'change-' + stepOf(f, path))}
    <div class="readback">
      ${row('name', sentence('apply.rb.name', { name: a.name }))}
      ${row('birth', sentence('apply.rb.birth', { date: date(a.birthDate, l) }))}
      ${row('address', sentence('apply.rb.address', { address: a.address }))}
      ${row('contact', sentence('apply.rb.contact', { name: f.contactPerson.name }))}
      ${row('centre', sentence('apply.rb.centre', { centre: f.citizenCentre }))}
      ${row('headline', sentence('apply.rb.headline', { text: f.wish.headline }))}
      ${row('description', sentence('apply.rb.description', { text: f.wish.description }))}
      ${row('helps', sentence('apply.rb.helps', { text: f.wish.howItHelps }))}
      ${row('subgoal', sentence('apply.rb.subgoal', { text: f.subGoal.text }))}
      ${row('category', sentence('apply.rb.category', { category: f.category ? code('category', f.category).toLowerCase() : '–' }))}
      ${row('appliedFor', sentence('apply.rb.appliedFor', { text: f.appliedFor }))}
      ${row('period', sentence('apply.rb.period', { from: date(f.period.from, l), to: date(f.period.to, l) }))}
      ${row('costs', sentence('apply.rb.costs', { sum: kr(total, l) }) + `<ul>${f.costLines.filter((x) => x.item).map((x) => `<li>${esc(x.item)}: ${esc(kr(x.amountOre, l))}</li>`).join('')}</ul>`)}
      ${row('financed', sentence(f.alreadyFinanced ? 'apply.rb.financedYes' : 'apply.rb.financedNo'))}
      ${steps.some((s) => s.id === 'car') ? row('car', sentence(f.carAccess ? 'apply.rb.carYes' : 'apply.rb.carNo')) : ''}
    </div>
    ${w.id ? '<section id="attachments"></section>' : ''}
    <form id="confirm-form" novalidate>
      <h2>${esc(t('apply.check.youConfirm'))}</h2>
      ${checkbox({ id: 'confirm-submitter', label: t('apply.check.confirm.' + user.role), checked: w.confirmed, error: w.errors._confirm })}
      <h2>${esc(t('apply.check.afterTitle'))}</h2>
      <p id="after-sending">${esc(t('apply.check.after.' + user.role, { name: partyName(f, otherParty(user.role)) || code('role', otherParty(user.role)) }))}</p>
      <div class="wizard-buttons">
        <button type="submit" class="button button-primary" id="send">${esc(t('apply.send'))}</button>
        <button type="button" class="button button-secondary" id="back">${esc(t('apply.back'))}</button>
      </div>
    </form>`;
  main.querySelectorAll('.change').forEach((b) => {
    b.id = 'change-' + b.dataset.step;
    b.addEventListener('click', () => {
      change(w, b.dataset.step);
      drawAndFocus(main);
    });
  });
  if (w.id) {
    mountAttachments(main.querySelector('#attachments'), { id: w.id, status: 'DRAFT' }, { upload: true }).catch(() => {});
  }
  wireSummary(main);
  main.querySelector('#confirm-submitter').addEventListener('change', (e) => {
    w.confirmed = e.target.checked;
  });
  main.querySelector('#back').addEventListener('click', () => show(main, previousStep(w, 'check')));
  main.querySelector('#confirm-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!maySend(w)) {
      renderCheck(main, user);
      main.querySelector('#confirm-submitter').focus();
      return;
    }
    main.querySelector('#send').disabled = true;
    try {
      await save(user, true);
    } catch (err) {
      main.querySelector('#send').disabled = false;
      if (err instanceof ApiError && err.status === 400) {
        sendRefused(w, fieldErrors(err));
        renderCheck(main, user);
        main.querySelector('#error-summary').focus();
        return;
      }
      throw err;
    }
    localStorage.removeItem(draftKey(user));
    rememberMine(user, w.id);
    location.href = '/status.html?id=' + encodeURIComponent(w.id) + '&sent=1';
  });
}

/** Goes to a screen (see apply-model's go) and draws it. */
function show(main, stepId) {
  go(w, stepId);
  drawAndFocus(main);
}

/** Draws the current screen with its heading focused, so a screen reader reads the question first. */
function drawAndFocus(main) {
  draw(main);
  const h = main.querySelector('#step-heading');
  if (h) {
    h.focus();
  }
  window.scrollTo(0, 0);
}

function draw(main) {
  if (w.step === 'intro') {
    renderIntro(main);
  } else if (w.step === 'check') {
    renderCheck(main, currentUser);
  } else {
    renderStep(main, currentUser, stepById(w.step));
  }
}

/** The draft to go on with (from the link, or the one this browser keeps), else a new application to the first pool. */
async function load(user) {
  const params = new URLSearchParams(location.search);
  const id = params.get('id') || localStorage.getItem(draftKey(user));
  if (id) {
    try {
      const app = await get('/api/applications/' + encodeURIComponent(id));
      if (resumable(app)) {
        resume(w, app);
        return;
      }
      if (params.get('id')) {
        // Sent already: its status page is where it is followed.
        location.replace('/status.html?id=' + encodeURIComponent(app.id));
        return;
      }
      localStorage.removeItem(draftKey(user));
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 404)) {
        throw e;
      }
      localStorage.removeItem(draftKey(user));
    }
  }
  begin(w, await get('/api/pools'));
  if (user.role === 'contact-person') {
    w.citizens = await get('/api/support-relations');
  }
}

mountPage({
  roles: ['citizen', 'contact-person'],
  titleKey: 'apply.title',
  render: async (main, user) => {
    currentUser = user;
    if (!w.form) {
      await load(user);
    }
    draw(main);
  },
});
