// The citizen's application: one question per screen with a progress line, pictograms, the draft kept as they go
// (POST submit:false, then PUT), plain error messages next to the field, and a read-back page the person signed in
// confirms by sending it (domain.md §2.3, §7.2, §7.3). The other party confirms from their own login with the code
// the first save returned (confirm.html); the status page shows the code and who has confirmed.
import { mountPage, esc, alertBox } from '../layout.js';
import { t, lang } from '../i18n.js';
import { get, post, put, ApiError } from '../api.js';
import { pictogram } from '../pictograms.js';
import { rememberMine } from '../mine.js';
import { rememberCode } from '../codes.js';
import { otherParty, partyName } from '../confirm-model.js';
import { kr, krInput, parseKr, date } from '../format.js';
import { input, radios, checkbox, dateInput, readDate, readDateParts, fieldErrors, errorSummary, fieldId, getPath, setPath } from '../forms.js';

const CENTRES = ['Borgercenter Nord', 'Borgercenter Syd', 'Borgercenter Vest', 'Borgercenter Midtbyen'];
const CATEGORIES = [
  ['TRANSPORT', 'bus'], ['ACTIVITIES', 'music'], ['EDUCATION', 'book'], ['COMMUNITY', 'people'],
  ['ACCOMPANIMENT', 'hands'], ['EQUIPMENT', 'toolbox'], ['SERVICE_DOG', 'dog'], ['OTHER', 'question'],
];
const YES_NO = () => [{ value: 'true', label: t('common.yes') }, { value: 'false', label: t('common.no') }];
const TEXT_MAX = { 'wish.headline': 120, 'wish.description': 4000, 'wish.howItHelps': 2000, 'subGoal.text': 1000, appliedFor: 500 };

/** The questions, in order. when(): asked only if it applies (the car question only for transport). */
const STEPS = [
  { id: 'name', pict: 'person', fields: [{ path: 'applicants[0].name', type: 'text', required: true, autocomplete: 'name' }] },
  { id: 'birth', pict: 'cake', fields: [{ path: 'applicants[0].birthDate', type: 'date', required: true }] },
  { id: 'address', pict: 'house', fields: [{ path: 'applicants[0].address', type: 'text', required: true, autocomplete: 'street-address' }] },
  { id: 'reach', pict: 'phone', fields: [
    { path: 'applicants[0].email', type: 'email', optional: true, autocomplete: 'email' },
    { path: 'applicants[0].phone', type: 'tel', optional: true, autocomplete: 'tel' }] },
  { id: 'support', pict: 'helper', fields: [{ path: 'applicants[0].receivesAdultDisabilitySupport', type: 'support', required: true }] },
  { id: 'contact', pict: 'helper', fields: [
    { path: 'contactPerson.name', type: 'text', required: true },
    { path: 'contactPerson.email', type: 'email', required: true },
    { path: 'contactPerson.phone', type: 'tel', optional: true }] },
  { id: 'centre', pict: 'centre', fields: [{ path: 'citizenCentre', type: 'centre', required: true }] },
  { id: 'headline', pict: 'star', fields: [{ path: 'wish.headline', type: 'text', required: true }] },
  { id: 'description', pict: 'speech', fields: [{ path: 'wish.description', type: 'textarea', required: true }] },
  { id: 'helps', pict: 'sprout', fields: [{ path: 'wish.howItHelps', type: 'textarea', required: true }] },
  { id: 'subgoal', pict: 'target', fields: [{ path: 'subGoal.text', type: 'textarea', required: true }] },
  { id: 'ruler', pict: 'ruler', fields: [
    { path: 'subGoal.baseline', type: 'ruler', optional: true }, { path: 'subGoal.target', type: 'ruler', optional: true }] },
  { id: 'category', pict: 'grid', fields: [{ path: 'category', type: 'category', required: true }] },
  { id: 'appliedFor', pict: 'gift', fields: [{ path: 'appliedFor', type: 'text', required: true }] },
  { id: 'period', pict: 'calendar', fields: [
    { path: 'period.from', type: 'date', required: true }, { path: 'period.to', type: 'date', required: true }] },
  { id: 'costs', pict: 'coins', fields: [{ path: 'costLines', type: 'costs', required: true }] },
  { id: 'financed', pict: 'wallet', fields: [{ path: 'alreadyFinanced', type: 'yesno', required: true }] },
  { id: 'car', pict: 'car', when: (f) => f.category === 'TRANSPORT', fields: [{ path: 'carAccess', type: 'yesno', required: true }] },
];

