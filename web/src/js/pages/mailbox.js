// The signed-in person's notices, newest first (and staff also their role's shared mailbox). Every notice lands here,
// whatever channel also carried it; locally, with e-mail and SMS off, this is where they are read.
import { mountPage, esc } from '../layout.js';
import { t, lang, code } from '../i18n.js';
import { get } from '../api.js';
import { date, todayIso } from '../format.js';

mountPage({
  roles: ['citizen', 'contact-person', 'team', 'coordinator', 'guide', 'finance', 'admin'],
  titleKey: 'mailbox.title',
  render: async (main) => {
    const items = await get('/api/notices');
    const en = lang() === 'en';
    main.innerHTML = `<h1>${esc(t('mailbox.title'))}</h1>
      <p class="font-lead">${esc(t('mailbox.lead'))} <a href="/notice-settings.html">${esc(t('mailbox.settings'))}</a></p>
      ${items.length ? `<ul class="mailbox" id="mailbox">${items.map((n) => `<li class="notice" data-kind="${esc(n.kind)}" data-id="${esc(n.id)}">
        <h2 class="h4">${esc(en ? n.titleEn : n.titleDa)}</h2>
        <p>${esc(en ? n.bodyEn : n.bodyDa)}</p>
        <p class="notice-meta">${esc(date(todayIso(new Date(n.createdAt)), lang()))} · ${esc(code('channel', n.channel))}</p>
        <p><a href="${esc(n.link)}">${esc(t('mailbox.open'))}</a></p></li>`).join('')}</ul>`
    : `<p id="mailbox-empty">${esc(t('mailbox.empty'))}</p>`}`;
  },
});
