// The coordinator's matching queue: requests with their waiting times, the ranked candidates with the parts of each
// score, approve the proposal or pick another; requests still without a proposal; active matches.
import { mountPage, esc, alertBox, notYet } from '../layout.js';
import { t, lang, pick } from '../i18n.js';
import { get, post, ApiError } from '../api.js';
import { date, daysBetween } from '../format.js';

const PARTS = [['taskFit', 35], ['disabilityExperience', 15], ['area', 20], ['availability', 15], ['load', 10], ['rotation', 5]];
let flash = null;

async function all(path) {
  const items = [];
  let cursor = null;
  do {
    const page = await get(path + (path.includes('?') ? '&' : '?') + 'limit=100' + (cursor ? '&cursor=' + encodeURIComponent(cursor) : ''));
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

function waited(since) {
  const days = Math.max(0, daysBetween(since, new Date()));
  return days === 0 ? t('match.waitedToday') : t('match.waitedDays', { n: days });
}

/** The proposal first, then the alternatives, best score first. */
export function ranked(match) {
  const proposed = { guideId: match.guideId, score: match.score, scoreParts: match.scoreParts, proposed: true };
  return [proposed, ...(match.alternatives || []).filter((c) => c.guideId !== match.guideId)
    .sort((a, b) => b.score - a.score)];
}

function candidates(match, guides) {
  const list = ranked(match);
  return `<table class="table table--compact candidates">
    <caption>${esc(t('match.candidatesFor', { name: match.request ? match.request.citizenName : match.requestId }))}</caption>
    <thead><tr><th scope="col">${esc(t('match.rank'))}</th><th scope="col">${esc(t('match.guide'))}</th>
      <th scope="col" class="text-right">${esc(t('match.score'))}</th>
      ${PARTS.map(([p, max]) => `<th scope="col" class="text-right">${esc(t('match.part.' + p))} <span class="weight-normal">(${esc(t('match.ofMax', { max }))})</span></th>`).join('')}
      <th scope="col">${esc(t('match.action'))}</th></tr></thead>
    <tbody>${list.map((c, i) => {
    const g = guides.get(c.guideId);
    const name = g ? g.name : c.guideId;
    return `<tr${c.proposed ? ' class="proposed"' : ''}>
        <td>${i + 1}${c.proposed ? ` <strong>(${esc(t('match.proposed'))})</strong>` : ''}</td>
        <td>${esc(name)}${g ? `<br><span class="form-hint">${esc(t('area.' + g.area))} · ${esc(t('match.load', { active: g.activeMatches, capacity: g.capacity }))}</span>` : ''}</td>
        <td class="text-right"><strong>${c.score}</strong></td>
        ${PARTS.map(([p]) => `<td class="text-right">${esc(c.scoreParts ? (c.scoreParts[p] ?? 0) : 0)}</td>`).join('')}
        <td><button type="button" class="button ${c.proposed ? 'button-primary' : 'button-secondary'} approve" data-match="${esc(match.id)}"
          data-guide="${c.proposed ? '' : esc(c.guideId)}">${esc(c.proposed ? t('match.approve') : t('match.pick'))}<span class="sr-only"> ${esc(name)}</span></button></td>
      </tr>`;
  }).join('')}</tbody></table>`;
}

async function render(main) {
  const [matches, guideList, open, noCandidate, active] = await Promise.all([
    all('/api/matches?status=PROPOSED'), get('/api/guides'), all('/api/guide-requests?status=OPEN'),
    all('/api/guide-requests?status=NO_CANDIDATE'), all('/api/matches?status=APPROVED')]);
  const guides = new Map(guideList.map((g) => [g.id, g]));
  for (const m of [...matches, ...active]) {
    m.request = await get('/api/guide-requests/' + encodeURIComponent(m.requestId));
  }
  matches.sort((a, b) => String(a.request.createdAt).localeCompare(String(b.request.createdAt)));
  const l = lang();
  const waiting = [...open, ...noCandidate].sort((a, b) => String(a.createdAt).localeCompare(String(b.createdAt)));
  main.innerHTML = `<h1 tabindex="-1" id="match-heading">${esc(t('match.title'))}</h1>
    ${flash ? alertBox(flash.kind, flash.heading, flash.text) : ''}
    <p class="font-lead">${esc(t('match.lead'))}</p>
    <h2>${esc(t('match.proposals', { n: matches.length }))}</h2>
    ${matches.length ? matches.map((m) => `<section class="match card-like" aria-labelledby="req-${esc(m.id)}">
      <h3 id="req-${esc(m.id)}">${esc(m.request.citizenName)}: ${esc(t('task.' + m.request.taskType))}</h3>
      <p><strong class="waited">${esc(waited(m.request.createdAt))}</strong> · ${esc(t('area.' + m.request.area))}
        ${m.request.sameDisabilityPreferred && m.request.citizenDisability ? ' · ' + esc(t('match.sameWanted', { d: t('disability.' + m.request.citizenDisability) })) : ''}</p>
      <p>${esc(m.request.needs)}</p>
      ${candidates(m, guides)}
    </section>`).join('') : `<p>${esc(t('match.noProposals'))}</p>`}
    <h2>${esc(t('match.waitingTitle', { n: waiting.length }))}</h2>
    ${waiting.length ? `<ul>${waiting.map((r) => `<li>${esc(r.citizenName)}: ${esc(t('task.' + r.taskType))}, ${esc(waited(r.createdAt))}
      (${esc(t('gr.status.' + r.status))})</li>`).join('')}</ul>` : `<p>${esc(t('common.none'))}</p>`}
    <h2>${esc(t('match.activeTitle', { n: active.length }))}</h2>
    ${active.length ? `<table class="table table--compact" id="active-matches"><caption class="sr-only">${esc(t('match.activeTitle', { n: active.length }))}</caption>
      <thead><tr><th scope="col">${esc(t('match.guide'))}</th><th scope="col">${esc(t('match.request'))}</th><th scope="col">${esc(t('match.approvedAt'))}</th></tr></thead>
      <tbody>${active.map((m) => `<tr data-request="${esc(m.requestId)}"><td>${esc(guides.get(m.guideId) ? guides.get(m.guideId).name : m.guideId)}</td>
        <td>${esc(m.request.citizenName)}: ${esc(t('task.' + m.request.taskType))}</td>
        <td>${esc(date(m.approvedAt, l))}</td></tr>`).join('')}</tbody></table>` : `<p>${esc(t('common.none'))}</p>`}
    <h2>${esc(t('match.meetingsTitle'))}</h2>
    ${notYet('match.meetingsTitle')}
    <h2>${esc(t('match.alertsTitle'))}</h2>
    ${notYet('match.alertsTitle')}`;
  main.querySelectorAll('.approve').forEach((b) => b.addEventListener('click', async () => {
    b.disabled = true;
    try {
      const body = b.dataset.guide ? { guideId: b.dataset.guide } : {};
      const m = await post('/api/matches/' + encodeURIComponent(b.dataset.match) + '/approve', body);
      const g = guides.get(m.guideId);
      flash = { kind: 'success', heading: t('match.approved'), text: t('match.approvedText', { guide: g ? g.name : m.guideId }) };
    } catch (e) {
      if (!(e instanceof ApiError && (e.status === 409 || e.status === 400))) throw e;
      flash = { kind: 'error', heading: t('match.notApproved'), text: pick(e.messageDa, e.messageEn) };
    }
    await render(main);
    main.querySelector('#match-heading').focus();
  }));
}

mountPage({ roles: ['coordinator'], titleKey: 'match.title', render });