const state = {
  step: 'intro', // 'intro', a step id, or 'check'
  id: null,
  status: null,
  form: null,
  errors: {},
  saved: false,
  confirmed: false,
  returnToCheck: false,
  message: null,
  serverErrors: {},
  typedDates: {},
};

function emptyForm(poolId) {
  return {
    poolId, applicants: [{ name: '', birthDate: null, address: '', email: '', phone: '', receivesAdultDisabilitySupport: null }],
    contactPerson: { name: '', role: 'kontaktperson', email: '', phone: '' }, citizenCentre: '',
    wish: { headline: '', description: '', howItHelps: '' }, subGoal: { text: '', lifeTheme: null, baseline: null, target: null },
    category: null, appliedFor: '', period: { from: null, to: null }, costLines: [{ item: '', amountOre: null, supplier: '' }],
    alreadyFinanced: null, carAccess: null, extendsApplicationId: null,
  };
}

function activeSteps() {
  return STEPS.filter((s) => !s.when || s.when(state.form));
}

function draftKey(user) {
  return 'livsmester.draft.' + user.sub;
}

/** What the API gets: empty strings become absent, so a half-filled draft passes the format checks. */
function payload(submit) {
  const clean = (v) => {
    if (Array.isArray(v)) {
      return v.map(clean);
    }
    if (v && typeof v === 'object') {
      // Keys starting with "_" are the page's own notes (what was typed, "don't know"), not part of the form.
      return Object.fromEntries(Object.entries(v).filter(([k]) => !k.startsWith('_')).map(([k, x]) => [k, clean(x)]));
    }
    return v === '' ? null : v;
  };
  const form = clean(state.form);
  form.costLines = (form.costLines || []).filter((l) => l.item || l.amountOre != null || l.supplier);
  if (form.period && !form.period.from && !form.period.to) {
    form.period = null;
  }
  if (form.category !== 'TRANSPORT') {
    form.carAccess = null;
  }
  form.submit = submit;
  return form;
}

function label(path, suffix) {
  return t('apply.field.' + path.replace(/\[\d+\]/g, '') + (suffix || ''));
}

function renderField(f) {
  const value = getPath(state.form, f.path);
  const error = state.errors[f.path];
  const hintKey = 'apply.field.' + f.path.replace(/\[\d+\]/g, '') + '.hint';
  const hint = hasText(hintKey) ? t(hintKey) : null;
  switch (f.type) {
    case 'date':
      return dateInput({ path: f.path, legend: label(f.path), hint, value, error, typed: state.typedDates[f.path] });
    case 'support':
      return radios({ path: f.path, legend: label(f.path), hint, error,
        value: value === true ? 'true' : value === false ? 'false' : (state.form._supportUnknown ? 'unknown' : ''),
        options: [{ value: 'true', label: t('common.yes') }, { value: 'false', label: t('common.no') }, { value: 'unknown', label: t('common.dontKnow') }] });
    case 'centre':
      return radios({ path: f.path, legend: label(f.path), hint, error, value,
        options: CENTRES.map((c) => ({ value: c, label: c })) });
    case 'category':
      return radios({ path: f.path, legend: label(f.path), hint, error, value, pictogramFn: pictogram,
        options: CATEGORIES.map(([c, p]) => ({ value: c, label: t('category.' + c), pict: p })) });
    case 'yesno':
      return radios({ path: f.path, legend: label(f.path), hint, error, value: value == null ? '' : String(value), options: YES_NO() });
    case 'ruler':
      return `<div class="ruler">${radios({ path: f.path, legend: label(f.path), hint, error, value: value == null ? '' : String(value),
        options: Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) })) })}</div>`;
    case 'costs':
      return costLines();
    default:
      return input({ path: f.path, type: f.type, label: label(f.path), hint, value, error, optional: f.optional,
        autocomplete: f.autocomplete });
  }
}

