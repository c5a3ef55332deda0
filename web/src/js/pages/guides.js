// The guide registry: who the guides are, what they help with, their load; the coordinator registers new ones and
// moves a guide along their path (admitted, in training, certified, active, paused, stopped) with what each step
// needs.
import { mountPage, esc, alertBox } from '../layout.js';
import { t, pick, code } from '../i18n.js';
import { get, post, ApiError } from '../api.js';
import { input, radios, checkbox, dateInput, readDate, fieldErrors, errorSummary, fieldId } from '../forms.js';
import { nextStatuses } from '../match-model.js';

const TASKS = ['ACCOMPANIMENT', 'VISITING_FRIEND', 'BUS_TRAINING', 'CITY_TRAINING', 'EXERCISE', 'SHOPPING', 'IT', 'TALKS', 'WISHES_AND_GOALS'];
const DISABILITIES = ['AUTISM', 'INTELLECTUAL_DISABILITY', 'ACQUIRED_BRAIN_INJURY', 'PHYSICAL', 'OTHER'];
const AREAS = ['Nord', 'Syd', 'Vest', 'Midtbyen'];
const STATUSES = ['INTERESTED', 'ADMITTED', 'IN_TRAINING', 'CERTIFIED', 'ACTIVE', 'PAUSED', 'STOPPED'];
let errors = {};
let flash = null;
/** The status change being made: the guide's id, what was chosen and typed, its errors and the server's answer. */
const change = { guideId: null, status: null, cohort: '', seen: false, seenOn: null, ocnOn: null, errors: {}, note: null };
const CHANGE_FIELDS = { status: 'newStatus', criminalRecordSeen: 'criminalRecordSeen', criminalRecordSeenOn: 'criminalRecordSeenOn',
  cohort: 'cohort', ocnCertifiedOn: 'ocnCertifiedOn' };
const form = { name: '', taskTypes: [], disabilityExperience: [], area: null, capacity: '2', status: 'INTERESTED' };

function checks(name, legend, values, labelPrefix, selected) {
  return `<fieldset class="form-group${errors[name] ? ' form-error' : ''}" id="${fieldId(name)}"><legend class="form-label">${esc(legend)}</legend>
    ${errors[name] ? `<span class="form-error-message">${esc(errors[name])}</span>` : ''}
    ${values.map((v) => `<div class="form-group-checkbox"><input type="checkbox" class="form-checkbox" id="${name}-${v}" name="${name}" value="${v}"${selected.includes(v) ? ' checked' : ''}>
      <label class="form-label" for="${name}-${v}">${esc(t(labelPrefix + v))}</label></div>`).join('')}</fieldset>`;
}

