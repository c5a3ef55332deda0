// The team's review queue: due dates, overdue first, the rule findings per application. The order, the due dates
// and which are overdue are the API's (the answer window is one setting on the server).
import { mountPage, esc, icon } from '../layout.js';
import { t, lang, code } from '../i18n.js';
import { get } from '../api.js';
import { kr, date } from '../format.js';
import { queueSummary } from '../queue-model.js';

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

mountPage({
  roles: ['team', 'admin'],
  titleKey: 'team.title',
  render: async (main) => {
    const items = await get('/api/applications/queue');
    // An empty queue carries no answer window: the pools carry the same setting.
    const summary = queueSummary(items, items.length ? [] : await get('/api/pools'));
    const l = lang();
    main.innerHTML = `<h1>${esc(t('team.title'))}</h1>
      ${summary.answerDays ? `<p class="font-lead" id="queue-lead">${esc(t('team.lead', { days: summary.answerDays }))}</p>` : ''}
      ${items.length ? `<div class="table--responsive-scroll"><table class="table table--zebra" id="queue">
        <caption>${esc(t('team.caption', { n: summary.count, overdue: summary.overdue }))}</caption>
        <thead><tr><th scope="col">${esc(t('team.col.due'))}</th><th scope="col">${esc(t('team.col.wish'))}</th>
          <th scope="col">${esc(t('team.col.applicant'))}</th><th scope="col">${esc(t('team.col.amount'))}</th>
          <th scope="col">${esc(t('team.col.status'))}</th><th scope="col">${esc(t('team.col.findings'))}</th></tr></thead>
        <tbody>${items.map((a) => `<tr class="${a.overdue ? 'overdue' : ''}" data-id="${esc(a.id)}">
          <td>${esc(date(a.dueDate, l))}${a.overdue ? ` <strong class="tag-overdue">${icon('warning')}${esc(t('team.overdue'))}</strong>` : ''}</td>
          <td><a href="/review.html?id=${encodeURIComponent(a.id)}">${esc(a.wish && a.wish.headline ? a.wish.headline : a.id)}</a></td>
          <td>${esc(a.applicants && a.applicants[0] ? a.applicants[0].name : '')}</td>
          <td class="text-right">${esc(kr(a.requestedOre, l))}</td>
          <td>${esc(code('staffStatus', a.status))}</td>
          <td>${findingsSummary(a.findings)}</td></tr>`).join('')}</tbody></table></div>`
    : `<p>${esc(t('team.empty'))}</p>`}`;
  },
});
