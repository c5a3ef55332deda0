// The guide registry: who the guides are, what they help with, their load; the coordinator registers new ones.
import { mountPage, esc, alertBox } from '../layout.js';
import { t } from '../i18n.js';
import { get, post, ApiError } from '../api.js';
import { input, radios, fieldErrors, errorSummary, fieldId } from '../forms.js';

const TASKS = ['ACCOMPANIMENT', 'VISITING_FRIEND', 'BUS_TRAINING', 'CITY_TRAINING', 'EXERCISE', 'SHOPPING', 'IT', 'TALKS', 'WISHES_AND_GOALS'];
const DISABILITIES = ['AUTISM', 'INTELLECTUAL_DISABILITY', 'ACQUIRED_BRAIN_INJURY', 'PHYSICAL', 'OTHER'];
const AREAS = ['Nord', 'Syd', 'Vest', 'Midtbyen'];
const STATUSES = ['INTERESTED', 'ADMITTED', 'IN_TRAINING', 'CERTIFIED', 'ACTIVE', 'PAUSED', 'STOPPED'];
let errors = {};
let flash = null;
const form = { name: '', taskTypes: [], disabilityExperience: [], area: null, capacity: '2', status: 'ACTIVE' };

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
        <th scope="col">${esc(t('guides.area'))}</th><th scope="col" class="text-right">${esc(t('guides.load'))}</th><th scope="col">${esc(t('guides.status'))}</th></tr></thead>
      <tbody>${guides.map((g) => `<tr><td>${esc(g.name)}</td><td>${(g.taskTypes || []).map((x) => esc(t('task.' + x))).join(', ')}</td>
        <td>${(g.disabilityExperience || []).map((x) => esc(t('disability.' + x))).join(', ') || '–'}</td><td>${esc(t('area.' + g.area))}</td>
        <td class="text-right">${g.activeMatches} / ${g.capacity}${g.activeMatches >= g.capacity ? ` <strong>(${esc(t('guides.full'))})</strong>` : ''}</td>
        <td>${esc(t('guides.status.' + g.status))}</td></tr>`).join('')}</tbody></table></div>
    ${coordinator ? `<h2 id="register-heading">${esc(t('guides.register'))}</h2>
    <form id="guide-form" novalidate>
      ${errorSummary(errors)}
      ${input({ path: 'name', label: t('guides.name'), value: form.name, error: errors.name })}
      ${checks('taskTypes', t('guides.tasks'), TASKS, 'task.', form.taskTypes)}
      ${checks('disabilityExperience', t('guides.experience'), DISABILITIES, 'disability.', form.disabilityExperience)}
      ${radios({ path: 'area', legend: t('guides.area'), value: form.area, error: errors.area, options: AREAS.map((a) => ({ value: a, label: t('area.' + a) })) })}
      ${input({ path: 'capacity', type: 'number', label: t('guides.capacity'), hint: t('guides.capacityHint'), value: form.capacity, error: errors.capacity, width: 'input-width-xs' })}
      ${radios({ path: 'status', legend: t('guides.status'), value: form.status, error: errors.status, options: STATUSES.map((s) => ({ value: s, label: t('guides.status.' + s) })) })}
      <button type="submit" class="button button-primary" id="register">${esc(t('guides.registerButton'))}</button>
    </form>` : ''}`;
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
      Object.assign(form, { name: '', taskTypes: [], disabilityExperience: [], area: null, capacity: '2', status: 'ACTIVE' });
    } catch (err) {
      if (!(err instanceof ApiError && err.status === 400)) throw err;
      errors = fieldErrors(err);
    }
    await render(main, user);
    (main.querySelector('#error-summary') || main.querySelector('#guides-heading')).focus();
  });
}

mountPage({ roles: ['coordinator', 'team'], titleKey: 'guides.title', render });
