// One match after the coordinator approved it, followed up to its closure: the guide's answer (given here when the
// guide was reached by phone), the first meeting with the staff member who facilitates it, the meetings and what was
// written about them, meetings agreed at the first one, the debrief with the guide, the bus-training programme, and
// the closure with a word from both sides. Each part calls its endpoint of the guides' follow-up.
import { mountPage, esc, alertBox } from '../layout.js';
import { t, lang, pick, code } from '../i18n.js';
import { get, post, ApiError } from '../api.js';
import { date, dateTime, todayIso } from '../format.js';
import { input, checkbox, dateInput, readDate, readDateParts, fieldErrors, errorSummary } from '../forms.js';
import { canScheduleFirstMeeting, firstMeeting, firstMeetingHeld, hasBusTraining, localDateTime, parseTime } from '../match-model.js';
import { meetingsTable, logForm, readLogForm, LOG_MAX } from '../meetings.js';

const state = { section: null, errors: {}, values: {}, typed: {}, flash: null };
/** The API's field names in each part's form, as the page's field paths. */
const API_FIELDS = {
  first: { startsAt: 'first.date', place: 'first.place', facilitator: 'first.facilitator' },
  agree: { 'meetings[0].startsAt': 'agree.date', 'meetings[0].place': 'agree.place', meetings: 'agree.date' },
  debrief: { notes: 'debrief.notes' },
  bus: { startsOn: 'bus.date', at: 'bus.time', place: 'bus.place' },
  close: { citizenFeedback: 'close.citizenFeedback', guideFeedback: 'close.guideFeedback' },
  log: { held: 'held', log: 'log' },
};

function errs(section) {
  return state.section === section ? state.errors : {};
}

function val(section, name, fallback = '') {
  const v = state.section === section ? state.values[name] : undefined;
  return v ?? fallback;
}

function part(section, titleKey, inner) {
  return `<section class="match-part" id="part-${section}" aria-labelledby="part-${section}-heading">
    <h2 id="part-${section}-heading">${esc(t(titleKey))}</h2>
    ${inner}</section>`;
}

/** Date, time and place fields; the first meeting adds the facilitator. */
function whenWhere(section, { facilitator = false, placeOptional = false, dateKey = 'mp.field.date' } = {}) {
  const e = errs(section);
  return `${errorSummary(e)}
    ${dateInput({ path: section + '.date', legend: t(dateKey), value: val(section, 'date', null), error: e[section + '.date'],
    typed: state.section === section ? state.typed[section + '.date'] : null })}
    ${input({ path: section + '.time', label: t('mp.field.time'), hint: t('mp.field.timeHint'), value: val(section, 'time'), error: e[section + '.time'], width: 'input-width-xs' })}
    ${input({ path: section + '.place', label: t('mp.field.place'), hint: t('mp.field.placeHint'), value: val(section, 'place'), error: e[section + '.place'], optional: placeOptional })}
    ${facilitator ? input({ path: section + '.facilitator', label: t('mp.field.facilitator'), hint: t('mp.field.facilitatorHint'),
    value: val(section, 'facilitator'), error: e[section + '.facilitator'] }) : ''}`;
}

/** Reads date, time and place (and facilitator); returns the errors found before anything is sent. */
function readWhenWhere(main, section, { facilitator = false, placeOptional = false } = {}) {
  const errors = {};
  const d = readDate(main, section + '.date');
  const timeText = main.querySelector('#f-' + section + '-time').value.trim();
  const values = { date: d || null, time: timeText, place: main.querySelector('#f-' + section + '-place').value.trim() };
  state.typed[section + '.date'] = d === null ? readDateParts(main, section + '.date') : null;
  if (d === null) errors[section + '.date'] = t('mp.error.date');
  else if (!d) errors[section + '.date'] = t('mp.error.dateRequired');
  if (!parseTime(timeText)) errors[section + '.time'] = t('mp.error.time');
  if (!values.place && !placeOptional) errors[section + '.place'] = t('mp.error.place');
  if (facilitator) {
    values.facilitator = main.querySelector('#f-' + section + '-facilitator').value.trim();
    if (!values.facilitator) errors[section + '.facilitator'] = t('mp.error.facilitator');
  }
  return { values, errors };
}

