// Form fields in DKFDS markup, and the API's field errors shown next to the field they are about.
import { t, pick } from './i18n.js';
import { esc, alertBox } from './layout.js';
import { parseDateParts } from './format.js';
import { pictogram } from './pictograms.js';

/** "applicants[0].name" → "f-applicants-0-name": a DOM id for a field path of the API. */
export function fieldId(path) {
  return 'f-' + path.replace(/\[(\d+)\]/g, '-$1').replace(/\./g, '-');
}

function describedBy(id, hint, error) {
  const ids = [hint ? id + '-hint' : null, error ? id + '-error' : null].filter(Boolean);
  return ids.length ? ` aria-describedby="${ids.join(' ')}"` : '';
}

function errorMessage(id, error) {
  return error ? `<span class="form-error-message" id="${id}-error"><span class="sr-only">${esc(t('common.errorPrefix'))} </span>${esc(error)}</span>` : '';
}

/** A text, e-mail, phone or number input; or a textarea (type "textarea"). */
export function input({ path, type = 'text', label, hint, value, error, optional, autocomplete, width, id }) {
  id = id || fieldId(path);
  const v = value == null ? '' : value;
  const attrs = `id="${id}" name="${esc(path)}"${describedBy(id, hint, error)}${error ? ' aria-invalid="true"' : ''}`
    + `${autocomplete ? ` autocomplete="${autocomplete}"` : ''}`;
  const control = type === 'textarea'
    ? `<textarea class="form-input" rows="5" ${attrs}>${esc(v)}</textarea>`
    : `<input class="form-input${width ? ' ' + width : ''}" type="${type}" ${attrs} value="${esc(v)}">`;
  return `<div class="form-group${error ? ' form-error' : ''}">
    <label class="form-label" for="${id}">${esc(label)}${optional ? `<span class="weight-normal"> ${esc(t('common.optional'))}</span>` : ''}</label>
    ${hint ? `<span class="form-hint" id="${id}-hint">${esc(hint)}</span>` : ''}
    ${errorMessage(id, error)}
    ${control}
  </div>`;
}

/** Radio buttons in a fieldset; options: [{value, label, pict?}]. */
export function radios({ path, legend, hint, options, value, error, pictogramFn, id }) {
  id = id || fieldId(path);
  return `<div class="form-group${error ? ' form-error' : ''}">
    <fieldset id="${id}"${describedBy(id, hint, error)}>
      <legend class="form-label">${esc(legend)}</legend>
      ${hint ? `<span class="form-hint" id="${id}-hint">${esc(hint)}</span>` : ''}
      ${errorMessage(id, error)}
      ${options.map((o, i) => `<div class="form-group-radio${o.pict ? ' with-pictogram' : ''}">
        <input type="radio" class="form-radio" id="${id}-${i}" name="${esc(path)}" value="${esc(o.value)}"${String(value) === String(o.value) ? ' checked' : ''}>
        <label class="form-label" for="${id}-${i}">${o.pict && pictogramFn ? pictogramFn(o.pict, 32) : ''}<span>${esc(o.label)}</span></label>
      </div>`).join('')}
    </fieldset>
  </div>`;
}

export function checkbox({ id, label, checked, error, hint }) {
  return `<div class="form-group${error ? ' form-error' : ''}">
    ${errorMessage(id, error)}
    <div class="form-group-checkbox">
      <input type="checkbox" class="form-checkbox" id="${id}"${checked ? ' checked' : ''}${describedBy(id, hint, error)}>
      <label class="form-label" for="${id}">${esc(label)}</label>
      ${hint ? `<span class="form-hint" id="${id}-hint">${esc(hint)}</span>` : ''}
    </div>
  </div>`;
}

/** A date as three fields (day, month, year), the DKFDS date input: easier to type than a date picker. */
export function dateInput({ path, legend, hint, value, error, id, typed }) {
  id = id || fieldId(path);
  // typed: what the person wrote when it was not a real date, shown again so they can correct it.
  const [y, m, d] = typed ? [typed.y, typed.m, typed.d] : value ? String(value).split('-') : ['', '', ''];
  const part = (suffix, labelKey, v, size, ac) => `<div class="form-group-day-month-year-item">
      <label class="form-label" for="${id}-${suffix}">${esc(t(labelKey))}</label>
      <input class="form-input input-width-${size === 4 ? 'm' : 'xs'}" type="text" inputmode="numeric" id="${id}-${suffix}"
        name="${esc(path)}.${suffix}" value="${esc(v && /^\d+$/.test(v) ? String(Number(v)) : (v || ''))}" maxlength="${size}"${ac ? ` autocomplete="${ac}"` : ''}${error ? ' aria-invalid="true"' : ''}>
    </div>`;
  return `<div class="form-group${error ? ' form-error' : ''}">
    <fieldset id="${id}"${describedBy(id, hint, error)}>
      <legend class="form-label">${esc(legend)}</legend>
      ${hint ? `<span class="form-hint" id="${id}-hint">${esc(hint)}</span>` : ''}
      ${errorMessage(id, error)}
      <div class="date-group">
        ${part('day', 'date.day', d, 2)}${part('month', 'date.month', m, 2)}${part('year', 'date.year', y, 4)}
      </div>
    </fieldset>
  </div>`;
}