function hasText(key) {
  try {
    t(key);
    return true;
  } catch {
    return false;
  }
}

function costLines() {
  const lines = state.form.costLines;
  const total = lines.reduce((s, l) => s + (l.amountOre || 0), 0);
  const err = state.errors.costLines;
  return `<fieldset class="cost-lines${err ? ' form-error' : ''}" id="${fieldId('costLines')}">
    <legend class="form-label">${esc(t('apply.field.costLines'))}</legend>
    <span class="form-hint">${esc(t('apply.field.costLines.hint'))}</span>
    ${err ? `<span class="form-error-message" id="${fieldId('costLines')}-error"><span class="sr-only">${esc(t('common.errorPrefix'))} </span>${esc(err)}</span>` : ''}
    ${lines.map((l, i) => `<div class="cost-line" role="group" aria-label="${esc(t('apply.costLine', { n: i + 1 }))}">
      ${input({ path: `costLines[${i}].item`, label: t('apply.field.costLines.item'), value: l.item, error: state.errors[`costLines[${i}].item`] })}
      ${input({ path: `costLines[${i}].amountOre`, label: t('apply.field.costLines.amount'), value: l._typed ?? krInput(l.amountOre, lang()),
        error: state.errors[`costLines[${i}].amountOre`], width: 'input-width-s', hint: null })}
      ${input({ path: `costLines[${i}].supplier`, label: t('apply.field.costLines.supplier'), value: l.supplier, optional: true,
        error: state.errors[`costLines[${i}].supplier`] })}
      ${lines.length > 1 ? `<button type="button" class="button button-secondary remove-line" data-line="${i}">${esc(t('apply.removeLine', { n: i + 1 }))}</button>` : ''}
    </div>`).join('')}
    <button type="button" class="button button-secondary" id="add-line">${esc(t('apply.addLine'))}</button>
    <p class="cost-total" aria-live="polite">${esc(t('apply.total', { sum: kr(total, lang()) }))}</p>
  </fieldset>`;
}

