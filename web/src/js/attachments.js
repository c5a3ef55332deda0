// The attachments of one application: the list (with each file's state, and Open for a checked one) and, for the
// applicants, the upload: choose a file or take a photo, the kind, then the file goes straight to the presigned URL.
// What is decided here is in attachments-model.js.
import { esc } from './layout.js';
import { t, pick, code } from './i18n.js';
import { get, post, ApiError } from './api.js';
import { ACCEPT, contentTypeOf, kindsFor, problemWith, stateOf, stillChecking } from './attachments-model.js';

function row(a) {
  const state = stateOf(a);
  const name = a.fileName || t('att.kind.' + a.kind);
  return `<li class="attachment" data-id="${esc(a.id)}" data-state="${state}">
    <strong>${esc(t('att.kind.' + a.kind))}</strong>: ${esc(name)}
    <span class="attachment-state">(${esc(t('att.state.' + state))})</span>
    ${state === 'ready' ? `<button type="button" class="function-link attachment-open" data-id="${esc(a.id)}">${esc(t('att.open'))}</button>` : ''}
    ${state === 'refused' && a.refusal ? `<p class="form-error-message">${esc(pick(a.refusal.da, a.refusal.en))}</p>` : ''}
  </li>`;
}

function form(kinds) {
  return `<form class="attachment-form" novalidate>
    <div class="form-group"><label class="form-label" for="att-kind">${esc(t('att.kind'))}</label>
      <select class="form-select" id="att-kind">${kinds.map((k) => `<option value="${k}">${esc(t('att.kind.' + k))}</option>`).join('')}</select></div>
    <div class="form-group"><label class="form-label" for="att-file">${esc(t('att.file'))}</label>
      <span class="form-hint" id="att-file-hint">${esc(t('att.fileHint'))}</span>
      <input type="file" class="form-input" id="att-file" accept="${ACCEPT}" aria-describedby="att-file-hint">
      <label class="button button-secondary" for="att-photo">${esc(t('att.photo'))}</label>
      <input type="file" class="sr-only" id="att-photo" accept="image/*" capture="environment"></div>
    <p class="form-error-message" id="att-error" role="alert" hidden></p>
    <p aria-live="polite" id="att-progress"></p>
    <button type="submit" class="button button-primary" id="att-send">${esc(t('att.send'))}</button>
  </form>`;
}

/**
 * Draws the attachments of application {@code app} into {@code box}; {@code upload} offers the upload (the
 * applicants' pages). Refreshes itself while a file is being checked.
 */
export async function mountAttachments(box, app, { upload = false } = {}) {
  const base = '/api/applications/' + encodeURIComponent(app.id) + '/attachments';
  const kinds = upload ? kindsFor(app.status) : [];
  let chosen = null;
  async function draw(tries = 0) {
    const list = await get(base);
    box.innerHTML = `<h2>${esc(t('att.title'))}</h2>
      ${kinds.length ? `<p>${esc(t(kinds[0] === 'RECEIPT' ? 'att.leadReceipt' : 'att.lead'))}</p>` : ''}
      ${list.length ? `<ul class="attachments">${list.map(row).join('')}</ul>` : `<p>${esc(t('att.none'))}</p>`}
      ${kinds.length ? form(kinds) : ''}`;
    box.querySelectorAll('.attachment-open').forEach((b) => b.addEventListener('click', () => open(b.dataset.id)));
    if (kinds.length) {
      wire();
    }
    if (stillChecking(list) && tries < 15) {
      setTimeout(() => draw(tries + 1), 2000);
    }
  }
  async function open(id) {
    try {
      const link = await get(base + '/' + encodeURIComponent(id) + '/download');
      location.assign(link.url);
    } catch {
      showError('att.err.open');
    }
  }
  function showError(key, text) {
    const e = box.querySelector('#att-error');
    if (e) {
      e.textContent = text || t(key);
      e.hidden = false;
    }
  }
  function wire() {
    ['#att-file', '#att-photo'].forEach((sel) => box.querySelector(sel).addEventListener('change', (e) => {
      chosen = e.target.files[0] || null;
    }));
    box.querySelector('.attachment-form').addEventListener('submit', async (e) => {
      e.preventDefault();
      const problem = problemWith(chosen);
      if (problem) {
        showError(problem);
        return;
      }
      box.querySelector('#att-send').disabled = true;
      box.querySelector('#att-progress').textContent = t('att.sending');
      try {
        const up = await post(base, { kind: box.querySelector('#att-kind').value, contentType: contentTypeOf(chosen),
          size: chosen.size, fileName: chosen.name });
        const r = await fetch(up.url, { method: 'PUT', headers: { 'Content-Type': up.contentType }, body: chosen });
        if (!r.ok) {
          throw new Error('upload ' + r.status);
        }
        await draw();
      } catch (err) {
        box.querySelector('#att-send').disabled = false;
        box.querySelector('#att-progress').textContent = '';
        // The API's words when it refused (a field's rule, too many files); else what to do about a lost upload.
        const first = err instanceof ApiError && err.errors[0];
        const said = first ? pick(first.da, first.en) : err instanceof ApiError && err.messageDa ? pick(err.messageDa, err.messageEn) : '';
        showError('att.err.upload', said);
      }
    });
  }
  await draw();
}

/**
 * Finance's view: the pool's granted applications (before and after paying out), each with its receipts. Finance's
 * answers hold the receipts only; an application without any says so.
 */
export async function mountReceipts(box, poolId) {
  const granted = [];
  for (const status of ['APPROVED', 'PARTIALLY_APPROVED', 'DISBURSED']) {
    const page = await get('/api/applications?status=' + status + '&limit=50');
    granted.push(...page.items.filter((a) => a.poolId === poolId));
  }
  box.innerHTML = `<h2 id="receipts-heading">${esc(t('att.receipts'))}</h2>
    ${granted.length ? granted.map((a) => `<div class="receipts-of" data-id="${esc(a.id)}"><h3>${esc(a.wish && a.wish.headline ? a.wish.headline : a.id)} (${esc(code('staffStatus', a.status))})</h3><div class="receipt-list"></div></div>`).join('')
    : `<p>${esc(t('att.noGranted'))}</p>`}`;
  for (const a of granted) {
    const inner = box.querySelector(`.receipts-of[data-id="${CSS.escape(a.id)}"] .receipt-list`);
    await mountAttachments(inner, a);
    const heading = inner.querySelector('h2');
    if (heading) {
      heading.remove();
    }
  }
}
