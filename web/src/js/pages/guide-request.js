// Asking for a peer guide (medborgerguide). The citizen asks, or the contact person asks for a citizen they support
// (or the coordinator with the citizen); the request goes on the matching queue and the coordinator approves a guide.
// The person's own requests come from the API (?mine=true): whether a guide is found, and once the guide has said
// yes, the guide's first name and the meetings.
import { mountPage, esc, alertBox } from '../layout.js';
import { t, code } from '../i18n.js';
import { get, post, ApiError } from '../api.js';
import { pictogram } from '../pictograms.js';
import { input, radios, fieldErrors, errorSummary, fieldId } from '../forms.js';
import { date } from '../format.js';

const TASKS = [['BUS_TRAINING', 'bus'], ['ACCOMPANIMENT', 'hands'], ['VISITING_FRIEND', 'people'], ['CITY_TRAINING', 'guide'],
  ['EXERCISE', 'sprout'], ['SHOPPING', 'gift'], ['IT', 'phone'], ['TALKS', 'speech'], ['WISHES_AND_GOALS', 'star']];
const DISABILITIES = ['AUTISM', 'INTELLECTUAL_DISABILITY', 'ACQUIRED_BRAIN_INJURY', 'PHYSICAL', 'OTHER'];
const AREAS = ['Nord', 'Syd', 'Vest', 'Midtbyen'];
const DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];
const PARTS = ['AM', 'PM', 'EVE'];
const TIMINGS = ['BEFORE_MEETING', 'DURING_MEETING', 'AFTER_MEETING', 'NOT_LINKED'];

const form = { citizenSubject: null, citizenName: '', citizenDisability: null, needs: '', taskType: null, timing: 'NOT_LINKED',
  sameDisabilityPreferred: null, area: null, availability: [], subGoalText: '' };
let errors = {};
let sent = null;

let citizens = null;

function availabilityGrid() {
  return `<fieldset class="form-group availability" id="${fieldId('availability')}">
    <legend class="form-label">${esc(t('gr.availability'))} <span class="weight-normal">${esc(t('common.optional'))}</span></legend>
    ${errors.availability ? `<span class="form-error-message">${esc(errors.availability)}</span>` : ''}
    <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="${esc(t('gr.availability'))}"><table class="table table--compact"><caption class="sr-only">${esc(t('gr.availability'))}</caption>
      <thead><tr><th scope="col"><span class="sr-only">${esc(t('gr.day'))}</span></th>${PARTS.map((p) => `<th scope="col">${esc(t('slot.' + p))}</th>`).join('')}</tr></thead>
      <tbody>${DAYS.map((d) => `<tr><th scope="row">${esc(t('slot.' + d))}</th>${PARTS.map((p) => {
    const slot = d + '_' + p;
    return `<td><div class="form-group-checkbox"><input type="checkbox" class="form-checkbox" id="slot-${slot}" value="${slot}"${form.availability.includes(slot) ? ' checked' : ''}>
          <label class="form-label" for="slot-${slot}"><span class="sr-only">${esc(t('slot.' + d))} ${esc(t('slot.' + p))}</span></label></div></td>`;
  }).join('')}</tr>`).join('')}</tbody></table></div>
  </fieldset>`;
}

function read(main) {
  form.citizenName = main.querySelector('#' + fieldId('citizenName')).value.trim();
  form.needs = main.querySelector('#' + fieldId('needs')).value.trim();
  form.subGoalText = main.querySelector('#' + fieldId('subGoalText')).value.trim();
  const radio = (name) => {
    const c = main.querySelector(`input[name="${name}"]:checked`);
    return c ? c.value : null;
  };
  form.citizenDisability = radio('citizenDisability');
  form.taskType = radio('taskType');
  form.timing = radio('timing') || 'NOT_LINKED';
  const same = radio('sameDisabilityPreferred');
  form.sameDisabilityPreferred = same === null ? null : same === 'true';
  form.area = radio('area');
  form.availability = [...main.querySelectorAll('.availability input:checked')].map((i) => i.value);
}

/** For a contact person: which supported citizen it is for (the citizen then sees it in their own account). */
function citizenChoice() {
  if (!citizens || !citizens.length) {
    return '';
  }
  return `<fieldset class="form-group" id="for-citizen"><legend class="form-label">${esc(t('gr.forCitizen'))}</legend>
    ${citizens.map((c, i) => `<div class="form-group-radio"><input type="radio" class="form-radio" name="forCitizen" id="for-${i}" value="${esc(c.citizenSubject)}"${form.citizenSubject === c.citizenSubject ? ' checked' : ''}>
      <label class="form-label" for="for-${i}">${esc(c.citizenName)}</label></div>`).join('')}
    <div class="form-group-radio"><input type="radio" class="form-radio" name="forCitizen" id="for-none" value=""${form.citizenSubject ? '' : ' checked'}>
      <label class="form-label" for="for-none">${esc(t('apply.forCitizen.none'))}</label></div></fieldset>`;
}

