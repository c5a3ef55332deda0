// The auditor's page: search the read log (which member of staff read which citizen's data) by citizen, by staff
// member, by record or by a period alone, newest first, a page at a time through the API's cursor, and the whole
// search as a CSV. What the search sends and how a row reads is read-log-model.js.
import { mountPage, esc, icon } from '../layout.js';
import { t, lang } from '../i18n.js';
import { get, saveText, ApiError } from '../api.js';
import { input, radios, errorSummary, fieldErrors } from '../forms.js';
import { BY, RECORD_TYPES, CSV_PAGES, queryOf, fieldOf, rows, csvOf } from '../read-log-model.js';
import { todayIso } from '../format.js';

const state = { form: { by: 'period', key: '', recordType: RECORD_TYPES[0], from: '', to: '' }, errors: {}, page: null,
  cursors: [null], n: 0 };

function recordTypeSelect() {
  const f = state.form;
  return `<div class="form-group"><label class="form-label" for="f-recordType">${esc(t('rl.recordType'))}</label>
    <select class="form-select" id="f-recordType" name="recordType">${RECORD_TYPES.map((r) => `<option value="${r}"${f.recordType === r ? ' selected' : ''}>${esc(t('rl.recordType.' + r))}</option>`).join('')}</select></div>`;
}

function results() {
  if (!state.page) {
    return '';
  }
  const l = lang();
  const list = rows(state.page.items, l);
  const cols = ['at', 'staff', 'role', 'citizen', 'record', 'route'];
  return `<section aria-labelledby="results-heading" id="results"><h2 id="results-heading" tabindex="-1">${esc(t('rl.results'))}
    <span class="weight-normal">${esc(t('rl.pageOf', { n: state.n + 1 }))}</span></h2>
    ${list.length ? `<div class="table--responsive-scroll" tabindex="0" role="region" aria-labelledby="results-heading"><table class="table table--zebra table--compact" id="read-log">
      <thead><tr>${cols.map((c) => `<th scope="col">${esc(t('rl.col.' + c))}</th>`).join('')}</tr></thead>
      <tbody>${list.map((r) => `<tr data-id="${esc(r.id)}">${cols.map((c) => `<td>${esc(r[c])}</td>`).join('')}</tr>`).join('')}</tbody></table></div>`
    : `<p id="read-log-none">${esc(t('rl.none'))}</p>`}
    <p class="wizard-buttons">
      ${state.n > 0 ? `<button type="button" class="button button-secondary" id="previous-page">${esc(t('rl.previous'))}</button>` : ''}
      ${state.page.nextCursor ? `<button type="button" class="button button-secondary" id="next-page">${esc(t('rl.next'))}</button>` : ''}
      ${list.length ? `<button type="button" class="button button-tertiary" id="csv">${icon('download')}${esc(t('rl.csv'))}</button>` : ''}</p>
    ${list.length ? `<p class="form-hint">${esc(t('rl.csvHint'))}</p>` : ''}</section>`;
}

function draw(main) {
  const f = state.form;
  const e = state.errors;
  main.innerHTML = `<h1 tabindex="-1" id="read-log-heading">${esc(t('rl.title'))}</h1>
    <p class="font-lead">${esc(t('rl.lead'))}</p>
    <form id="search-form" novalidate>
      ${errorSummary(e)}
      ${radios({ path: 'by', legend: t('rl.by'), value: f.by, error: e.by, options: BY.map((b) => ({ value: b, label: t('rl.by.' + b) })) })}
      ${input({ path: 'key', label: t('rl.key'), hint: t('rl.keyHint'), value: f.key, error: e.key, optional: true })}
      ${recordTypeSelect()}
      ${input({ path: 'from', label: t('rl.from'), hint: t('rl.dateHint'), value: f.from, error: e.from, width: 'input-width-s' })}
      ${input({ path: 'to', label: t('rl.to'), hint: t('rl.dateHint'), value: f.to, error: e.to, width: 'input-width-s' })}
      <button type="submit" class="button button-primary" id="search">${esc(t('rl.search'))}</button>
    </form>
    ${results()}`;
  main.querySelector('#search-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    state.form = { by: (main.querySelector('input[name="by"]:checked') || {}).value || 'period',
      key: main.querySelector('#f-key').value, recordType: main.querySelector('#f-recordType').value,
      from: main.querySelector('#f-from').value, to: main.querySelector('#f-to').value };
    state.cursors = [null];
    state.n = 0;
    await load(main, '#results-heading');
  });
  const next = main.querySelector('#next-page');
  if (next) {
    next.addEventListener('click', async () => {
      state.cursors[state.n + 1] = state.page.nextCursor;
      state.n += 1;
      await load(main, '#results-heading');
    });
  }
  const previous = main.querySelector('#previous-page');
  if (previous) {
    previous.addEventListener('click', async () => {
      state.n -= 1;
      await load(main, '#results-heading');
    });
  }
  const csv = main.querySelector('#csv');
  if (csv) {
    csv.addEventListener('click', () => exportCsv());
  }
}

async function load(main, focus) {
  state.errors = {};
  try {
    state.page = await get('/api/read-log?' + queryOf(state.form, state.cursors[state.n]));
  } catch (err) {
    if (!(err instanceof ApiError && err.status === 400)) {
      throw err;
    }
    state.page = null;
    state.errors = Object.fromEntries(Object.entries(fieldErrors(err)).map(([k, v]) => [fieldOf(k), v]));
  }
  draw(main);
  const target = Object.keys(state.errors).length ? main.querySelector('#error-summary') : main.querySelector(focus);
  if (target) {
    target.focus();
  }
}

/** Every page of the search, then one file. */
async function exportCsv() {
  const all = [];
  let cursor = null;
  for (let i = 0; i < CSV_PAGES; i++) {
    const page = await get('/api/read-log?' + queryOf(state.form, cursor, 100));
    all.push(...page.items);
    cursor = page.nextCursor;
    if (!cursor) {
      break;
    }
  }
  saveText(csvOf(all, lang()), 'laeselog-' + todayIso() + '.csv');
}

mountPage({
  roles: ['auditor', 'admin'],
  titleKey: 'rl.title',
  render: async (main) => {
    if (!state.form.from) {
      state.form.from = todayIso();
      state.form.to = todayIso();
    }
    draw(main);
  },
});
