// The coordinator's matching queue: requests with their waiting times, the ranked candidates with the parts of each
// score, approve the proposal or pick another; requests still without a proposal; a matching run for all of them;
// the figures; alerts about matches that need following up; active matches with their first and last meeting, each
// followed up on match.html.
import { mountPage, esc, alertBox } from '../layout.js';
import { t, lang, pick, code } from '../i18n.js';
import { get, post, ApiError } from '../api.js';
import { date, dateTime, todayIso } from '../format.js';
import { firstMeeting, lastHeldMeeting, loadRows, secondsToDays } from '../match-model.js';

const PARTS = [['taskFit', 35], ['disabilityExperience', 15], ['area', 20], ['availability', 15], ['load', 10], ['rotation', 5], ['waiting', 20]];
let flash = null;
/** What the last matching run did, shown until the page is left. */
let runState = null;

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

/** How long a request has waited, as the queue's list says (waitingDays); nothing for one that no longer waits. */
function waited(request) {
  const days = request.waitingDays;
  return days == null ? '' : days === 0 ? t('match.waitedToday') : t('match.waitedDays', { n: days });
}

/** The proposal first, then the alternatives, best score first. */
export function ranked(match) {
  const proposed = { guideId: match.guideId, score: match.score, scoreParts: match.scoreParts, proposed: true };
  return [proposed, ...(match.alternatives || []).filter((c) => c.guideId !== match.guideId)
    .sort((a, b) => b.score - a.score)];
}

function candidates(match, guides) {
  const list = ranked(match);
  // In a scroll box of its own on a phone; at 1280 px it fits (the parts' maxima on a line of their own).
  return `<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="${esc(t('match.candidatesFor', { name: match.request ? match.request.citizenName : match.requestId }))}"><table class="table table--compact candidates">
    <caption>${esc(t('match.candidatesFor', { name: match.request ? match.request.citizenName : match.requestId }))}</caption>
    <thead><tr><th scope="col">${esc(t('match.rank'))}</th><th scope="col">${esc(t('match.guide'))}</th>
      <th scope="col" class="text-right">${esc(t('match.score'))}</th>
      ${PARTS.map(([p, max]) => `<th scope="col" class="text-right">${esc(t('match.part.' + p))} <br><span class="weight-normal">(${esc(t('match.ofMax', { max }))})</span></th>`).join('')}
      <th scope="col">${esc(t('match.action'))}</th></tr></thead>
    <tbody>${list.map((c, i) => {
    const g = guides.get(c.guideId);
    const name = g ? g.name : c.guideId;
    return `<tr${c.proposed ? ' class="proposed"' : ''}>
        <td>${i + 1}${c.proposed ? ` <strong>(${esc(t('match.proposed'))})</strong>` : ''}</td>
        <td>${esc(name)}${g ? `<br><span class="form-hint">${esc(code('area', g.area))} · ${esc(t('match.load', { active: g.activeMatches, capacity: g.capacity }))}</span>` : ''}</td>
        <td class="text-right"><strong>${c.score}</strong></td>
        ${PARTS.map(([p]) => `<td class="text-right">${esc(c.scoreParts ? (c.scoreParts[p] ?? 0) : 0)}</td>`).join('')}
        <td><button type="button" class="button ${c.proposed ? 'button-primary' : 'button-secondary'} approve" data-match="${esc(match.id)}"
          data-guide="${c.proposed ? '' : esc(c.guideId)}">${esc(c.proposed ? t('match.approve') : t('match.pick'))}<span class="sr-only"> ${esc(name)}</span></button></td>
      </tr>`;
  }).join('')}</tbody></table></div>`;
}

function figuresPart(figures, guides) {
  const l = lang();
  const w = figures.waiting;
  const item = (key, value) => `<div><dt>${esc(t(key))}</dt><dd>${esc(value)}</dd></div>`;
  const rows = loadRows(figures, guides);
  return `<dl class="figures" id="guide-figures">
      ${item('match.fig.waiting', w.count)}
      ${item('match.fig.open', figures.requestsByStatus.OPEN)}
      ${item('match.fig.longest', t('match.fig.days', { n: secondsToDays(w.longestSeconds) }))}
      ${item('match.fig.median', t('match.fig.days', { n: secondsToDays(w.medianSeconds) }))}
      ${item('match.fig.activeMatches', figures.activeMatches)}
      ${item('match.fig.activeGuides', figures.activeGuides)}
      ${item('match.fig.free', figures.freeCapacity)}
    </dl>
    <p class="form-hint">${esc(t('match.fig.at', { date: date(todayIso(new Date(figures.at)), l) }))}</p>
    <details class="per-guide"><summary>${esc(t('match.fig.perGuide'))}</summary>
      <div class="table--responsive-scroll" tabindex="0" role="region" aria-label="${esc(t('match.fig.perGuide'))}"><table class="table table--compact" id="guide-load">
        <caption class="sr-only">${esc(t('match.fig.perGuide'))}</caption>
        <thead><tr><th scope="col">${esc(t('match.guide'))}</th><th scope="col">${esc(t('guides.status'))}</th>
          <th scope="col" class="text-right">${esc(t('match.fig.col.active'))}</th><th scope="col" class="text-right">${esc(t('match.fig.col.capacity'))}</th>
          <th scope="col" class="text-right">${esc(t('match.fig.col.free'))}</th><th scope="col" class="text-right">${esc(t('match.fig.col.total'))}</th></tr></thead>
        <tbody>${rows.map((g) => `<tr><td>${esc(g.name)}</td><td>${esc(code('guides.status', g.status))}</td><td class="text-right">${g.activeMatches}</td>
          <td class="text-right">${g.capacity}</td><td class="text-right">${g.free}</td><td class="text-right">${g.totalMatches}</td></tr>`).join('')}</tbody>
      </table></div></details>`;
}

