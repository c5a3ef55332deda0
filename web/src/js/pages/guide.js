// The signed-in guide's own page, in easy-read words (guides are service users themselves): new citizens the
// coordinator asks them to help, to say yes or no to; the citizens they are a guide for, with their meetings and a
// form to write about each after it; and "pause me".
import { mountPage, esc, alertBox } from '../layout.js';
import { t, lang, pick, code } from '../i18n.js';
import { get, post, ApiError } from '../api.js';
import { date, todayIso } from '../format.js';
import { fieldErrors } from '../forms.js';
import { selfStatusMove } from '../match-model.js';
import { meetingsTable, logForm, readLogForm } from '../meetings.js';

const state = { flash: null, form: null, errors: {}, values: {} };

/**
 * What the guide needs to help: the citizen's first name, the area, the times; the needs and the disability only if
 * the citizen chose to share them (the API leaves them out otherwise and names them in `withheld`).
 */
function aboutCitizen(m) {
  const withheld = m.withheld || [];
  const row = (k, v, field) => (withheld.includes(field)
    ? `<div class="detail not-shared"><dt>${esc(t(k))}</dt><dd>${esc(t('gp.notShared'))}</dd></div>`
    : v ? `<div class="detail"><dt>${esc(t(k))}</dt><dd>${esc(v)}</dd></div>` : '');
  const times = (m.availability || []).map((slot) => slot.split('_').map((p) => code('slot', p)).join(' ')).join(', ');
  return `<dl class="details about-citizen">${row('gp.about.name', m.citizenFirstName)}${row('gp.about.area', m.area ? code('area', m.area) : '')}
    ${row('gp.about.times', times)}${row('gp.about.needs', m.needs, 'needs')}${row('gp.about.disability', m.citizenDisability ? code('disability', m.citizenDisability) : '', 'disability')}</dl>`;
}

async function mine(status) {
  const page = await get('/api/matches?status=' + status + '&limit=100');
  return page.items || [];
}

/** The guide's matches, or {message} why there are none to show (a login not linked to a guide profile). */
async function load() {
  try {
    const [asked, active] = await Promise.all([mine('APPROVED'), mine('ACCEPTED')]);
    return { asked, active };
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    if (e.status === 400) {
      const first = e.errors[0];
      return { message: first ? pick(first.da, first.en) : pick(e.messageDa, e.messageEn) };
    }
    throw e;
  }
}

