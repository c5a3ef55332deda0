// One application as the team sees it: what is applied for, the rule findings, and the decision form.
import { mountPage, esc, alertBox, icon } from '../layout.js';
import { t, lang, pick, code } from '../i18n.js';
import { get, post, ApiError } from '../api.js';
import { kr, krInput, parseKr, date, todayIso } from '../format.js';
import { confirmationParties } from '../queue-model.js';
import { REASONS, reasonsFromFindings } from '../review-model.js';
import { mountAttachments } from '../attachments.js';
import { input, radios, fieldErrors, errorSummary, fieldId } from '../forms.js';

const OUTCOMES = ['APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'NEEDS_INFO'];
const DECIDED = ['APPROVED', 'PARTIALLY_APPROVED', 'REJECTED', 'NEEDS_INFO', 'DISBURSED', 'CLOSED'];
const decision = { outcome: null, granted: '', reasonCodes: [], text: '' };
let errors = {};
let conflict = null;
/** The decision waiting for "Ja, gem afgørelsen": a decision cannot be appealed, so it is asked once more. */
let asking = null;

function details(app, l) {
  const a = (app.applicants || [])[0] || {};
  const row = (k, v) => `<div class="detail"><dt>${esc(t(k))}</dt><dd>${v}</dd></div>`;
  return `<dl class="details">
    ${row('review.applicant', esc(a.name) + (a.birthDate ? ' (' + esc(date(a.birthDate, l)) + ')' : ''))}
    ${row('review.support', esc(a.receivesAdultDisabilitySupport === true ? t('common.yes') : a.receivesAdultDisabilitySupport === false ? t('common.no') : t('common.dontKnow')))}
    ${row('review.contact', esc(app.contactPerson ? app.contactPerson.name : ''))}
    ${row('review.centre', esc(app.citizenCentre))}
    ${row('review.wish', esc(app.wish ? app.wish.description : ''))}
    ${row('review.helps', esc(app.wish ? app.wish.howItHelps : ''))}
    ${row('review.subGoal', esc(app.subGoal ? app.subGoal.text : '') + (app.subGoal && app.subGoal.baseline ? ` (${esc(t('review.ruler', { from: app.subGoal.baseline, to: app.subGoal.target || '–' }))})` : ''))}
    ${row('review.category', esc(app.category ? code('category', app.category) : ''))}
    ${row('review.appliedFor', esc(app.appliedFor))}
    ${row('review.period', app.period ? esc(date(app.period.from, l) + ' – ' + date(app.period.to, l)) : '')}
    ${row('review.costs', `<ul class="nobullet-list">${(app.costLines || []).map((c) => `<li>${esc(c.item)}: ${esc(kr(c.amountOre, l))}${c.supplier ? ' (' + esc(c.supplier) + ')' : ''}</li>`).join('')}</ul><strong>${esc(t('review.total', { sum: kr(app.requestedOre, l) }))}</strong>`)}
    ${row('review.financed', esc(app.alreadyFinanced ? t('common.yes') : t('common.no')))}
    ${app.category === 'TRANSPORT' ? row('review.car', esc(app.carAccess ? t('common.yes') : app.carAccess === false ? t('common.no') : t('common.dontKnow'))) : ''}
  </dl>`;
}

function findings(app) {
  const list = app.findings || [];
  return `<section><h2>${esc(t('review.findings'))}</h2>${list.length ? `<ul class="findings">${list.map((f) => `<li class="finding finding-${f.severity.toLowerCase()}">
      ${icon(f.severity === 'BLOCKING' ? 'error' : 'info')}<strong>${esc(f.code)} – ${esc(code('review.severity', f.severity))}:</strong>
      <span lang="${lang()}">${esc(pick(f.text, f.textEn))}</span></li>`).join('')}</ul>`
    : `<p>${esc(app.status === 'SUBMITTED' ? t('review.notChecked') : t('team.noFindings'))}</p>`}</section>`;
}

/** Both confirmations, apart: who, when and how; for a citizen without their own, staff record it in person. */
function confirmations(app, l) {
  const list = app.confirmations || [];
  const open = ['SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO'].includes(app.status);
  return `<section id="review-confirmations" aria-labelledby="review-confirmations-heading">
    <h2 id="review-confirmations-heading">${esc(t('review.confirmations'))}</h2>
    <ul class="confirmations nobullet-list">${confirmationParties(app).map((p) => {
    const c = list.find((x) => x.role === p.role);
    const how = c ? t('review.confirmedHow.' + (c.method || 'SUBMIT'), { by: c.recordedBy || '', reason: c.reason || '' }) : '';
    return `<li class="confirmation confirmation-${c ? 'done' : 'missing'}" data-role="${esc(p.role)}">
      <span class="confirmation-mark" aria-hidden="true">${c ? icon('check') : ''}</span>
      <span><strong>${esc(t('team.party.' + p.role + (c ? '.done' : '.missing')))}</strong>${c ? ` ${esc(t('review.confirmedAt', { date: date(todayIso(new Date(c.at)), l), who: c.subject || '' }))} ${esc(how)}` : ''}</span></li>`;
  }).join('')}</ul>
    ${!confirmationParties(app)[0].done && open ? `<form id="in-person-form" novalidate>
      ${input({ path: 'reason', type: 'textarea', label: t('review.inPerson.label'), hint: t('review.inPerson.hint'), value: '', error: errors.reason })}
      <button type="submit" class="button button-secondary" id="in-person">${esc(t('review.inPerson.submit'))}</button></form>` : ''}
  </section>`;
}

function decisionForm(app, l) {
  const show = (outcomes) => (outcomes.includes(decision.outcome) ? '' : ' hidden');
  return `<section class="decision-form"><h2 id="decide-heading">${esc(t('review.decide'))}</h2>
    ${conflict ? alertBox('error', t('review.conflict'), conflict) : ''}
    <form id="decision-form" novalidate>
      ${errorSummary(errors)}
      ${radios({ path: 'outcome', legend: t('review.outcome'), value: decision.outcome, error: errors.outcome,
    options: OUTCOMES.map((o) => ({ value: o, label: t('review.outcome.' + o, { sum: kr(app.requestedOre, l) }) })) })}
      <div id="granted-part"${show(['PARTIALLY_APPROVED'])}>
        ${input({ path: 'grantedOre', label: t('review.granted'), hint: t('review.grantedHint', { sum: kr(app.requestedOre, l) }),
    value: decision.granted, error: errors.grantedOre, width: 'input-width-s' })}
      </div>
      <fieldset class="form-group${errors.reasonCodes ? ' form-error' : ''}" id="${fieldId('reasonCodes')}"${show(['REJECTED'])}>
        <legend class="form-label">${esc(t('review.reasons'))}</legend>
        ${errors.reasonCodes ? `<span class="form-error-message">${esc(errors.reasonCodes)}</span>` : ''}
        ${REASONS.map((r) => `<div class="form-group-checkbox"><input type="checkbox" class="form-checkbox" id="reason-${r}" value="${r}"${decision.reasonCodes.includes(r) ? ' checked' : ''}>
          <label class="form-label" for="reason-${r}">${esc(r)}: ${esc(code('review.reason', r))}</label></div>`).join('')}
      </fieldset>
      <div id="text-part"${show(OUTCOMES)}>
        ${textField()}
      </div>
      ${asking ? `<div class="alert alert-warning" id="decide-check" role="alert">${icon('warning')}<div class="alert-body">
        <p class="alert-heading">${esc(t('review.sure.title'))}</p>
        <p class="alert-text">${esc(t('review.sure.text', { outcome: code('staffStatus', asking.outcome) }))}</p>
        <p class="wizard-buttons"><button type="button" class="button button-primary" id="decide-sure">${esc(t('review.sure.yes'))}</button>
        <button type="button" class="button button-secondary" id="decide-cancel">${esc(t('review.sure.no'))}</button></p></div></div>`
    : `<button type="submit" class="button button-primary" id="decide">${esc(t('review.submit'))}</button>`}
    </form></section>`;
}

/** The message to the citizen: optional only for an approval, and labelled so for the outcome chosen. */
function textField() {
  return input({ path: 'text', type: 'textarea', label: t('review.text.' + (decision.outcome || 'APPROVED')), hint: t('review.textHint'),
    value: decision.text, error: errors.text, optional: decision.outcome === 'APPROVED' });
}

function read(main) {
  const checked = main.querySelector('input[name="outcome"]:checked');
  decision.outcome = checked ? checked.value : null;
  decision.granted = main.querySelector('#' + fieldId('grantedOre')).value.trim();
  decision.reasonCodes = [...main.querySelectorAll('[id^="reason-"]:checked')].map((c) => c.value);
  decision.text = main.querySelector('#' + fieldId('text')).value.trim();
}

async function render(main, user) {
  const id = new URLSearchParams(location.search).get('id');
  const app = await get('/api/applications/' + encodeURIComponent(id));
  let letters = [];
  try {
    letters = await get('/api/applications/' + encodeURIComponent(id) + '/letters');
  } catch (e) {
    letters = [];
  }
  const l = lang();
  // A question the team asked is no decision once the application came back (it is SUBMITTED or IN_REVIEW again).
  const decided = app.decision && DECIDED.includes(app.status) ? app.decision : null;
  main.innerHTML = `<p><a href="/team.html" class="back-link">${esc(t('review.backToQueue'))}</a></p>
    <h1 tabindex="-1" id="review-heading">${esc(app.wish && app.wish.headline ? app.wish.headline : app.id)}</h1>
    <p class="font-lead"><span id="review-status">${esc(code('staffStatus', app.status))}</span>${app.dueDate ? ' · ' + esc(t('review.due', { date: date(app.dueDate, l) })) : ''}</p>
    ${decided ? alertBox('success', t('review.decided'), `${code('staffStatus', app.status)}. ${decided.grantedOre ? t('review.grantedIs', { sum: kr(decided.grantedOre, l) }) : ''} ${decided.reasonCodes && decided.reasonCodes.length ? '(' + decided.reasonCodes.join(', ') + ')' : ''} ${decided.text || ''}`) : ''}
    ${app.pendingDecision && !decided ? alertBox('info', t('review.pendingTitle'), t('review.pendingText', { outcome: code('staffStatus', app.pendingDecision.outcome), by: app.pendingDecision.decidedBy || '' })) : ''}
    <div class="review-grid"><div>${details(app, l)}${confirmations(app, l)}</div><div>${findings(app)}
    ${app.status === 'IN_REVIEW' ? decisionForm(app, l) : ''}
    ${letters.length ? `<section><h2>${esc(t('review.letters'))}</h2><ul>${letters.map((x) => `<li>${esc(l === 'en' ? x.subjectEn : x.subjectDa)} (${esc(date(x.createdAt, l))})</li>`).join('')}</ul></section>` : ''}
    <section id="attachments"></section>
    </div></div>`;
  mountAttachments(main.querySelector('#attachments'), app).catch(() => {});
  const inPerson = main.querySelector('#in-person-form');
  if (inPerson) {
    inPerson.addEventListener('submit', async (e) => {
      e.preventDefault();
      const reason = main.querySelector('#' + fieldId('reason')).value.trim();
      errors = {};
      try {
        if (!reason) {
          errors.reason = t('review.inPerson.error');
        } else {
          await post('/api/applications/' + encodeURIComponent(id) + '/in-person-confirmation', { reason });
        }
      } catch (err) {
        if (err instanceof ApiError && err.status === 400) errors = fieldErrors(err);
        else if (err instanceof ApiError && err.status === 409) conflict = pick(err.messageDa, err.messageEn);
        else throw err;
      }
      await render(main, user);
      (main.querySelector('#' + fieldId('reason')) || main.querySelector('#review-confirmations-heading')).focus();
    });
  }
  const form = main.querySelector('#decision-form');
  if (!form) return;
  form.querySelectorAll('input[name="outcome"]').forEach((r) => r.addEventListener('change', () => {
    read(main);
    main.querySelector('#granted-part').hidden = decision.outcome !== 'PARTIALLY_APPROVED';
    main.querySelector('#' + fieldId('reasonCodes')).hidden = decision.outcome !== 'REJECTED';
    if (decision.outcome === 'REJECTED' && !decision.reasonCodes.length) {
      reasonsFromFindings(app).forEach((code) => { main.querySelector('#reason-' + code).checked = true; });
    }
    const part = main.querySelector('#text-part');
    part.hidden = !decision.outcome;
    // Drawn again, so "(valgfrit)" is shown only where the text may be left out.
    part.innerHTML = textField();
  }));
  const cancel = main.querySelector('#decide-cancel');
  if (cancel) {
    cancel.addEventListener('click', async () => {
      asking = null;
      await render(main, user);
      main.querySelector('#decide').focus();
    });
    main.querySelector('#decide-sure').addEventListener('click', () => form.requestSubmit());
    main.querySelector('#decide-sure').focus();
  }
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!asking) {
      read(main);
    }
    errors = {};
    conflict = null;
    const body = { outcome: decision.outcome, reasonCodes: decision.outcome === 'REJECTED' ? decision.reasonCodes : [], text: decision.text || null };
    if (!decision.outcome) errors.outcome = t('review.error.outcome');
    if (decision.outcome === 'PARTIALLY_APPROVED') {
      const ore = parseKr(decision.granted);
      if (ore === null) errors.grantedOre = t('review.error.granted');
      else body.grantedOre = ore;
    }
    if (!Object.keys(errors).length && !asking) {
      asking = body;
      await render(main, user);
      return;
    }
    if (!Object.keys(errors).length) {
      try {
        await post('/api/applications/' + encodeURIComponent(id) + '/decision', asking);
        asking = null;
        await render(main, user);
        main.querySelector('#review-heading').focus();
        return;
      } catch (err) {
        asking = null;
        if (err instanceof ApiError && err.status === 400) errors = fieldErrors(err);
        else if (err instanceof ApiError && (err.status === 409 || err.status === 403)) conflict = pick(err.messageDa, err.messageEn);
        else throw err;
      }
    }
    await render(main, user);
    (main.querySelector('#error-summary') || main.querySelector('.decision-form .alert') || main.querySelector('#decide-heading')).focus();
  });
}

mountPage({ roles: ['team', 'admin'], titleKey: 'review.title', render });

