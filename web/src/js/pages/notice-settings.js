// Whether and how notices reach me: not at all outside the app (the mailbox only), by e-mail or by SMS, in Danish or
// English. An SMS says only a short title and a link.
import { mountPage, esc, alertBox } from '../layout.js';
import { t } from '../i18n.js';
import { get, put, ApiError } from '../api.js';
import { radios, input, errorSummary, fieldErrors } from '../forms.js';
import { pictogram } from '../pictograms.js';

let form = null;
let errors = {};
let saved = false;

function render(main) {
  main.innerHTML = `<div class="question"><div class="question-body">
    <h1 tabindex="-1" id="settings-heading">${esc(t('settings.title'))}</h1>
    <p class="font-lead">${esc(t('settings.lead'))}</p>
    ${saved ? alertBox('success', t('settings.saved'), null, { id: 'settings-saved' }) : ''}
    <form id="settings-form" novalidate>
      ${errorSummary(errors)}
      ${radios({ path: 'channel', legend: t('settings.channel'), value: form.optIn ? form.channel : 'MAILBOX', error: errors.optIn,
    pictogramFn: pictogram, options: [
      { value: 'MAILBOX', label: t('settings.channel.MAILBOX'), pict: 'house' },
      { value: 'EMAIL', label: t('settings.channel.EMAIL'), pict: 'letter' },
      { value: 'SMS', label: t('settings.channel.SMS'), pict: 'phone' }] })}
      ${input({ path: 'email', type: 'email', label: t('settings.email'), value: form.email, error: errors.email, optional: true, autocomplete: 'email' })}
      ${input({ path: 'phone', type: 'tel', label: t('settings.phone'), hint: t('settings.phoneHint'), value: form.phone, error: errors.phone, optional: true, autocomplete: 'tel' })}
      ${radios({ path: 'language', legend: t('settings.language'), value: form.language, error: errors.language,
    options: [{ value: 'da', label: 'Dansk' }, { value: 'en', label: 'English' }] })}
      <button type="submit" class="button button-primary" id="settings-save">${esc(t('settings.save'))}</button>
    </form></div></div>`;
  main.querySelector('#settings-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const channel = (main.querySelector('input[name="channel"]:checked') || {}).value || 'MAILBOX';
    form = { optIn: channel !== 'MAILBOX', channel, language: (main.querySelector('input[name="language"]:checked') || {}).value || 'da',
      email: main.querySelector('#f-email').value, phone: main.querySelector('#f-phone').value };
    errors = {};
    saved = false;
    try {
      form = await put('/api/notices/preferences', form);
      saved = true;
    } catch (err) {
      if (!(err instanceof ApiError && err.status === 400)) {
        throw err;
      }
      errors = fieldErrors(err);
    }
    render(main);
    (main.querySelector('[aria-invalid="true"]') || main.querySelector(saved ? '#settings-saved' : '#settings-heading')).focus();
  });
}

mountPage({
  roles: ['citizen', 'contact-person', 'team', 'coordinator', 'guide', 'finance', 'admin'],
  titleKey: 'settings.title',
  render: async (main) => {
    if (!form) {
      form = await get('/api/notices/preferences');
    }
    render(main);
  },
});
