// A match's meetings as a table, and the form to write about one (held or cancelled, a short note): the same on the
// coordinator's match page and on the guide's own page. Each form has its own id prefix, so a page can hold several.
import { t, lang, code } from './i18n.js';
import { esc } from './layout.js';
import { dateTime } from './format.js';
import { input, radios, errorSummary } from './forms.js';
import { meetingsToLog } from './match-model.js';

export const LOG_MAX = 1000;

/** "Bustræning, uge 2 (sidder hver for sig)" / "Første møde". */
export function meetingKind(m) {
  let s = code('meetingKind', m.kind);
  if (m.week) {
    s += ', ' + t('mp.week', { n: m.week });
  }
  if (m.support) {
    s += ' (' + code('support', m.support) + ')';
  }
  return s;
}

export function meetingsTable(match, id) {
  const list = [...(match.meetings || [])].sort((a, b) => a.no - b.no);
  if (!list.length) {
    return `<p>${esc(t('mp.noMeetings'))}</p>`;
  }
  const l = lang();
  return `<div class="table--responsive-scroll"><table class="table table--compact meetings" id="${esc(id)}">
    <caption class="sr-only">${esc(t('mp.meetingsTitle'))}</caption>
    <thead><tr><th scope="col">${esc(t('mp.col.no'))}</th><th scope="col">${esc(t('mp.col.kind'))}</th><th scope="col">${esc(t('mp.col.when'))}</th>
      <th scope="col">${esc(t('mp.col.place'))}</th><th scope="col">${esc(t('mp.col.status'))}</th><th scope="col">${esc(t('mp.col.log'))}</th></tr></thead>
    <tbody>${list.map((m) => `<tr data-no="${m.no}"><td>${m.no}</td><td>${esc(meetingKind(m))}${m.facilitator ? `<br><span class="form-hint">${esc(m.facilitator)}</span>` : ''}</td>
      <td>${esc(dateTime(m.startsAt, l))}</td><td>${esc(m.place || '–')}</td><td>${esc(code('meetingStatus', m.status))}</td><td class="meeting-log">${esc(m.log || '')}</td></tr>`).join('')}</tbody>
  </table></div>`;
}

/** The form to write about the next meetings; '' when every meeting is written about. values: what was typed. */
export function logForm(match, prefix, { errors = {}, values = {} } = {}) {
  const open = meetingsToLog(match);
  if (!open.length) {
    return '';
  }
  const l = lang();
  const which = open.length === 1
    ? `<input type="hidden" id="${prefix}-no" value="${open[0].no}"><p>${esc(t('mp.logOption', { no: open[0].no, when: dateTime(open[0].startsAt, l) }))}</p>`
    : radios({ path: prefix + '.no', id: prefix + '-no', legend: t('mp.logWhich'), error: errors.no, value: values.no ?? String(open[0].no),
      options: open.map((m) => ({ value: String(m.no), label: t('mp.logOption', { no: m.no, when: dateTime(m.startsAt, l) }) + ' – ' + meetingKind(m) })) });
  return `<form class="log-form" id="${prefix}-log-form" novalidate aria-labelledby="${prefix}-log-heading">
    <h3 id="${prefix}-log-heading">${esc(t('mp.logTitle'))}</h3>
    ${errorSummary(errors, (k) => prefix + '-' + k)}
    ${which}
    ${radios({ path: prefix + '.held', id: prefix + '-held', legend: t('mp.held'), error: errors.held, value: values.held ?? '',
    options: [{ value: 'true', label: t('mp.heldYes') }, { value: 'false', label: t('mp.heldNo') }] })}
    ${input({ path: prefix + '.log', id: prefix + '-log', type: 'textarea', label: t('mp.log'), hint: t('mp.logHint'), value: values.log ?? '', error: errors.log })}
    <button type="submit" class="button button-primary" id="${prefix}-save-log">${esc(t('mp.saveLog'))}</button>
  </form>`;
}

/** What the form says: {no, held (true/false/null), log}, and the errors in it. */
export function readLogForm(root, prefix) {
  const noEl = root.querySelector('#' + prefix + '-no');
  const checkedNo = root.querySelector(`input[name="${prefix}.no"]:checked`);
  const no = noEl && noEl.type === 'hidden' ? noEl.value : checkedNo ? checkedNo.value : null;
  const held = root.querySelector(`input[name="${prefix}.held"]:checked`);
  const values = { no, held: held ? held.value : null, log: root.querySelector('#' + prefix + '-log').value.trim() };
  const errors = {};
  if (values.held === null) {
    errors.held = t('mp.error.held');
  }
  if (!values.log) {
    errors.log = t('mp.error.log');
  } else if (values.log.length > LOG_MAX) {
    errors.log = t('mp.error.tooLong', { max: LOG_MAX });
  }
  return { values, errors, body: { held: values.held === 'true', log: values.log } };
}