/** Reads what the person typed on this screen into state.form; returns this screen's easy-read errors. */
function readStep(main, step) {
  const errors = {};
  for (const f of step.fields) {
    if (f.type === 'date') {
      const v = readDate(main, f.path);
      if (v === null) {
        state.typedDates[f.path] = readDateParts(main, f.path);
        errors[f.path] = t('apply.error.date');
      } else {
        delete state.typedDates[f.path];
        setPath(state.form, f.path, v || null);
        if (!v && f.required) {
          errors[f.path] = t('apply.error.required.' + f.path.replace(/\[\d+\]/g, ''));
        }
      }
    } else if (f.type === 'costs') {
      state.form.costLines.forEach((l, i) => {
        const item = main.querySelector('#' + fieldId(`costLines[${i}].item`)).value.trim();
        const amountText = main.querySelector('#' + fieldId(`costLines[${i}].amountOre`)).value.trim();
        const supplier = main.querySelector('#' + fieldId(`costLines[${i}].supplier`)).value.trim();
        const amount = amountText ? parseKr(amountText) : null;
        Object.assign(l, { item, supplier, amountOre: amount });
        l._typed = amount === null && amountText ? amountText : undefined;
        const blank = !item && !amountText && !supplier;
        if (blank && i > 0) {
          return;
        }
        if (!item) {
          errors[`costLines[${i}].item`] = t('apply.error.costItem');
        }
        if (!amountText) {
          errors[`costLines[${i}].amountOre`] = t('apply.error.costAmount');
        } else if (amount === null || amount <= 0) {
          errors[`costLines[${i}].amountOre`] = t('apply.error.costAmountNumber');
        }
      });
    } else if (['support', 'centre', 'category', 'yesno', 'ruler'].includes(f.type)) {
      const checked = main.querySelector(`input[name="${CSS.escape(f.path)}"]:checked`);
      let v = checked ? checked.value : null;
      if (f.type === 'support') {
        state.form._supportUnknown = v === 'unknown';
        v = v === 'true' ? true : v === 'false' ? false : null;
        setPath(state.form, f.path, v);
        if (!checked) {
          errors[f.path] = t('apply.error.choose');
        }
        continue;
      }
      if (f.type === 'yesno') {
        v = v === 'true' ? true : v === 'false' ? false : null;
      } else if (f.type === 'ruler') {
        v = v === null ? null : Number(v);
      }
      setPath(state.form, f.path, v);
      if (f.required && v === null) {
        errors[f.path] = t('apply.error.choose');
      }
    } else {
      const v = main.querySelector('#' + fieldId(f.path)).value.trim();
      setPath(state.form, f.path, v);
      if (f.required && !v) {
        errors[f.path] = t('apply.error.required.' + f.path.replace(/\[\d+\]/g, ''));
      } else if (v && f.type === 'email' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v)) {
        errors[f.path] = t('apply.error.email');
      } else if (v && TEXT_MAX[f.path] && v.length > TEXT_MAX[f.path]) {
        errors[f.path] = t('apply.error.tooLong', { max: TEXT_MAX[f.path] });
      }
    }
  }
  if (step.id === 'period' && !errors['period.from'] && !errors['period.to'] && state.form.period.to < state.form.period.from) {
    errors['period.to'] = t('apply.error.periodOrder');
  }
  return errors;
}

/** Keeps the draft on the server: the first save creates it, later saves revise it. */
async function saveDraft(user, submit = false) {
  const body = payload(submit);
  const res = state.id ? await put('/api/applications/' + encodeURIComponent(state.id), body) : await post('/api/applications', body);
  state.id = res.id;
  state.status = res.status;
  state.saved = true;
  // Only the answer that creates the application carries the code (and only to its creator): keep it for the
  // status page, which shows it once the application is sent.
  rememberCode(user, res.id, res.confirmationCode);
  localStorage.setItem(draftKey(user), state.id);
  const url = new URL(location.href);
  url.searchParams.set('id', state.id);
  history.replaceState(null, '', url);
  return res;
}

function progress(index, total) {
  return `<div class="progress-line">
    <p class="step-subheading" id="progress-text">${esc(t('apply.progress', { n: index, total }))}</p>
    <progress max="${total}" value="${index}" aria-labelledby="progress-text"></progress>
  </div>`;
}

function renderIntro(main) {
  main.innerHTML = `
    <div class="wizard-intro">
      <h1 tabindex="-1" id="step-heading">${esc(t('apply.intro.title'))}</h1>
      ${state.message ? alertBox('info', null, state.message) : ''}
      <p class="font-lead">${esc(t('apply.intro.lead'))}</p>
      <h2>${esc(t('apply.intro.what'))}</h2>
      <ol class="agenda">${STEPS.map((s) => `<li>${pictogram(s.pict, 32)}<span>${esc(t('apply.step.' + s.id + '.short'))}</span></li>`).join('')}</ol>
      <h2>${esc(t('apply.intro.notTitle'))}</h2>
      <ul>${['R1', 'R2', 'R3', 'R4'].map((r) => `<li>${esc(t('apply.intro.not.' + r))}</li>`).join('')}</ul>
      <p>${esc(t('apply.intro.noAppeal'))}</p>
      <p>${esc(t('apply.intro.pause'))}</p>
      <button type="button" class="button button-primary" id="start">${esc(state.id ? t('apply.continue') : t('apply.start'))}</button>
    </div>`;
  main.querySelector('#start').addEventListener('click', () => go(main, state.id ? firstOpenStep() : activeSteps()[0].id));
}

