// The team's review queue: due dates, overdue first, the rule findings per application. The order, the due dates
// and which are overdue are the API's (the answer window is one setting on the server).
import { mountPage, esc, icon } from '../layout.js';
import { moneyLeftSection } from '../money-left.js';
import { t, lang, code } from '../i18n.js';
import { get } from '../api.js';
import { kr, date, todayIso } from '../format.js';
import { queueSummary, confirmationParties, queueCaption } from '../queue-model.js';

function findingsSummary(findings) {
  if (!findings || !findings.length) {
    return esc(t('team.noFindings'));
  }
  const blocking = findings.filter((f) => f.severity === 'BLOCKING');
  const advisory = findings.filter((f) => f.severity !== 'BLOCKING');
  return [blocking.length ? `${icon('error')}${esc(t('team.blocking', { n: blocking.length }))} (${blocking.map((f) => esc(f.code)).join(', ')})` : '',
    advisory.length ? `${icon('info')}${esc(t('team.advisory', { n: advisory.length }))} (${advisory.map((f) => esc(f.code)).join(', ')})` : '']
    .filter(Boolean).join('<br>');
}

/** The applications decided lately (granted, partly granted, rejected), newest decision first. */
async function decidedRecently() {
  const pages = await Promise.all(['APPROVED', 'PARTIALLY_APPROVED', 'REJECTED']
    .map((s) => get('/api/applications?status=' + s + '&limit=25')));
  return pages.flatMap((p) => p.items).sort((a, b) => String(b.decidedAt).localeCompare(String(a.decidedAt))).slice(0, 25);
}

function decidedList(items, l) {
  return `<section id="decided" aria-labelledby="decided-heading"><h2 id="decided-heading">${esc(t('team.decided'))}</h2>
    ${items.length ? `<ul class="decided-list">${items.map((a) => `<li data-id="${esc(a.id)}"><a href="/review.html?id=${encodeURIComponent(a.id)}">${esc(a.wish && a.wish.headline ? a.wish.headline : a.id)}</a>:
      ${esc(code('staffStatus', a.status))}${a.decidedAt ? ' (' + esc(date(todayIso(new Date(a.decidedAt)), l)) + ')' : ''}${a.grantedOre ? ', ' + esc(kr(a.grantedOre, l)) : ''}</li>`).join('')}</ul>`
    : `<p>${esc(t('team.decidedNone'))}</p>`}</section>`;
}

/** The broken 14-day promises (the API's breach list): still waiting first by due date, then those answered late. */
function breachList(breaches, days, l) {
  return `<section id="breaches" aria-labelledby="breaches-heading"><h2 id="breaches-heading">${esc(t('team.breaches'))}</h2>
    ${days ? `<p>${esc(t('team.breaches.lead', { days }))}</p>` : ''}
    ${breaches.length ? `<ul class="breach-list">${breaches.map((b) => `<li data-id="${esc(b.applicationId)}">
      <a href="/review.html?id=${encodeURIComponent(b.applicationId)}">${esc(b.applicationId)}</a>: ${esc(date(b.dueDate, l))},
      ${esc(t(b.decidedOn ? 'team.breaches.decided' : 'team.breaches.open', { days: b.daysLate }))}</li>`).join('')}</ul>`
    : `<p>${esc(t('team.breaches.none'))}</p>`}</section>`;
}

const COLS = ['due', 'wish', 'applicant', 'amount', 'status', 'confirmed', 'findings'];

/** Who has confirmed: the citizen and the contact person apart, each with a tick or a cross in words. */
function confirmedSummary(a) {
  return confirmationParties(a).map((p) => `<span class="party party-${p.done ? 'done' : 'missing'}">${icon(p.done ? 'check' : 'close')}${esc(t('team.party.' + p.role + (p.done ? '.done' : '.missing')))}</span>`).join('<br>');
}

mountPage({
  roles: ['team', 'admin'],
  titleKey: 'team.title',
  render: async (main) => {
    const items = await get('/api/applications/queue');
    // An empty queue carries no answer window: the pools carry the same setting.
    const pools = await get('/api/pools');
    const summary = queueSummary(items, items.length ? [] : pools);
    const l = lang();
    main.innerHTML = `<h1>${esc(t('team.title'))}</h1>
      ${pools.length ? moneyLeftSection(pools[0], l) : ''}
      ${summary.answerDays ? `<p class="font-lead" id="queue-lead">${esc(t('team.lead', { days: summary.answerDays }))}</p>` : ''}
      ${items.length ? `<table class="table table--zebra table--responsive-headers" id="queue">
        <caption>${esc(queueCaption(summary))}</caption>
        <thead><tr>${COLS.map((c) => `<th scope="col">${esc(t('team.col.' + c))}</th>`).join('')}</tr></thead>
        <tbody>${items.map((a) => `<tr class="${a.overdue ? 'overdue' : ''}" data-id="${esc(a.id)}">
          <td data-title="${esc(t('team.col.due'))}">${esc(date(a.dueDate, l))}${a.overdue ? ` <strong class="tag-overdue">${icon('warning')}${esc(t('team.overdue'))}</strong>` : ''}</td>
          <td data-title="${esc(t('team.col.wish'))}"><a href="/review.html?id=${encodeURIComponent(a.id)}">${esc(a.wish && a.wish.headline ? a.wish.headline : a.id)}</a></td>
          <td data-title="${esc(t('team.col.applicant'))}">${esc(a.applicants && a.applicants[0] ? a.applicants[0].name : '')}</td>
          <td data-title="${esc(t('team.col.amount'))}" class="text-right">${esc(kr(a.requestedOre, l))}</td>
          <td data-title="${esc(t('team.col.status'))}">${esc(code('staffStatus', a.status))}</td>
          <td data-title="${esc(t('team.col.confirmed'))}" class="queue-confirmed">${confirmedSummary(a)}</td>
          <td data-title="${esc(t('team.col.findings'))}">${findingsSummary(a.findings)}</td></tr>`).join('')}</tbody></table>`
    : `<p>${esc(t('team.empty'))}</p>`}
      ${breachList(await get('/api/deadlines/breaches'), summary.answerDays, l)}
      ${decidedList(await decidedRecently(), l)}`;
  },
});
