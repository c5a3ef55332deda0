// Where the application is, the date the answer is due, the letters, and what to do next; who has confirmed it and,
// for its creator, the code to give the other party until they have confirmed.
import { mountPage, esc, alertBox, icon } from '../layout.js';
import { moneyLeftSection } from '../money-left.js';
import { mountAttachments } from '../attachments.js';
import { t, lang, pick, code } from '../i18n.js';
import { get, post } from '../api.js';
import { consentState } from '../consent-model.js';
import { readAloudButton, readBackList, stopReading, wireReadAloud } from '../consent-view.js';
import { pictogram } from '../pictograms.js';
import { kr, date, todayIso } from '../format.js';
import { myApplications } from '../mine.js';
import { codeFor, forgetCode } from '../codes.js';
import { confirmationRows, formatCode, missingParty, partyName } from '../confirm-model.js';

const STAGES = ['sent', 'review', 'answer'];

function stageOf(status) {
  if (status === 'DRAFT') return -1;
  if (status === 'SUBMITTED') return 0;
  if (status === 'IN_REVIEW' || status === 'NEEDS_INFO') return 1;
  return 2;
}

function stages(status) {
  const now = stageOf(status);
  return `<ol class="stage-line" aria-label="${esc(t('status.where'))}">${STAGES.map((s, i) => {
    const state = i < now || (i === now && now === 2) ? 'done' : i === now ? 'now' : 'later';
    return `<li class="stage stage-${state}"${state === 'now' ? ' aria-current="step"' : ''}>
      <span class="stage-mark" aria-hidden="true">${state === 'done' ? icon('check') : i + 1}</span>
      <span class="stage-name">${esc(t('status.stage.' + s))}</span>
      <span class="stage-state">(${esc(t('status.state.' + state))})</span></li>`;
  }).join('')}</ol>`;
}

function next(app) {
  const key = 'status.next.' + app.status;
  return `<div class="what-next"><h2>${esc(t('status.nextTitle'))}</h2><p>${esc(t(key))}</p>
    ${app.status === 'NEEDS_INFO' || app.status === 'DRAFT'
    ? `<a class="button button-primary" href="/apply.html?id=${encodeURIComponent(app.id)}">${esc(t(app.status === 'DRAFT' ? 'status.continueDraft' : 'status.improve'))}</a>` : ''}
    ${app.status === 'REJECTED' ? `<p>${esc(t('status.guideOffer'))} <a href="/guide-request.html">${esc(t('nav.guideRequest'))}</a></p>` : ''}
  </div>`;
}

function decision(app) {
  const d = app.decision;
  if (!d) return '';
  const l = lang();
  return `<section class="decision"><h2>${esc(t('status.decisionTitle'))}</h2>
    <p><strong>${esc(code('status', app.status))}</strong></p>
    ${d.grantedOre ? `<p>${esc(t('status.granted', { sum: kr(d.grantedOre, l) }))}</p>` : ''}
    ${d.text ? `<p>${esc(t('status.teamWrote'))} ${esc(d.text)}</p>` : ''}
    ${d.noAppeal ? `<p>${esc(t('status.noAppeal'))}</p>` : ''}
  </section>`;
}

/** The citizen's own words, for the printable copy (with the decision and the letters above and below it). */
function ownWords(app) {
  const l = lang();
  const row = (key, v) => (v ? `<div class="detail"><dt>${esc(t(key))}</dt><dd>${esc(v)}</dd></div>` : '');
  return `<section id="own-words" class="own-words" aria-labelledby="own-words-heading"><h2 id="own-words-heading">${esc(t('status.ownWords'))}</h2>
    <dl class="details">
      ${row('status.words.wish', app.wish && app.wish.description)}
      ${row('status.words.helps', app.wish && app.wish.howItHelps)}
      ${row('status.words.subGoal', app.subGoal && app.subGoal.text)}
      ${row('status.words.appliedFor', app.appliedFor)}
      ${row('status.words.period', app.period && app.period.from ? date(app.period.from, l) + ' – ' + date(app.period.to, l) : '')}
      ${row('status.words.costs', (app.costLines || []).map((c) => c.item + ': ' + kr(c.amountOre, l)).join(', '))}
    </dl></section>`;
}