function firstOpenStep() {
  const steps = activeSteps();
  const open = steps.find((s) => s.fields.some((f) => f.required && isEmpty(getPath(state.form, f.path), f)));
  return open ? open.id : 'check';
}

function isEmpty(v, f) {
  if (f.type === 'costs') {
    return !(v || []).some((l) => l.item && l.amountOre);
  }
  if (f.type === 'support') {
    return v == null && !state.form._supportUnknown;
  }
  return v == null || v === '';
}

function renderStep(main, user, step) {
  const steps = activeSteps();
  const index = steps.indexOf(step) + 1;
  main.innerHTML = `
    ${progress(index, steps.length)}
    <form class="wizard-step" id="step-form" novalidate>
      ${errorSummary(state.errors)}
      <div class="question">
        <div class="question-pictogram">${pictogram(step.pict, 72)}</div>
        <div class="question-body">
          <h1 tabindex="-1" id="step-heading">${esc(t('apply.step.' + step.id + '.title'))}</h1>
          ${hasText('apply.step.' + step.id + '.lead') ? `<p class="font-lead">${esc(t('apply.step.' + step.id + '.lead'))}</p>` : ''}
          ${step.fields.map(renderField).join('')}
        </div>
      </div>
      <div class="wizard-buttons">
        <button type="submit" class="button button-primary" id="next">${esc(state.returnToCheck ? t('apply.backToCheck') : t('apply.next'))}</button>
        <button type="button" class="button button-secondary" id="back">${esc(t('apply.back'))}</button>
      </div>
      <p class="saved-note" aria-live="polite" id="saved-note">${state.saved ? esc(t('apply.saved')) : ''}</p>
    </form>`;
  wireSummary(main);
  const form = main.querySelector('#step-form');
  const addLine = main.querySelector('#add-line');
  if (addLine) {
    addLine.addEventListener('click', () => {
      readStep(main, step);
      state.form.costLines.push({ item: '', amountOre: null, supplier: '' });
      renderStep(main, user, step);
      main.querySelector('#' + fieldId(`costLines[${state.form.costLines.length - 1}].item`)).focus();
    });
    main.querySelectorAll('.remove-line').forEach((b) => b.addEventListener('click', () => {
      readStep(main, step);
      state.form.costLines.splice(Number(b.dataset.line), 1);
      renderStep(main, user, step);
      main.querySelector('#add-line').focus();
    }));
  }
  main.querySelector('#back').addEventListener('click', () => {
    readStep(main, step);
    state.errors = {};
    const i = steps.indexOf(step);
    go(main, i === 0 ? 'intro' : steps[i - 1].id);
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const errors = readStep(main, step);
    if (Object.keys(errors).length) {
      state.errors = errors;
      renderStep(main, user, step);
      focusFirstError(main);
      return;
    }
    const next = main.querySelector('#next');
    next.disabled = true;
    try {
      await saveDraft(user, false);
      state.errors = {};
      Object.keys(state.serverErrors).filter((p) => step.fields.some((f) => belongs(p, f.path)))
        .forEach((p) => delete state.serverErrors[p]);
    } catch (err) {
      next.disabled = false;
      if (err instanceof ApiError && err.status === 400) {
        state.errors = fieldErrors(err);
        renderStep(main, user, step);
        focusFirstError(main);
        return;
      }
      throw err;
    }
    if (state.returnToCheck) {
      go(main, 'check');
      return;
    }
    const now = activeSteps();
    const i = now.indexOf(step);
    go(main, i + 1 < now.length ? now[i + 1].id : 'check');
  });
}

function wireSummary(main) {
  main.querySelectorAll('#error-summary a').forEach((a) => a.addEventListener('click', (e) => {
    e.preventDefault();
    const target = main.querySelector(a.getAttribute('href'));
    const focusable = target && (target.matches('input,textarea,select') ? target : target.querySelector('input,textarea,select'));
    (focusable || target).focus();
  }));
}