function draw(main, user) {
  if (user.role === 'citizen' && !form.citizenName) {
    form.citizenName = user.name;
  }
  main.innerHTML = `
    <div class="question"><div class="question-pictogram">${pictogram('guide', 72)}</div><div class="question-body">
    <h1 tabindex="-1" id="gr-heading">${esc(t('gr.title'))}</h1>
    <p class="font-lead">${esc(t('gr.what'))}</p>
    ${sent ? alertBox('success', t('gr.sentTitle'), t('gr.sentText')) : ''}
    <form id="gr-form" novalidate>
      ${errorSummary(errors)}
      ${citizenChoice()}
      ${input({ path: 'citizenName', label: t('gr.citizenName'), value: form.citizenName, error: errors.citizenName })}
      ${radios({ path: 'taskType', legend: t('gr.taskType'), value: form.taskType, error: errors.taskType, pictogramFn: pictogram,
    options: TASKS.map(([v, p]) => ({ value: v, label: code('task', v), pict: p })) })}
      ${input({ path: 'needs', type: 'textarea', label: t('gr.needs'), hint: t('gr.needsHint'), value: form.needs, error: errors.needs })}
      ${radios({ path: 'citizenDisability', legend: t('gr.disability'), value: form.citizenDisability, error: errors.citizenDisability,
    options: DISABILITIES.map((v) => ({ value: v, label: code('disability', v) })) })}
      ${radios({ path: 'sameDisabilityPreferred', legend: t('gr.same'), error: errors.sameDisabilityPreferred,
    value: form.sameDisabilityPreferred === null ? '' : String(form.sameDisabilityPreferred),
    options: [{ value: 'true', label: t('common.yes') }, { value: 'false', label: t('gr.sameNo') }] })}
      ${radios({ path: 'area', legend: t('gr.area'), value: form.area, error: errors.area, options: AREAS.map((a) => ({ value: a, label: code('area', a) })) })}
      ${availabilityGrid()}
      ${radios({ path: 'timing', legend: t('gr.timing'), value: form.timing, error: errors.timing,
    options: TIMINGS.map((v) => ({ value: v, label: t('gr.timing.' + v) })) })}
      ${input({ path: 'subGoalText', type: 'textarea', label: t('gr.subGoal'), value: form.subGoalText, optional: true, error: errors.subGoalText })}
      <button type="submit" class="button button-primary" id="send-request">${esc(t('gr.send'))}</button>
    </form></div></div>
    ${mine(user)}`;
  main.querySelectorAll('input[name="forCitizen"]').forEach((radio) => radio.addEventListener('change', () => {
    const c = citizens.find((x) => x.citizenSubject === radio.value);
    form.citizenSubject = c ? c.citizenSubject : null;
    if (c) {
      main.querySelector('#' + fieldId('citizenName')).value = c.citizenName;
    }
  }));
  main.querySelector('#gr-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    read(main);
    errors = {};
    if (!form.citizenName) errors.citizenName = t('gr.error.citizenName');
    if (!form.taskType) errors.taskType = t('gr.error.taskType');
    if (!form.needs) errors.needs = t('gr.error.needs');
    if (form.sameDisabilityPreferred === null) errors.sameDisabilityPreferred = t('apply.error.choose');
    if (!form.area) errors.area = t('gr.error.area');
    if (!Object.keys(errors).length) {
      try {
        const res = await post('/api/guide-requests', { ...form, subGoalText: form.subGoalText || null,
          citizenSubject: form.citizenSubject || null });
        sent = res;
        Object.assign(form, { citizenSubject: null, citizenName: user.role === 'citizen' ? user.name : '', citizenDisability: null, needs: '', taskType: null, timing: 'NOT_LINKED',
          sameDisabilityPreferred: null, area: null, availability: [], subGoalText: '' });
      } catch (err) {
        if (!(err instanceof ApiError && err.status === 400)) throw err;
        errors = fieldErrors(err);
      }
    }
    await render(main, user);
    const first = main.querySelector('#error-summary') || main.querySelector('#gr-heading');
    first.focus();
  });
}

function mine(user) {
  return `<section id="my-requests" aria-live="polite"><h2>${esc(t('gr.mine'))}</h2><p>${esc(t('common.loading'))}</p></section>`;
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

async function fillMine(main, user) {
  const { items: rows } = await get('/api/guide-requests?mine=true');
  const el = main.querySelector('#my-requests');
  el.innerHTML = `<h2>${esc(t('gr.mine'))}</h2>${rows.length ? `<ul class="my-requests">${rows.map((r) => `<li data-request="${esc(r.id)}"><strong>${esc(r.citizenName)}</strong>,
    ${esc(code('task', r.taskType))} (${esc(date(r.createdAt))}): <span class="request-status">${esc(requestState(r))}</span>
    ${(r.meetings || []).length ? `<ul class="request-meetings">${r.meetings.map((m) => `<li>${esc(code('meetingKind', m.kind))}: ${esc(m.startsAt ? date(m.startsAt.slice(0, 10)) + ' ' + m.startsAt.slice(11, 16) : '')}${m.place ? ', ' + esc(m.place) : ''}</li>`).join('')}</ul>` : ''}</li>`).join('')}</ul>`
    : `<p>${esc(t('gr.noneYet'))}</p>`}`;
}

async function render(main, user) {
  if (user.role === 'contact-person' && citizens === null) {
    citizens = await get('/api/support-relations');
  }
  draw(main, user);
  await fillMine(main, user);
}

mountPage({ roles: ['citizen', 'contact-person', 'coordinator', 'team'], titleKey: 'gr.title', render });