function alertsPart(alerts, guides, requests) {
  if (!alerts.length) {
    return `<p id="alerts">${esc(t('alert.none'))}</p>`;
  }
  const l = lang();
  return `<ul class="nobullet-list alerts" id="alerts">${alerts.map((a) => {
    const guide = guides.get(a.guideId) ? guides.get(a.guideId).name : a.guideId;
    const request = requests.get(a.requestId);
    const citizen = request ? request.citizenName : a.requestId;
    return `<li class="alert-item" data-alert="${esc(a.id)}">
      <p><strong>${esc(code('alert', a.kind, { guide, citizen, n: a.daysWithoutMeeting }))}</strong>
        ${a.lastActivityAt ? `<br><span class="form-hint">${esc(t('alert.since', { date: date(todayIso(new Date(a.lastActivityAt)), l) }))}</span>` : ''}</p>
      <p class="alert-actions"><a class="button button-secondary" href="/match.html?id=${encodeURIComponent(a.matchId)}">${esc(t('alert.openMatch'))}<span class="sr-only">: ${esc(citizen)}</span></a>
        <button type="button" class="button button-secondary acknowledge" data-alert="${esc(a.id)}">${esc(t('alert.acknowledge'))}<span class="sr-only">: ${esc(citizen)}</span></button></p>
    </li>`;
  }).join('')}</ul>`;
}

function meetingCell(m, l) {
  return m ? t('match.meetingState', { when: dateTime(m.startsAt, l), state: code('meetingStatus', m.status) }) : null;
}