/** What was typed in the three date fields: {d, m, y}. */
export function readDateParts(root, path) {
  const id = fieldId(path);
  return {
    d: root.querySelector('#' + id + '-day').value.trim(),
    m: root.querySelector('#' + id + '-month').value.trim(),
    y: root.querySelector('#' + id + '-year').value.trim(),
  };
}

/** Reads a three-field date back: "YYYY-MM-DD", "" when empty, or null when it is not a real date. */
export function readDate(root, path) {
  return parseDateParts(readDateParts(root, path));
}

/** The API's field errors as {path: text} in the current language. */
export function fieldErrors(apiError) {
  const out = {};
  (apiError && apiError.errors || []).forEach((e) => {
    if (!out[e.field]) {
      out[e.field] = pick(e.da, e.en);
    }
  });
  return out;
}

/** An error summary: what is wrong, each with a link to its field. */
export function errorSummary(errors, idFor = fieldId) {
  const items = Object.entries(errors);
  if (!items.length) {
    return '';
  }
  return `<div class="alert alert-error error-summary" role="alert" tabindex="-1" id="error-summary">
    <div class="alert-body"><p class="alert-heading">${esc(t('common.fixThis'))}</p>
    <ul class="alert-text nobullet-list">${items.map(([path, text]) => `<li><a href="#${idFor(path)}" class="function-link">${esc(text)}</a></li>`).join('')}</ul>
    </div></div>`;
}

/** A wizard's progress line: where the person is, in words and as a bar. */
export function progressLine(text, n, total) {
  return `<div class="progress-line">
    <p class="step-subheading" id="progress-text">${esc(text)}</p>
    <progress max="${total}" value="${n}" aria-labelledby="progress-text"></progress>
  </div>`;
}

/**
 * One wizard question's screen (the application's and the guide request's): the progress line, what is wrong, the
 * question's pictogram and heading (focused on arrival), its lead, its fields, "Næste" and "Tilbage", the saved note.
 */
export function wizardStep({ progress, errors, pict, title, lead, fields, nextLabel, savedNote }) {
  return `
    ${progress}
    <form class="wizard-step" id="step-form" novalidate>
      ${errorSummary(errors)}
      <div class="question">
        <div class="question-pictogram">${pictogram(pict, 72)}</div>
        <div class="question-body">
          <h1 tabindex="-1" id="step-heading">${esc(title)}</h1>
          ${lead ? `<p class="font-lead">${esc(lead)}</p>` : ''}
          ${fields}
        </div>
      </div>
      <div class="wizard-buttons">
        <button type="submit" class="button button-primary" id="next">${esc(nextLabel)}</button>
        <button type="button" class="button button-secondary" id="back">${esc(t('apply.back'))}</button>
      </div>
      <p class="saved-note" aria-live="polite" id="saved-note">${savedNote ? esc(savedNote) : ''}</p>
    </form>`;
}

/** For a contact person: which of the citizens they support (staff registered the relations) it is for, or someone else. */
export function citizenChoice({ citizens, chosen, legend }) {
  return `<fieldset class="form-group" id="for-citizen"><legend class="form-label">${esc(legend)}</legend>
    ${citizens.map((c, i) => `<div class="form-group-radio"><input type="radio" class="form-radio" name="forCitizen" id="for-${i}" value="${esc(c.citizenSubject)}"${chosen === c.citizenSubject ? ' checked' : ''}>
      <label class="form-label" for="for-${i}">${esc(c.citizenName)}</label></div>`).join('')}
    <div class="form-group-radio"><input type="radio" class="form-radio" name="forCitizen" id="for-none" value=""${chosen ? '' : ' checked'}>
      <label class="form-label" for="for-none">${esc(t('apply.forCitizen.none'))}</label></div></fieldset>`;
}

/** The error summary's links move focus to the field they name (the first control of a fieldset). */
export function wireSummary(root) {
  root.querySelectorAll('#error-summary a').forEach((a) => a.addEventListener('click', (e) => {
    e.preventDefault();
    const target = root.querySelector(a.getAttribute('href'));
    const focusable = target && (target.matches('input,textarea,select') ? target : target.querySelector('input,textarea,select'));
    (focusable || target).focus();
  }));
}

/** Focus on the first field in error, else the summary, else the heading: a screen reader starts at what is wrong. */
export function focusFirstError(root) {
  const first = root.querySelector('[aria-invalid="true"], .form-error input, .form-error textarea');
  (first || root.querySelector('#error-summary') || root.querySelector('h1')).focus();
}

export { alertBox };