function focusFirstError(main) {
  const first = main.querySelector('[aria-invalid="true"], .form-error input, .form-error textarea');
  (first || main.querySelector('#error-summary') || main.querySelector('h1')).focus();
}

function sentence(key, params) {
  return `<p>${esc(t(key, params))}</p>`;
}

function renderCheck(main, user) {
  const f = state.form;
  const a = f.applicants[0];
  const total = f.costLines.reduce((s, l) => s + (l.amountOre || 0), 0);
  const l = lang();
  const changeLink = (stepId) => `<button type="button" class="function-link change" data-step="${stepId}">${esc(t('apply.change'))}<span class="sr-only"> ${esc(t('apply.step.' + stepId + '.short'))}</span></button>`;
  const row = (stepId, html) => `<div class="readback-row">${pictogram(STEPS.find((s) => s.id === stepId).pict, 40)}<div class="readback-text">${html}</div>${changeLink(stepId)}</div>`;
  main.innerHTML = `
    ${progress(activeSteps().length, activeSteps().length)}
    <h1 tabindex="-1" id="step-heading">${esc(t('apply.check.title'))}</h1>
    <p class="font-lead">${esc(t('apply.check.lead'))}</p>
    ${errorSummary(state.serverErrors, (path) => 'change-' + stepOf(path))}
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
      ${row('category', sentence('apply.rb.category', { category: f.category ? t('category.' + f.category).toLowerCase() : '–' }))}
      ${row('appliedFor', sentence('apply.rb.appliedFor', { text: f.appliedFor }))}
      ${row('period', sentence('apply.rb.period', { from: date(f.period.from, l), to: date(f.period.to, l) }))}
      ${row('costs', sentence('apply.rb.costs', { sum: kr(total, l) }) + `<ul>${f.costLines.filter((x) => x.item).map((x) => `<li>${esc(x.item)}: ${esc(kr(x.amountOre, l))}</li>`).join('')}</ul>`)}
      ${row('financed', sentence(f.alreadyFinanced ? 'apply.rb.financedYes' : 'apply.rb.financedNo'))}
      ${f.category === 'TRANSPORT' ? row('car', sentence(f.carAccess ? 'apply.rb.carYes' : 'apply.rb.carNo')) : ''}
    </div>
    <form id="confirm-form" novalidate>
      <h2>${esc(t('apply.check.youConfirm'))}</h2>
      ${checkbox({ id: 'confirm-submitter', label: t('apply.check.confirm.' + user.role), checked: state.confirmed, error: state.errors._confirm })}
      <h2>${esc(t('apply.check.afterTitle'))}</h2>
      <p id="after-sending">${esc(t('apply.check.after.' + user.role, { name: partyName(state.form, otherParty(user.role)) || t('role.' + otherParty(user.role)) }))}</p>
      <div class="wizard-buttons">
        <button type="submit" class="button button-primary" id="send">${esc(t('apply.send'))}</button>
        <button type="button" class="button button-secondary" id="back">${esc(t('apply.back'))}</button>
      </div>
    </form>`;
  main.querySelectorAll('.change').forEach((b) => {
    b.id = 'change-' + b.dataset.step;
    b.addEventListener('click', () => {
      state.returnToCheck = true;
      go(main, b.dataset.step);
    });
  });
  wireSummary(main);
  main.querySelector('#confirm-submitter').addEventListener('change', (e) => {
    state.confirmed = e.target.checked;
  });
  main.querySelector('#back').addEventListener('click', () => {
    const steps = activeSteps();
    go(main, steps[steps.length - 1].id);
  });
  main.querySelector('#confirm-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    state.errors = {};
    if (!state.confirmed) {
      state.errors._confirm = t('apply.error.confirm');
      renderCheck(main, user);
      main.querySelector('#confirm-submitter').focus();
      return;
    }
    main.querySelector('#send').disabled = true;
    try {
      await saveDraft(user, true);
    } catch (err) {
      main.querySelector('#send').disabled = false;
      if (err instanceof ApiError && err.status === 400) {
        // Each field error goes with its question, so "Ret" takes the person straight to it.
        state.serverErrors = fieldErrors(err);
        state.errors = {};
        renderCheck(main, user);
        main.querySelector('#error-summary').focus();
        return;
      }
      throw err;
    }
    localStorage.removeItem(draftKey(user));
    rememberMine(user, state.id);
    location.href = '/status.html?id=' + encodeURIComponent(state.id) + '&sent=1';
  });
}

