// The privacy notice: shown after the first sign-in (and after a change of its text), and always reachable from the
// footer. Easy-read with a pictogram per section for citizens and contact persons, plain words for staff; read aloud
// where the browser can speak; "Jeg har læst det" is stored with the notice's version, then the person goes on to
// the page they were going to. The wording is privacy-notice-model.js.
import { mountPage, esc, alertBox } from '../layout.js';
import { t, lang } from '../i18n.js';
import { get, post } from '../api.js';
import { pictogram } from '../pictograms.js';
import { date } from '../format.js';
import { HOME, safeNext } from '../auth-model.js';
import { wireSpeech, stopReading } from '../consent-view.js';
import { NOTICE_VERSION, audienceOf, sections, speechText } from '../privacy-notice-model.js';

let status = null;

function destination(user) {
  const next = safeNext(new URLSearchParams(location.search).get('next'), location.origin);
  return next && new URL(next).pathname !== '/privacy-notice.html' ? next : (HOME[user.role] || '/index.html');
}

function render(main, user) {
  const audience = status.audience || audienceOf(user.role);
  const l = lang();
  const done = !status.due;
  main.innerHTML = `<h1 tabindex="-1" id="notice-heading">${esc(t('pn.title.' + audience))}</h1>
    <p class="font-lead">${esc(t('pn.lead.' + audience))}</p>
    ${'speechSynthesis' in window ? `<p><button type="button" class="button button-secondary" id="read-aloud" aria-pressed="false">${esc(t('pn.readAloud'))}</button></p>` : ''}
    <div id="notice" data-audience="${esc(audience)}">${sections(audience, l).map((s) => `<section class="question notice-section" aria-labelledby="pn-${s.id}">
      <div class="question-pictogram">${pictogram(s.pict, 56)}</div>
      <div class="question-body"><h2 id="pn-${s.id}">${esc(s.title)}</h2>
      <ul class="nobullet-list">${s.lines.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div></section>`).join('')}</div>
    ${user.role === 'citizen' ? `<p><a href="/my-data.html" id="notice-my-data">${esc(t('pn.myData'))}</a></p>` : ''}
    <p class="text-small">${esc(t('pn.version', { version: status.version }))}</p>
    ${done ? alertBox('success', null, t('pn.ackDone', { date: date(status.acknowledgedAt, l) }), { id: 'notice-done' }) : ''}
    <p>${done ? `<a class="button button-primary" id="notice-go-on" href="${esc(destination(user))}">${esc(t('pn.goOn'))}</a>`
    : `<button type="button" class="button button-primary" id="notice-ack">${esc(t('pn.ack'))}</button>`}</p>`;
  wireSpeech(main, (l2) => speechText(audience, l2), ['pn.readAloud', 'pn.stop']);
  const ack = main.querySelector('#notice-ack');
  if (ack) {
    ack.addEventListener('click', async () => {
      ack.disabled = true;
      stopReading();
      try {
        status = await post('/api/privacy-notice/acknowledgements', { version: NOTICE_VERSION });
      } finally {
        ack.disabled = false;
      }
      location.assign(destination(user));
    });
  }
}

mountPage({
  roles: ['citizen', 'contact-person', 'team', 'coordinator', 'guide', 'finance', 'auditor', 'admin'],
  titleKey: 'pn.pageTitle',
  render: async (main, user) => {
    if (!status) {
      status = await get('/api/privacy-notice');
    }
    render(main, user);
  },
});
