// Sign-in. Locally: pick one of the invented demo people; in AWS the auth module sends you to Cognito instead.
import { mountPage, esc, alertBox } from '../layout.js';
import { t } from '../i18n.js';
import { demoUsers, signIn, session, HOME } from '../auth.js';
import { pictogram } from '../pictograms.js';

const ORDER = ['citizen', 'contact-person', 'team', 'coordinator', 'finance', 'guide', 'admin'];

function safeNext(next) {
  // Only a path on this site: never send a person on to another site after signing in.
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

mountPage({
  titleKey: 'start.title',
  render: async (main) => {
    const params = new URLSearchParams(location.search);
    const users = await demoUsers();
    const s = session();
    main.innerHTML = `<div class="question"><div class="question-pictogram">${pictogram('star', 72)}</div><div class="question-body">
      <h1>${esc(t('start.heading'))}</h1>
      <p class="font-lead">${esc(t('start.lead'))}</p>
      ${params.get('role') === 'wrong' ? alertBox('warning', t('start.wrongRole'), null) : ''}
      ${s && params.get('role') !== 'wrong' && HOME[s.user.role] !== '/index.html' ? `<p>${esc(t('start.signedIn'))} <a class="button button-primary" href="${HOME[s.user.role]}">${esc(t('start.goOn'))}</a></p>` : ''}
      <h2>${esc(t('start.choose'))}</h2>
      <p class="form-hint">${esc(t('start.demo'))}</p>
      ${ORDER.map((role) => {
    const people = users.filter((u) => u.role === role);
    return people.length ? `<h3>${esc(t('role.' + role))}</h3><ul class="nobullet-list sign-in-list">${people.map((u) => `<li>
          <button type="button" class="button button-secondary sign-in" data-sub="${esc(u.sub)}">${esc(t('start.signInAs', { name: u.name }))}</button></li>`).join('')}</ul>` : '';
  }).join('')}
    </div></div>`;
    main.querySelectorAll('.sign-in').forEach((b) => b.addEventListener('click', async () => {
      const user = await signIn(b.dataset.sub);
      location.href = safeNext(params.get('next')) && params.get('role') !== 'wrong' ? safeNext(params.get('next')) : (HOME[user.role] || '/index.html');
    }));
  },
});