function textArea(section, name, labelKey, errorKey) {
  const e = errs(section);
  return input({ path: section + '.' + name, type: 'textarea', label: t(labelKey), hint: t('mp.logHint'), value: val(section, name), error: e[section + '.' + name] });
}

function readText(main, section, name, errorKey, errors) {
  const v = main.querySelector('#f-' + section + '-' + name).value.trim();
  if (!v) errors[section + '.' + name] = t(errorKey);
  else if (v.length > LOG_MAX) errors[section + '.' + name] = t('mp.error.tooLong', { max: LOG_MAX });
  return v;
}

async function render(main) {
  const id = new URLSearchParams(location.search).get('id');
  const match = await get('/api/matches/' + encodeURIComponent(id));
  const [request, guide] = await Promise.all([get('/api/guide-requests/' + encodeURIComponent(match.requestId)),
    get('/api/guides/' + encodeURIComponent(match.guideId)).catch(() => null)]);
  const l = lang();
  const active = match.status === 'APPROVED' || match.status === 'ACCEPTED';
  const first = firstMeeting(match);
  const held = firstMeetingHeld(match);
  const guideName = guide ? guide.name : match.guideId;
  main.innerHTML = `<p><a href="/matching.html" class="back-link">${esc(t('mp.back'))}</a></p>
    <h1 tabindex="-1" id="match-heading">${esc(request.citizenName || t('mp.anonymised'))}: ${esc(code('task', (match.taskType || request.taskType)))}</h1>
    <p class="font-lead"><span id="match-guide">${esc(t('mp.guide', { guide: guideName }))}</span> · <span id="match-status">${esc(code('matchStatus', match.status))}</span>
      ${match.approvedAt ? ' · ' + esc(t('mp.approvedAt', { date: date(todayIso(new Date(match.approvedAt)), l) })) : ''}</p>
    <div id="flash" tabindex="-1">${state.flash ? alertBox(state.flash.kind, state.flash.heading, state.flash.text) : ''}</div>
    ${match.status === 'APPROVED' ? part('answer', 'mp.answerTitle', `<p>${esc(t('mp.answerLead'))}</p>
      <p class="wizard-buttons"><button type="button" class="button button-primary" id="accept">${esc(t('mp.accept'))}</button>
        <button type="button" class="button button-secondary" id="decline">${esc(t('mp.decline'))}</button></p>`) : ''}
    ${active || first ? part('first', 'mp.firstTitle', `
      ${first ? `<p id="first-meeting">${esc(t('mp.firstPlanned', { when: dateTime(first.startsAt, l), place: first.place || t('mp.gone'), facilitator: first.facilitator || t('mp.gone') }))}
        (${esc(code('meetingStatus', first.status))})</p>` : ''}
      ${match.status === 'APPROVED' ? `<p>${esc(t('mp.firstWaiting'))}</p>` : ''}
      ${canScheduleFirstMeeting(match) ? `<form id="first-form" novalidate><h3>${esc(t(first ? 'mp.firstMove' : 'mp.firstSchedule'))}</h3>
        ${whenWhere('first', { facilitator: true })}
        <button type="submit" class="button button-primary" id="save-first">${esc(t('mp.saveFirst'))}</button></form>` : ''}`) : ''}
    ${(match.meetings || []).length || match.status === 'ACCEPTED' ? part('log', 'mp.meetingsTitle', `
      ${meetingsTable(match, 'meetings')}
      ${match.status === 'ACCEPTED' ? logForm(match, 'log', { errors: errs('log'), values: state.section === 'log' ? state.values : {} }) : ''}`) : ''}
    ${held && match.status === 'ACCEPTED' ? part('agree', 'mp.agreeTitle', `<p>${esc(t('mp.agreeLead'))}</p>
      <form id="agree-form" novalidate>${whenWhere('agree', { placeOptional: true })}
        <button type="submit" class="button button-secondary" id="save-agree">${esc(t('mp.saveAgree'))}</button></form>`) : ''}
    ${held ? part('debrief', 'mp.debriefTitle', match.debrief
    ? `<p id="debrief">${esc(t('mp.debriefDone', { date: date(todayIso(new Date(match.debrief.at)), l), notes: match.debrief.notes || t('mp.gone') }))}
        ${match.debrief.followUpNeeded ? `<br><strong>${esc(t('mp.debriefSupport'))}</strong>` : ''}</p>`
    : `<p>${esc(t('mp.debriefLead'))}</p><form id="debrief-form" novalidate>${errorSummary(errs('debrief'))}
        ${textArea('debrief', 'notes', 'mp.debriefNotes')}
        ${checkbox({ id: 'f-debrief-followUpNeeded', label: t('mp.followUpNeeded'), checked: val('debrief', 'followUpNeeded', false) })}
        <button type="submit" class="button button-secondary" id="save-debrief">${esc(t('mp.saveDebrief'))}</button></form>`) : ''}
    ${held && match.status === 'ACCEPTED' && (match.taskType || request.taskType) === 'BUS_TRAINING' && !hasBusTraining(match)
    ? part('bus', 'mp.busTitle', `<p>${esc(t('mp.busLead'))}</p><form id="bus-form" novalidate>${whenWhere('bus', { dateKey: 'mp.busStart' })}
        <button type="submit" class="button button-secondary" id="save-bus">${esc(t('mp.saveBus'))}</button></form>`) : ''}
    ${active ? part('close', 'mp.closeTitle', `<p>${esc(t('mp.closeLead'))}</p><form id="close-form" novalidate>${errorSummary(errs('close'))}
        ${textArea('close', 'citizenFeedback', 'mp.citizenFeedback')}
        ${textArea('close', 'guideFeedback', 'mp.guideFeedback')}
        <button type="submit" class="button button-secondary" id="close-match">${esc(t('mp.closeButton'))}</button></form>`) : ''}
    ${match.closure ? `<section id="closure"><h2>${esc(t('mp.closeTitle'))}</h2>
      <p>${esc(t('mp.closed', { date: date(todayIso(new Date(match.closure.closedAt)), l) }))}</p>
      <dl class="details"><div class="detail"><dt>${esc(t('mp.citizenFeedback'))}</dt><dd>${esc(match.closure.citizenFeedback ?? t('mp.gone'))}</dd></div>
        <div class="detail"><dt>${esc(t('mp.guideFeedback'))}</dt><dd>${esc(match.closure.guideFeedback ?? t('mp.gone'))}</dd></div></dl></section>` : ''}`;
  wire(main);
}

