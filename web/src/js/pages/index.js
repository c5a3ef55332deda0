// The start page. Signed out, it sends the visitor on to sign in (locally the runtime's picker of invented demo
// people, in AWS Cognito's sign-in with MitID for citizens and the municipality's login for staff) and back to `next`
// afterwards. Signed in, it says as whom, and says so plainly when the person has no access to the page they wanted.
import { mountPage, esc, alertBox } from '../layout.js';
import { t } from '../i18n.js';
import { signIn, session, justSignedOut, HOME } from '../auth.js';
import { pictogram } from '../pictograms.js';

const params = new URLSearchParams(location.search);
const signedOut = justSignedOut();

function signInButton(main) {
  main.querySelector('#sign-in').addEventListener('click', async () => {
    await signIn(params.get('next'));
  });
}

mountPage({
  titleKey: 'start.title',
  render: async (main) => {
    const s = session();
    const wrong = params.get('role') === 'wrong';
    const frame = (inner) => `<div class="question"><div class="question-pictogram">${pictogram('star', 72)}</div><div class="question-body">
      <h1>${esc(t('start.heading'))}</h1>
      <p class="font-lead">${esc(t('start.lead'))}</p>${inner}</div></div>`;
    if (!s && !wrong && !signedOut) {
      main.innerHTML = frame(`<p>${esc(t('start.redirecting'))}</p>`);
      // Resolves only if the redirect does not happen; the page never reports itself ready meanwhile.
      await signIn(params.get('next'));
      await new Promise(() => {});
    }
    if (!s) {
      main.innerHTML = frame(`${signedOut ? alertBox('success', t('start.signedOut'), null) : ''}
        <p><button type="button" class="button button-primary" id="sign-in">${esc(t('start.signIn'))}</button></p>`);
      signInButton(main);
      return;
    }
    const home = HOME[s.user.role];
    main.innerHTML = frame(`${wrong && home ? alertBox('warning', t('start.wrongRole'), null) : ''}
      ${home ? `<p>${esc(t('start.signedIn'))} <a class="button button-primary" href="${home}" id="go-on">${esc(t('start.goOn'))}</a></p>`
    : alertBox('warning', t('start.noRole'), t('start.noRoleText'))}
      <p class="form-hint">${esc(t('start.otherPerson'))}</p>`);
  },
});