async function render(main) {
  const [matches, guideList, open, noCandidate, proposed, approved, accepted, alerts, figures] = await Promise.all([
    all('/api/matches?status=PROPOSED'), get('/api/guides'), all('/api/guide-requests?status=OPEN'),
    all('/api/guide-requests?status=NO_CANDIDATE'), all('/api/guide-requests?status=PROPOSED'), all('/api/matches?status=APPROVED'),
    all('/api/matches?status=ACCEPTED'), all('/api/alerts'), get('/api/guide-figures')]);
  const guides = new Map(guideList.map((g) => [g.id, g]));
  const active = [...approved, ...accepted];
  // The proposals' requests from the queue's list, with their waiting times; any other request by its id.
  const requests = new Map(proposed.map((r) => [r.id, r]));
  const requestOf = async (id) => {
    if (!requests.has(id)) {
      requests.set(id, await get('/api/guide-requests/' + encodeURIComponent(id)));
    }
    return requests.get(id);
  };
  for (const m of [...matches, ...active]) {
    m.request = await requestOf(m.requestId);
  }
  for (const a of alerts) {
    try {
      await requestOf(a.requestId);
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 404)) throw e;
    }
  }
  active.sort((a, b) => String(a.approvedAt).localeCompare(String(b.approvedAt)));
  matches.sort((a, b) => String(a.request.createdAt).localeCompare(String(b.request.createdAt)));
  const l = lang();
  const waiting = [...open, ...noCandidate].sort((a, b) => String(a.createdAt).localeCompare(String(b.createdAt)));
  main.innerHTML = `<h1 tabindex="-1" id="match-heading">${esc(t('match.title'))}</h1>
    ${flash ? alertBox(flash.kind, flash.heading, flash.text) : ''}
    <p class="font-lead">${esc(t('match.lead'))}</p>
    <h2>${esc(t('match.figuresTitle'))}</h2>
    ${figuresPart(figures, guides)}
    <h2>${esc(t('match.alertsTitle'))}</h2>
    ${alertsPart(alerts, guides, requests)}
    <h2>${esc(t('match.proposals', { n: matches.length }))}</h2>
    ${matches.length ? matches.map((m) => `<section class="match card-like" aria-labelledby="req-${esc(m.id)}">
      <h3 id="req-${esc(m.id)}">${esc(m.request.citizenName)}: ${esc(code('task', m.request.taskType))}</h3>
      <p><strong class="waited">${esc(waited(m.request))}</strong> · ${esc(code('area', m.request.area))}
        ${m.request.sameDisabilityPreferred && m.request.citizenDisability ? ' · ' + esc(t('match.sameWanted', { d: code('disability', m.request.citizenDisability) })) : ''}</p>
      <p>${esc(m.request.needs)}</p>
      ${candidates(m, guides)}
    </section>`).join('') : `<p>${esc(t('match.noProposals'))}</p>`}
    <h2>${esc(t('match.waitingTitle', { n: waiting.length }))}</h2>
    ${waiting.length ? `<ul>${waiting.map((r) => `<li>${esc(r.citizenName)}: ${esc(code('task', r.taskType))}, ${esc(waited(r))}
      (${esc(code('gr.status', r.status))})</li>`).join('')}</ul>` : `<p>${esc(t('common.none'))}</p>`}
    <h2>${esc(t('run.title'))}</h2>
    <p>${esc(t('run.lead'))}</p>
    <p><button type="button" class="button button-secondary" id="start-run">${esc(t('run.start'))}</button></p>
    <div id="run-result" tabindex="-1" aria-live="polite">${runState ? runState : ''}</div>
    <h2>${esc(t('match.activeTitle', { n: active.length }))}</h2>
    ${active.length ? `<div class="table--responsive-scroll" tabindex="0" role="region" aria-label="${esc(t('match.activeTitle', { n: active.length }))}"><table class="table table--compact" id="active-matches"><caption class="sr-only">${esc(t('match.activeTitle', { n: active.length }))}</caption>
      <thead><tr><th scope="col">${esc(t('match.guide'))}</th><th scope="col">${esc(t('match.request'))}</th><th scope="col">${esc(t('match.approvedAt'))}</th>
        <th scope="col">${esc(t('match.col.status'))}</th><th scope="col">${esc(t('match.col.first'))}</th><th scope="col">${esc(t('match.col.last'))}</th>
        <th scope="col">${esc(t('match.col.followUp'))}</th></tr></thead>
      <tbody>${active.map((m) => `<tr data-request="${esc(m.requestId)}" data-match="${esc(m.id)}"><td>${esc(guides.get(m.guideId) ? guides.get(m.guideId).name : m.guideId)}</td>
        <td>${esc(m.request.citizenName)}: ${esc(code('task', m.request.taskType))}</td>
        <td>${esc(date(m.approvedAt, l))}</td>
        <td>${esc(code('matchStatus', m.status))}</td>
        <td>${esc(meetingCell(firstMeeting(m), l) || t('match.noFirst'))}</td>
        <td class="last-meeting">${esc(meetingCell(lastHeldMeeting(m), l) || t('match.noMeeting'))}</td>
        <td><a href="/match.html?id=${encodeURIComponent(m.id)}" class="follow-up">${esc(t('alert.openMatch'))}<span class="sr-only">: ${esc(m.request.citizenName)}</span></a></td></tr>`).join('')}</tbody></table></div>`
    : `<p>${esc(t('common.none'))}</p>`}`;
  main.querySelectorAll('.acknowledge').forEach((b) => b.addEventListener('click', async () => {
    b.disabled = true;
    try {
      await post('/api/alerts/' + encodeURIComponent(b.dataset.alert) + '/acknowledge', {});
      flash = { kind: 'success', heading: t('alert.acknowledged'), text: null };
    } catch (e) {
      if (!(e instanceof ApiError && (e.status === 404 || e.status === 409))) throw e;
      flash = { kind: 'error', heading: t('mp.notSaved'), text: pick(e.messageDa, e.messageEn) };
    }
    await render(main);
    main.querySelector('#match-heading').focus();
  }));
  main.querySelector('#start-run').addEventListener('click', () => startRun(main));
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

/** Starts a global matching run (202) and follows it until it is done; then the queue is drawn again. */
async function startRun(main) {
  const button = main.querySelector('#start-run');
  const out = main.querySelector('#run-result');
  button.disabled = true;
  let run = await post('/api/matching-runs', {});
  out.innerHTML = `<p>${esc(t('run.started'))}</p>`;
  for (let i = 0; i < 60 && run.status !== 'DONE'; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    run = await get('/api/matching-runs/' + encodeURIComponent(run.id));
  }
  runState = run.status === 'DONE'
    ? alertBox('success', t('run.done', { proposed: (run.proposed || 0) + (run.kept || 0), without: run.withoutGuide || 0 }), null)
    : `<p>${esc(t('run.started'))}</p>`;
  flash = null;
  await render(main);
  main.querySelector('#run-result').focus();
}

mountPage({ roles: ['coordinator'], titleKey: 'match.title', render });