/** Sends one part's form (or button) to its endpoint and draws the page again with the outcome. */
async function act(main, section, path, body, savedKey) {
  state.flash = null;
  try {
    await post('/api/matches/' + encodeURIComponent(new URLSearchParams(location.search).get('id')) + path, body);
    state.section = null;
    state.errors = {};
    state.values = {};
    state.flash = { kind: 'success', heading: t('mp.saved'), text: t(savedKey) };
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    if (e.status === 400) {
      const map = API_FIELDS[section] || {};
      state.errors = Object.fromEntries(Object.entries(fieldErrors(e)).map(([k, v]) => [map[k] || k, v]));
    } else if (e.status === 409 || e.status === 404 || e.status === 403) {
      state.flash = { kind: 'error', heading: t('mp.notSaved'), text: pick(e.messageDa, e.messageEn) };
    } else {
      throw e;
    }
  }
  await render(main);
  focusAfter(main, section);
}

function focusAfter(main, section) {
  const target = Object.keys(state.errors).length
    ? (main.querySelector(`#part-${section} [aria-invalid="true"], #part-${section} .form-error input, #part-${section} .form-error textarea`)
      || main.querySelector('#error-summary'))
    : state.flash ? main.querySelector('#flash') : main.querySelector('#match-heading');
  (target || main.querySelector('#match-heading')).focus();
}

