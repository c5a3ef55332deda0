// The other party confirms an application with the eight-character code the creator gave them: usually the citizen, when
// the contact person sent it; or the contact person, when the citizen did. A link from the creator's status page
// (confirm.html?id=…) fills in the application; otherwise its number is typed too. A wrong code or number is one
// plain message next to the code (the API does not say which of the two is wrong, so nothing can be probed).
import { mountPage, esc } from '../layout.js';
import { t } from '../i18n.js';
import { post, ApiError } from '../api.js';
import { input, errorSummary } from '../forms.js';
import { rememberMine } from '../mine.js';
import { parseCode, parseApplicationId } from '../confirm-model.js';

const form = { id: '', code: '' };
let errors = {};

function render(main, user) {
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
      <button type="submit" class="button button-primary" id="confirm">${esc(t('confirm.button'))}</button>
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
      const button = main.querySelector('#confirm');
      button.disabled = true;
      try {
        await post('/api/applications/' + encodeURIComponent(id) + '/confirmations', { code: c });
        rememberMine(user, id);
        location.href = '/status.html?id=' + encodeURIComponent(id) + '&confirmed=1';
        return;
      } catch (err) {
        button.disabled = false;
        // 404: no application with that number, or the code does not match it; the same answer for both.
        if (!(err instanceof ApiError && (err.status === 404 || err.status === 400))) {
          throw err;
        }
        errors.code = t('confirm.error.wrong');
      }
    }
    render(main, user);
    const first = main.querySelector('[aria-invalid="true"]');
    (first || main.querySelector('#confirm-heading')).focus();
    if (first) {
      // What is wrong is selected: typing the right one replaces it, no deleting first.
      first.select();
    }
  });
}

function wireSummary(main) {
  main.querySelectorAll('#error-summary a').forEach((a) => a.addEventListener('click', (e) => {
    e.preventDefault();
    main.querySelector(a.getAttribute('href')).focus();
  }));
}

mountPage({
  roles: ['citizen', 'contact-person'],
  titleKey: 'confirm.pageTitle',
  render: async (main, user) => render(main, user),
});