async function render(main) {
  const l = lang();
  const data = await load();
  const head = `<h1 tabindex="-1" id="guide-heading">${esc(t('gp.title'))}</h1>
    <div id="flash" tabindex="-1">${state.flash ? alertBox(state.flash.kind, state.flash.heading, state.flash.text) : ''}</div>
    <p class="font-lead">${esc(t('gp.lead'))}</p>`;
  if (data.message) {
    main.innerHTML = head + alertBox('info', data.message, t('gp.askCoordinator'));
    return;
  }
  const { asked, active } = data;
  const guideId = [...asked, ...active].map((m) => m.guideId)[0] || null;
  let guide = null;
  if (guideId) {
    try {
      guide = await get('/api/guides/' + encodeURIComponent(guideId));
    } catch (e) {
      if (!(e instanceof ApiError && (e.status === 403 || e.status === 404))) throw e;
    }
  }
  const move = guide ? selfStatusMove(guide.status) : null;
  main.innerHTML = `${head}
    <h2>${esc(t('gp.newTitle', { n: asked.length }))}</h2>
    ${asked.length ? `<ul class="nobullet-list guide-matches">${asked.map((m) => `<li class="match" data-match="${esc(m.id)}">
      <h3>${esc(t('gp.newItem', { task: code('task', m.taskType) }))}</h3>
      ${m.approvedAt ? `<p>${esc(t('gp.askedOn', { date: date(todayIso(new Date(m.approvedAt)), l) }))}</p>` : ''}
      ${aboutCitizen(m)}
      <p class="wizard-buttons"><button type="button" class="button button-primary answer" data-answer="accept" data-match="${esc(m.id)}">${esc(t('gp.accept'))}<span class="sr-only">: ${esc(code('task', m.taskType))}</span></button>
        <button type="button" class="button button-secondary answer" data-answer="decline" data-match="${esc(m.id)}">${esc(t('gp.decline'))}<span class="sr-only">: ${esc(code('task', m.taskType))}</span></button></p>
    </li>`).join('')}</ul>` : `<p>${esc(t('gp.noNew'))}</p>`}
    <h2>${esc(t('gp.activeTitle', { n: active.length }))}</h2>
    ${active.length ? active.map((m, i) => `<section class="match" data-match="${esc(m.id)}" aria-labelledby="active-${i}">
      <h3 id="active-${i}">${esc(m.citizenFirstName ? t('gp.activeItemWith', { task: code('task', m.taskType), name: m.citizenFirstName }) : t('gp.activeItem', { task: code('task', m.taskType) }))}</h3>
      ${aboutCitizen(m)}
      ${(m.meetings || []).length ? meetingsTable(m, 'meetings-' + i) : `<p>${esc(t('gp.noMeetingYet'))}</p>`}
      ${logForm(m, 'm' + i, state.form === 'm' + i ? { errors: state.errors, values: state.values } : {})}
    </section>`).join('') : `<p>${esc(t('gp.none'))}</p>`}
    <h2>${esc(t('gp.pauseTitle'))}</h2>
    ${guide ? `<p id="guide-status">${esc(t('gp.statusNow', { status: code('guides.status', guide.status).toLowerCase() }))}</p>` : ''}
    <p>${esc(t('gp.pauseLead'))}</p>
    ${move ? `<p><button type="button" class="button button-secondary" id="pause" data-status="${move}" data-guide="${esc(guide.id)}">${esc(t(move === 'PAUSED' ? 'gp.pause' : 'gp.resume'))}</button></p>`
    : `<p>${esc(t('gp.askCoordinator'))}</p>`}`;

  main.querySelectorAll('.answer').forEach((b) => b.addEventListener('click', () => send(main, null,
    '/api/matches/' + encodeURIComponent(b.dataset.match) + '/' + b.dataset.answer, {}, b.dataset.answer === 'accept' ? 'gp.accepted' : 'gp.declined')));
  active.forEach((m, i) => {
    const f = main.querySelector('#m' + i + '-log-form');
    if (!f) return;
    f.addEventListener('submit', (e) => {
      e.preventDefault();
      const { values, errors, body } = readLogForm(main, 'm' + i);
      Object.assign(state, { form: 'm' + i, values, errors });
      if (Object.keys(errors).length) {
        state.flash = null;
        render(main).then(() => focusForm(main));
        return;
      }
      send(main, 'm' + i, '/api/matches/' + encodeURIComponent(m.id) + '/meetings/' + encodeURIComponent(values.no) + '/log', body, 'mp.logSaved');
    });
  });
  const pause = main.querySelector('#pause');
  if (pause) {
    pause.addEventListener('click', () => send(main, null, '/api/guides/' + encodeURIComponent(pause.dataset.guide) + '/status',
      { status: pause.dataset.status }, pause.dataset.status === 'PAUSED' ? 'gp.paused' : 'gp.resumed'));
  }
}

function focusForm(main) {
  const f = main.querySelector('#' + state.form + '-log-form');
  const first = f && f.querySelector('[aria-invalid="true"], .form-error input, .form-error textarea');
  (first || main.querySelector('#guide-heading')).focus();
}

async function send(main, form, path, body, doneKey) {
  state.flash = null;
  try {
    await post(path, body);
    Object.assign(state, { form: null, errors: {}, values: {}, flash: { kind: 'success', heading: t(doneKey), text: null } });
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    if (e.status === 400 && form) {
      state.errors = fieldErrors(e);
    } else if ([400, 403, 404, 409].includes(e.status)) {
      state.flash = { kind: 'error', heading: t('mp.notSaved'), text: pick(e.messageDa, e.messageEn) };
    } else {
      throw e;
    }
  }
  await render(main);
  if (form && Object.keys(state.errors).length) {
    focusForm(main);
  } else {
    (state.flash ? main.querySelector('#flash') : main.querySelector('#guide-heading')).focus();
  }
}

mountPage({ roles: ['guide'], titleKey: 'gp.title', render });