/** Errors found in the page before sending: kept with what was typed, and the first field with an error focused. */
function invalid(main, section, errors, values) {
  state.section = section;
  state.errors = errors;
  state.values = values;
  state.flash = null;
  return render(main).then(() => focusAfter(main, section));
}

function onSubmit(main, formId, handler) {
  const f = main.querySelector('#' + formId);
  if (f) {
    f.addEventListener('submit', (e) => {
      e.preventDefault();
      f.querySelector('button[type="submit"]').disabled = true;
      handler();
    });
  }
}

function wire(main) {
  const accept = main.querySelector('#accept');
  if (accept) {
    accept.addEventListener('click', () => act(main, 'answer', '/accept', {}, 'mp.accepted'));
    main.querySelector('#decline').addEventListener('click', () => act(main, 'answer', '/decline', {}, 'mp.declined'));
  }
  onSubmit(main, 'first-form', () => {
    const { values, errors } = readWhenWhere(main, 'first', { facilitator: true });
    if (Object.keys(errors).length) return invalid(main, 'first', errors, values);
    state.section = 'first';
    state.values = values;
    return act(main, 'first', '/first-meeting', { startsAt: localDateTime(values.date, parseTime(values.time)), place: values.place,
      facilitator: values.facilitator }, 'mp.firstSaved');
  });
  onSubmit(main, 'log-log-form', () => {
    const { values, errors, body } = readLogForm(main, 'log');
    if (Object.keys(errors).length) return invalid(main, 'log', errors, values);
    state.section = 'log';
    state.values = values;
    return act(main, 'log', '/meetings/' + encodeURIComponent(values.no) + '/log', body, 'mp.logSaved');
  });
  onSubmit(main, 'agree-form', () => {
    const { values, errors } = readWhenWhere(main, 'agree', { placeOptional: true });
    if (Object.keys(errors).length) return invalid(main, 'agree', errors, values);
    state.section = 'agree';
    state.values = values;
    return act(main, 'agree', '/meetings', { meetings: [{ startsAt: localDateTime(values.date, parseTime(values.time)), place: values.place || null }] }, 'mp.agreed');
  });
  onSubmit(main, 'debrief-form', () => {
    const errors = {};
    const values = { notes: readText(main, 'debrief', 'notes', 'mp.error.notes', errors),
      followUpNeeded: main.querySelector('#f-debrief-followUpNeeded').checked };
    if (Object.keys(errors).length) return invalid(main, 'debrief', errors, values);
    state.section = 'debrief';
    state.values = values;
    return act(main, 'debrief', '/debrief', values, 'mp.debriefSaved');
  });
  onSubmit(main, 'bus-form', () => {
    const { values, errors } = readWhenWhere(main, 'bus');
    if (Object.keys(errors).length) return invalid(main, 'bus', errors, values);
    state.section = 'bus';
    state.values = values;
    return act(main, 'bus', '/bus-training', { startsOn: values.date, at: parseTime(values.time), place: values.place }, 'mp.busSaved');
  });
  onSubmit(main, 'close-form', () => {
    const errors = {};
    const values = { citizenFeedback: readText(main, 'close', 'citizenFeedback', 'mp.error.citizenFeedback', errors),
      guideFeedback: readText(main, 'close', 'guideFeedback', 'mp.error.guideFeedback', errors) };
    if (Object.keys(errors).length) return invalid(main, 'close', errors, values);
    state.section = 'close';
    state.values = values;
    return act(main, 'close', '/close', values, 'mp.closedNow');
  });
  // The summary's links take the person to the field itself.
  main.querySelectorAll('#error-summary a').forEach((a) => a.addEventListener('click', (e) => {
    e.preventDefault();
    const target = main.querySelector(a.getAttribute('href'));
    const field = target && (target.matches('input,textarea') ? target : target.querySelector('input,textarea'));
    (field || target).focus();
  }));
}

mountPage({ roles: ['coordinator'], titleKey: 'mp.title', render });