function go(main, stepId) {
  if (state.step === 'check' && stepId !== 'check') {
    // An answer may change: the person confirms again what they will send.
    state.confirmed = false;
  }
  if (stepId !== state.step) {
    // Errors the API found on sending belong to their question: show them there, next to the field.
    const step = STEPS.find((x) => x.id === stepId);
    state.errors = step ? Object.fromEntries(Object.entries(state.serverErrors)
      .filter(([path]) => step.fields.some((f) => belongs(path, f.path)))) : {};
  }
  state.step = stepId;
  draw(main);
  const h = main.querySelector('#step-heading');
  if (h) {
    h.focus();
  }
  window.scrollTo(0, 0);
}

function belongs(path, fieldPath) {
  return path === fieldPath || path.startsWith(fieldPath + '.') || path.startsWith(fieldPath + '[')
    || fieldPath.startsWith(path + '.') || fieldPath.startsWith(path + '[');
}

function stepOf(path) {
  const step = activeSteps().find((s) => s.fields.some((f) => belongs(path, f.path)));
  return step ? step.id : activeSteps()[0].id;
}

let currentUser = null;

function draw(main) {
  if (state.step === 'intro') {
    renderIntro(main);
  } else if (state.step === 'check') {
    renderCheck(main, currentUser);
  } else {
    const step = STEPS.find((s) => s.id === state.step);
    renderStep(main, currentUser, step);
  }
}

async function load(user) {
  const params = new URLSearchParams(location.search);
  const id = params.get('id') || localStorage.getItem(draftKey(user));
  if (id) {
    try {
      const app = await get('/api/applications/' + encodeURIComponent(id));
      if (app.status === 'DRAFT' || app.status === 'NEEDS_INFO') {
        state.id = app.id;
        state.status = app.status;
        state.form = Object.assign(emptyForm(app.poolId), {
          poolId: app.poolId, applicants: app.applicants && app.applicants.length ? app.applicants : emptyForm().applicants,
          contactPerson: app.contactPerson || emptyForm().contactPerson, citizenCentre: app.citizenCentre || '',
          wish: app.wish || emptyForm().wish, subGoal: app.subGoal || emptyForm().subGoal, category: app.category,
          appliedFor: app.appliedFor || '', period: app.period || { from: null, to: null },
          costLines: app.costLines && app.costLines.length ? app.costLines : emptyForm().costLines,
          alreadyFinanced: app.alreadyFinanced, carAccess: app.carAccess, extendsApplicationId: app.extendsApplicationId,
        });
        state.message = app.status === 'NEEDS_INFO' ? t('apply.needsInfo') : t('apply.resumed');
        return;
      }
      if (!params.get('id')) {
        localStorage.removeItem(draftKey(user));
      } else {
        location.replace('/status.html?id=' + encodeURIComponent(app.id));
        return;
      }
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 404)) {
        throw e;
      }
      localStorage.removeItem(draftKey(user));
    }
  }
  const pools = await get('/api/pools');
  state.form = emptyForm(pools.length ? pools[0].id : null);
}

mountPage({
  roles: ['citizen', 'contact-person'],
  titleKey: 'apply.title',
  render: async (main, user) => {
    currentUser = user;
    if (!state.form) {
      await load(user);
    }
    draw(main);
  },
});