function letters(list) {
  if (!list.length) {
    return `<section><h2>${esc(t('status.letters'))}</h2><p>${esc(t('status.noLetters'))}</p></section>`;
  }
  const en = lang() === 'en';
  return `<section class="letters"><h2>${esc(t('status.letters'))}</h2>
    ${list.map((l) => `<article class="letter" aria-labelledby="letter-${esc(l.key)}">
      <h3 id="letter-${esc(l.key)}">${pictogram('letter', 32)} ${esc(en ? l.subjectEn : l.subjectDa)}</h3>
      <p class="letter-date">${esc(date(l.createdAt, lang()))}</p>
      <div class="letter-body">${esc(en ? l.bodyEn : l.bodyDa)}</div>
    </article>`).join('')}</section>`;
}

/** Who has said yes to the application (in place of a signature), each with the date, or that it is missing. */
function confirmations(app) {
  const l = lang();
  return `<section id="confirmations" aria-labelledby="confirmations-heading"><h2 id="confirmations-heading">${esc(t('confirm.whoTitle'))}</h2>
    <ul class="confirmations nobullet-list">${confirmationRows(app).map((r) => {
    const who = r.name ? t('confirm.who.' + r.role, { name: r.name }) : t('confirm.whoNoName.' + r.role);
    // The date in Copenhagen: an instant just after midnight belongs to the Danish day, not to UTC's.
    const text = r.at ? t('confirm.row.done', { who, date: date(todayIso(new Date(r.at)), l) }) : t('confirm.row.missing', { who });
    return `<li class="confirmation confirmation-${r.at ? 'done' : 'missing'}" data-role="${esc(r.role)}">
      <span class="confirmation-mark" aria-hidden="true">${r.at ? icon('check') : ''}</span>
      <span><strong>${esc(t(r.at ? 'confirm.state.done' : 'confirm.state.missing'))}:</strong> ${esc(text)}</span></li>`;
  }).join('')}</ul></section>`;
}

/**
 * For the person who created the application: the code the other party confirms with, shown until they have. The
 * API gave it once, when the application was created; it is kept in this browser (codes.js).
 */
function codePanel(app, user) {
  const missing = missingParty(app);
  if (app.status === 'DRAFT' || app.createdBy !== user.sub || !missing || missing === user.role) {
    return '';
  }
  if (missing === 'citizen' && app.citizenSubject) {
    // The citizen has a login of their own and the application is theirs: they confirm in their account, no code.
    const name = partyName(app, 'citizen') || t('role.citizen');
    return `<section class="code-panel" id="code-panel"><p id="own-account">${esc(t('consent.ownAccount', { name }))}</p></section>`;
  }
  const given = codeFor(user, app.id);
  const name = partyName(app, missing) || code('role', missing);
  const link = new URL('/confirm.html?id=' + encodeURIComponent(app.id), location.href).href;
  return `<section class="code-panel" id="code-panel" aria-labelledby="code-heading">
    <h2 id="code-heading">${esc(t('confirm.codeTitle', { name }))}</h2>
    ${given ? `<p class="confirmation-code" id="confirmation-code">${esc(formatCode(given))}</p>
    <p class="font-lead" id="code-explained">${esc(t('confirm.give.' + missing, { name }))}</p>
    <p>${esc(t('confirm.giveNumber', { name }))} <strong id="application-number">${esc(app.id)}</strong></p>
    <p>${esc(t('confirm.giveLink', { name }))} <a href="${esc(link)}" id="confirm-link">${esc(link)}</a></p>`
    : `<p id="code-lost">${esc(t('confirm.codeLost'))}</p>`}
  </section>`;
}

/** The citizen's own yes: the read-back of what they agree to, read aloud on request, and the button. */
function consentPanel(app, user) {
  if (consentState(app, user) !== 'ask') {
    return '';
  }
  return `<section class="consent-panel" id="consent" aria-labelledby="consent-heading">
    <h2 id="consent-heading">${esc(t('consent.title'))}</h2>
    <p class="font-lead">${esc(t('consent.lead'))}</p>
    ${readBackList(app)}
    <p class="wizard-buttons">
      ${readAloudButton()}
      <button type="button" class="button button-primary" id="consent-yes">${esc(t('consent.yes'))}</button></p>
    <p>${esc(t('consent.notRight'))}</p>
  </section>`;
}

function wireConsent(main, app) {
  const yes = main.querySelector('#consent-yes');
  if (!yes) {
    return;
  }
  yes.addEventListener('click', async () => {
    yes.disabled = true;
    stopReading();
    await post('/api/applications/' + encodeURIComponent(app.id) + '/consent', null);
    location.replace('/status.html?id=' + encodeURIComponent(app.id) + '&confirmed=1');
  });
  wireReadAloud(main, app);
}

async function fetchOne(id) {
  const app = await get('/api/applications/' + encodeURIComponent(id));
  const list = await get('/api/applications/' + encodeURIComponent(id) + '/letters');
  return { app, letters: list };
}