async function render(main, user) {
  const guides = await get('/api/guides');
  const coordinator = user.role === 'coordinator';
  main.innerHTML = `<h1 tabindex="-1" id="guides-heading">${esc(t('guides.title'))}</h1>
    ${flash ? alertBox('success', flash, null) : ''}
    <div class="table--responsive-scroll"><table class="table table--zebra" id="guide-table">
      <caption>${esc(t('guides.caption', { n: guides.length }))}</caption>
      <thead><tr><th scope="col">${esc(t('guides.name'))}</th><th scope="col">${esc(t('guides.tasks'))}</th><th scope="col">${esc(t('guides.experience'))}</th>
        <th scope="col">${esc(t('guides.area'))}</th><th scope="col" class="text-right">${esc(t('guides.load'))}</th><th scope="col">${esc(t('guides.status'))}</th>
        ${coordinator ? `<th scope="col">${esc(t('guides.changeCol'))}</th>` : ''}</tr></thead>
      <tbody>${guides.map((g) => `<tr data-guide="${esc(g.id)}"><td>${esc(g.name)}</td><td>${(g.taskTypes || []).map((x) => esc(code('task', x))).join(', ')}</td>
        <td>${(g.disabilityExperience || []).map((x) => esc(code('disability', x))).join(', ') || '–'}</td><td>${esc(code('area', g.area))}</td>
        <td class="text-right">${g.activeMatches} / ${g.capacity}${g.activeMatches >= g.capacity ? ` <strong>(${esc(t('guides.full'))})</strong>` : ''}</td>
        <td class="guide-status">${esc(code('guides.status', g.status))}</td>
        ${coordinator ? `<td><button type="button" class="button button-secondary change-status" data-guide="${esc(g.id)}">${esc(t('guides.change'))}<span class="sr-only">: ${esc(g.name)}</span></button></td>` : ''}</tr>`).join('')}</tbody></table></div>
    ${coordinator && change.guideId ? statusPart(guides.find((g) => g.id === change.guideId)) : ''}
    ${coordinator ? `<h2 id="register-heading">${esc(t('guides.register'))}</h2>
    <form id="guide-form" novalidate>
      ${errorSummary(errors)}
      ${input({ path: 'name', label: t('guides.name'), value: form.name, error: errors.name })}
      ${checks('taskTypes', t('guides.tasks'), TASKS, 'task.', form.taskTypes)}
      ${checks('disabilityExperience', t('guides.experience'), DISABILITIES, 'disability.', form.disabilityExperience)}
      ${radios({ path: 'area', legend: t('guides.area'), value: form.area, error: errors.area, options: AREAS.map((a) => ({ value: a, label: code('area', a) })) })}
      ${input({ path: 'capacity', type: 'number', label: t('guides.capacity'), hint: t('guides.capacityHint'), value: form.capacity, error: errors.capacity, width: 'input-width-xs' })}
      ${radios({ path: 'status', legend: t('guides.status'), value: form.status, error: errors.status, options: STATUSES.map((s) => ({ value: s, label: code('guides.status', s) })) })}
      <button type="submit" class="button button-primary" id="register">${esc(t('guides.registerButton'))}</button>
    </form>` : ''}`;
  wireStatus(main, user, guides);
  const f = main.querySelector('#guide-form');
  if (!f) return;
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    form.name = main.querySelector('#' + fieldId('name')).value.trim();
    form.taskTypes = [...main.querySelectorAll('input[name="taskTypes"]:checked')].map((c) => c.value);
    form.disabilityExperience = [...main.querySelectorAll('input[name="disabilityExperience"]:checked')].map((c) => c.value);
    const area = main.querySelector('input[name="area"]:checked');
    form.area = area ? area.value : null;
    form.capacity = main.querySelector('#' + fieldId('capacity')).value.trim();
    const st = main.querySelector('input[name="status"]:checked');
    form.status = st ? st.value : null;
    errors = {};
    flash = null;
    try {
      const g = await post('/api/guides', { name: form.name, kind: 'PEER', taskTypes: form.taskTypes, disabilityExperience: form.disabilityExperience,
        languages: ['da'], area: form.area, availability: [], capacity: form.capacity === '' ? null : Number(form.capacity), status: form.status });
      flash = t('guides.registered', { name: g.name });
      Object.assign(form, { name: '', taskTypes: [], disabilityExperience: [], area: null, capacity: '2', status: 'INTERESTED' });
    } catch (err) {
      if (!(err instanceof ApiError && err.status === 400)) throw err;
      errors = fieldErrors(err);
    }
    await render(main, user);
    (main.querySelector('#error-summary') || main.querySelector('#guides-heading')).focus();
  });
}

/** The form that moves one guide along the path: only the moves the path allows, each with what it needs. */
function statusPart(g) {
  if (!g) {
    return '';
  }
  const moves = nextStatuses(g.status);
  const e = change.errors;
  const show = (s) => (change.status === s ? '' : ' hidden');
  return `<section class="status-change" aria-labelledby="status-heading" id="status-part">
    <h2 tabindex="-1" id="status-heading">${esc(t('guides.changeTitle', { name: g.name }))}</h2>
    <p>${esc(t('guides.statusNow', { status: code('guides.status', g.status) }))}</p>
    ${change.note ? `<div id="status-note" tabindex="-1">${alertBox('error', t('guides.statusNotChanged'), change.note)}</div>` : ''}
    ${moves.length ? `<form id="status-form" novalidate>
      ${errorSummary(e)}
      ${radios({ path: 'newStatus', legend: t('guides.newStatus'), value: change.status, error: e.newStatus,
    options: moves.map((s) => ({ value: s, label: t('guides.move.' + s) })) })}
      <div id="needs-ADMITTED"${show('ADMITTED')}>
        ${checkbox({ id: fieldId('criminalRecordSeen'), label: t('guides.criminalRecordSeen'), checked: change.seen, error: e.criminalRecordSeen })}
        ${dateInput({ path: 'criminalRecordSeenOn', legend: t('guides.criminalRecordSeenOn'), hint: t('guides.criminalRecordSeenOnHint'), value: change.seenOn, error: e.criminalRecordSeenOn })}
      </div>
      <div id="needs-IN_TRAINING"${show('IN_TRAINING')}>
        ${input({ path: 'cohort', label: t('guides.cohort'), hint: t('guides.cohortHint'), value: change.cohort, error: e.cohort })}
      </div>
      <div id="needs-CERTIFIED"${show('CERTIFIED')}>
        ${dateInput({ path: 'ocnCertifiedOn', legend: t('guides.ocnCertifiedOn'), value: change.ocnOn, error: e.ocnCertifiedOn })}
      </div>
      <div class="wizard-buttons">
        <button type="submit" class="button button-primary" id="save-status">${esc(t('guides.saveStatus'))}</button>
        <button type="button" class="button button-secondary" id="cancel-status">${esc(t('guides.cancel'))}</button>
      </div>
    </form>` : `<p>${esc(t('guides.noMoves'))}</p>`}
  </section>`;
}

