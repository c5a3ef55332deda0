// The other party confirms an application with the eight-character code the creator gave them: usually the citizen, when
// the contact person sent it; or the contact person, when the citizen did. The fallback to the citizen's yes in their
// own account. Two screens: the code (a link from the creator's status page, confirm.html?id=…, fills in the
// application; otherwise its number is typed too), then the same easy-read read-back the account shows (pictograms,
// read aloud where the browser can), and only then the yes. A wrong code or number is one plain message next to the
// code (the API does not say which of the two is wrong, so nothing can be probed).
import { mountPage, esc } from '../layout.js';
import { t, pick } from '../i18n.js';
import { post, ApiError } from '../api.js';
import { input, errorSummary, wireSummary } from '../forms.js';
import { rememberMine } from '../mine.js';
import { parseCode, parseApplicationId } from '../confirm-model.js';
import { readAloudButton, readBackList, stopReading, wireReadAloud } from '../consent-view.js';

const form = { id: '', code: '' };
let errors = {};
/** The application as read back with the code: the second screen, until the person goes back or says yes. */
let shown = null;

/** The API's answer to a code that does not open the application, as the message next to the code. */
function codeRefused(err) {
  if (err instanceof ApiError && (err.status === 404 || err.status === 400)) {
    // 404: no application with that number, or the code does not match it; the same answer for both.
    return t('confirm.error.wrong');
  }
  if (err instanceof ApiError && err.status === 429) {
    return pick(err.messageDa, err.messageEn) || t('common.tryAgain');
  }
  throw err;
}

function focusError(main) {
  const first = main.querySelector('[aria-invalid="true"]');
  (first || main.querySelector('#confirm-heading')).focus();
  if (first) {
    // What is wrong is selected: typing the right one replaces it, no deleting first.
    first.select();
  }
}

function renderCode(main, user) {
  const fromLink = new URLSearchParams(location.search).get('id');
  if (fromLink && !form.id) {
    form.id = fromLink;
  }
  main.innerHTML = `<div class="question"><div class="question-body">
    <h1 tabindex="-1" id="confirm-heading">${esc(t('confirm.title.' + user.role))}</h1>
    <p class="font-lead">${esc(t('confirm.lead.' + user.role))}</p>
    <form id="confirm-form" novalidate>
      ${errorSummary(errors, (path) => 'f-' + path)}
      ${fromLink ? `<p id="confirm-for">${esc(t('confirm.forApplication', { id: fromLink }))}</p>`
    : input({ path: 'id', label: t('confirm.id'), hint: t('confirm.idHint'), value: form.id, error: errors.id, autocomplete: 'off' })}
      ${input({ path: 'code', label: t('confirm.code'), hint: t('confirm.codeHint'), value: form.code, error: errors.code,
    autocomplete: 'one-time-code', width: 'input-width-s' })}
      <button type="submit" class="button button-primary" id="show-application">${esc(t('confirm.show'))}</button>
    </form></div></div>`;
  const code = main.querySelector('#f-code');
  // What is typed is kept when the page draws again (another language), not only when it is sent.
  code.addEventListener('input', () => { form.code = code.value; });
  const idField = main.querySelector('#f-id');
  if (idField) {
    idField.addEventListener('input', () => { form.id = idField.value; });
  }
  // Letters and digits: capitals on a phone's keyboard, and a code written as "KM4P 7XRT" can be typed as it reads.
  code.setAttribute('autocapitalize', 'characters');
  code.setAttribute('spellcheck', 'false');
  wireSummary(main);
  main.querySelector('#confirm-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    if (idField) {
      form.id = idField.value;
    }
    form.code = code.value;
    errors = {};
    const id = parseApplicationId(form.id);
    const c = parseCode(form.code);
    if (!id) {
      errors.id = t('confirm.error.id');
    }
    if (!form.code.trim()) {
      errors.code = t('confirm.error.code');
    } else if (!c) {
      errors.code = t('confirm.error.codeFormat');
    }
    if (!Object.keys(errors).length) {
      const button = main.querySelector('#show-application');
      button.disabled = true;
      try {
        // Read back first: the person sees what they agree to before they say yes.
        shown = { app: await post('/api/applications/' + encodeURIComponent(id) + '/read-back', { code: c }), id, code: c };
        render(main, user);
        main.querySelector('#confirm-heading').focus();
        return;
      } catch (err) {
        button.disabled = false;
        errors.code = codeRefused(err);
      }
    }
    render(main, user);
    focusError(main);
  });
}

/** The read-back of what is agreed to, as the account shows it, and the yes (the code's confirmation). */
function renderReadBack(main, user) {
  const role = user.role === 'contact-person' ? 'contact-person' : 'citizen';
  main.innerHTML = `<section class="consent-panel" id="consent" aria-labelledby="confirm-heading">
    <h1 tabindex="-1" id="confirm-heading">${esc(t('consent.title'))}</h1>
    <p class="font-lead">${esc(t('consent.lead'))}</p>
    ${errorSummary(errors, () => 'confirm')}
    ${readBackList(shown.app, role)}
    <p class="wizard-buttons">
      ${readAloudButton()}
      <button type="button" class="button button-primary" id="confirm">${esc(t('consent.yes'))}</button>
      <button type="button" class="button button-secondary" id="back">${esc(t('apply.back'))}</button></p>
    <p>${esc(t(role === 'citizen' ? 'consent.notRight' : 'confirm.notRight.contact-person'))}</p>
  </section>`;
  wireReadAloud(main, shown.app, role);
  main.querySelector('#back').addEventListener('click', () => {
    stopReading();
    shown = null;
    errors = {};
    render(main, user);
    main.querySelector('#confirm-heading').focus();
  });
  const yes = main.querySelector('#confirm');
  yes.addEventListener('click', async () => {
    yes.disabled = true;
    stopReading();
    try {
      await post('/api/applications/' + encodeURIComponent(shown.id) + '/confirmations', { code: shown.code });
    } catch (err) {
      yes.disabled = false;
      errors = { code: codeRefused(err) };
      render(main, user);
      main.querySelector('#error-summary').focus();
      return;
    }
    rememberMine(user, shown.id);
    location.href = '/status.html?id=' + encodeURIComponent(shown.id) + '&confirmed=1';
  });
}

function render(main, user) {
  if (shown) {
    renderReadBack(main, user);
  } else {
    renderCode(main, user);
  }
}

mountPage({
  roles: ['citizen', 'contact-person'],
  titleKey: 'confirm.pageTitle',
  render: async (main, user) => render(main, user),
});