function one(main, { app, letters: list }, params, user) {
  const l = lang();
  if (!missingParty(app)) {
    forgetCode(user, app.id);
  }
  main.innerHTML = `
    ${params.get('sent') ? alertBox('success', t('status.sentTitle'), t('status.sentText')) : ''}
    ${params.get('confirmed') ? alertBox('success', t('confirm.doneTitle'), t('confirm.doneText')) : ''}
    <h1>${esc(app.wish && app.wish.headline ? app.wish.headline : t('status.title'))}</h1>
    ${codePanel(app, user)}
    ${consentPanel(app, user)}
    <p class="status-now"><strong>${esc(t('status.now'))}</strong> <span id="status-text">${esc(code('status', app.status))}</span></p>
    ${stages(app.status)}
    ${app.dueDate && !app.decision ? `<p class="due">${pictogram('clock', 32)} <span id="due-date">${esc(t('status.due', { date: date(app.dueDate, l) }))}</span></p>` : ''}
    <p>${esc(t('status.applied', { sum: kr(app.requestedOre, l) }))}</p>
    ${decision(app)}
    ${next(app)}
    ${app.status !== 'DRAFT' ? confirmations(app) : ''}
    ${app.findings && app.findings.length && !app.decision ? `<section><h2>${esc(t('status.findings'))}</h2>
      <ul>${app.findings.map((f) => `<li>${esc(pick(f.text, f.textEn))}</li>`).join('')}</ul></section>` : ''}
    ${app.status !== 'DRAFT' ? ownWords(app) : ''}
    ${letters(list)}
    <p class="no-print"><button type="button" class="button button-secondary" id="refresh">${esc(t('status.refresh'))}</button>
       <button type="button" class="button button-secondary" id="print">${esc(t('status.print'))}</button>
       <a href="/status.html" class="function-link">${esc(t('status.allMine'))}</a></p>`;
  main.querySelector('#refresh').addEventListener('click', () => location.reload());
  main.querySelector('#print').addEventListener('click', () => window.print());
  wireConsent(main, app);
}

async function all(main, user) {
  const items = await myApplications(user);
  const pools = await get('/api/pools');
  const l = lang();
  main.innerHTML = `<h1>${esc(t('status.listTitle'))}</h1>
    ${pools.length ? moneyLeftSection(pools[0], l) : ''}
    ${items.length ? `<ul class="app-list">${items.map((a) => `<li>
      <a href="/status.html?id=${encodeURIComponent(a.id)}">${esc(a.wish && a.wish.headline ? a.wish.headline : a.id)}</a>:
      ${esc(code('status', a.status))}${a.dueDate && !a.decision ? ' – ' + esc(t('status.due', { date: date(a.dueDate, l) })) : ''}${consentState(a, user) === 'ask' ? ` <strong class="needs-consent">${esc(t('status.needsYourYes'))}</strong>` : ''}</li>`).join('')}</ul>`
    : `<p>${esc(t('status.noneYet'))}</p>`}
    <p><a class="button button-primary" href="/apply.html">${esc(t('nav.apply'))}</a></p>`;
}

/**
 * The application's files below it: the applicants add documents before the decision and receipts after a grant.
 * One box for the page's life, put back after each redraw, so a file being chosen is not lost when the page redraws.
 */
let attachmentsBox = null;
function attachments(main, app) {
  if (!attachmentsBox) {
    attachmentsBox = document.createElement('section');
    attachmentsBox.id = 'attachments';
    mountAttachments(attachmentsBox, app, { upload: true }).catch(() => attachmentsBox.remove());
  }
  main.append(attachmentsBox);
}

mountPage({
  roles: ['citizen', 'contact-person'],
  titleKey: 'status.title',
  render: async (main, user) => {
    const params = new URLSearchParams(location.search);
    const id = params.get('id');
    if (!id) {
      await all(main, user);
      return;
    }
    let shown = await fetchOne(id);
    one(main, shown, params, user);
    attachments(main, shown.app);
    // Review and letters arrive through the queues a moment later: look again a few times while waiting, and draw
    // the page again only when something changed (a redraw moves keyboard focus).
    for (let i = 0; i < 15 && (shown.app.status === 'SUBMITTED' || (shown.letters.length === 0 && shown.app.status !== 'DRAFT')); i++) {
      await new Promise((r) => setTimeout(r, 1000));
      const again = await fetchOne(id);
      if (JSON.stringify(again) !== JSON.stringify(shown)) {
        shown = again;
        one(main, shown, params, user);
        attachments(main, shown.app);
      }
    }
  },
});