function readStatus(main) {
  const checked = main.querySelector('input[name="newStatus"]:checked');
  change.status = checked ? checked.value : null;
  change.seen = main.querySelector('#' + fieldId('criminalRecordSeen')).checked;
  change.seenOn = readDate(main, 'criminalRecordSeenOn');
  change.cohort = main.querySelector('#' + fieldId('cohort')).value.trim();
  change.ocnOn = readDate(main, 'ocnCertifiedOn');
  const e = {};
  if (!change.status) e.newStatus = t('guides.error.status');
  if (change.status === 'ADMITTED') {
    if (!change.seen) e.criminalRecordSeen = t('guides.error.criminalRecord');
    if (change.seenOn === null) e.criminalRecordSeenOn = t('guides.error.date');
  }
  if (change.status === 'IN_TRAINING' && !change.cohort) e.cohort = t('guides.error.cohort');
  if (change.status === 'CERTIFIED') {
    if (change.ocnOn === null) e.ocnCertifiedOn = t('guides.error.date');
    else if (!change.ocnOn) e.ocnCertifiedOn = t('guides.error.ocn');
  }
  return e;
}

function wireStatus(main, user, guides) {
  main.querySelectorAll('.change-status').forEach((b) => b.addEventListener('click', async () => {
    Object.assign(change, { guideId: b.dataset.guide, status: null, cohort: '', seen: false, seenOn: null, ocnOn: null, errors: {}, note: null });
    flash = null;
    await render(main, user);
    main.querySelector('#status-heading').focus();
  }));
  const form = main.querySelector('#status-form');
  if (!form) return;
  form.querySelectorAll('input[name="newStatus"]').forEach((r) => r.addEventListener('change', () => {
    ['ADMITTED', 'IN_TRAINING', 'CERTIFIED'].forEach((s) => { main.querySelector('#needs-' + s).hidden = r.value !== s || !r.checked; });
  }));
  main.querySelector('#cancel-status').addEventListener('click', async () => {
    const id = change.guideId;
    change.guideId = null;
    await render(main, user);
    main.querySelector(`.change-status[data-guide="${CSS.escape(id)}"]`).focus();
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    change.errors = readStatus(main);
    change.note = null;
    const g = guides.find((x) => x.id === change.guideId);
    if (!Object.keys(change.errors).length) {
      main.querySelector('#save-status').disabled = true;
      const body = { status: change.status };
      if (change.status === 'ADMITTED') Object.assign(body, { criminalRecordSeen: true, criminalRecordSeenOn: change.seenOn || null });
      if (change.status === 'IN_TRAINING') body.cohort = change.cohort;
      if (change.status === 'CERTIFIED') body.ocnCertifiedOn = change.ocnOn;
      try {
        const after = await post('/api/guides/' + encodeURIComponent(change.guideId) + '/status', body);
        flash = t('guides.statusChanged', { name: g.name, status: code('guides.status', after.status) });
        change.guideId = null;
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        if (err.status === 400) change.errors = Object.fromEntries(Object.entries(fieldErrors(err)).map(([k, v]) => [CHANGE_FIELDS[k] || k, v]));
        else if (err.status === 409 || err.status === 403 || err.status === 404) change.note = pick(err.messageDa, err.messageEn);
        else throw err;
      }
    }
    await render(main, user);
    const target = !change.guideId ? main.querySelector('#guides-heading')
      : main.querySelector('#status-note') || main.querySelector('#error-summary') || main.querySelector('#status-heading');
    target.focus();
  });
}

// The administrator's menu has it too (layout.js), so they may open it: read only, as the team.
mountPage({ roles: ['coordinator', 'team', 'admin'], titleKey: 'guides.title', render });
