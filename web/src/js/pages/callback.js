// Where the provider sends the browser back with a code (or an error). The library checks that the state is the one
// this tab sent, redeems the code with its PKCE verifier and keeps the tokens; then the person goes on to the page
// they came for (only a page on this site) or their role's start page, through the privacy notice while the person
// has not read its current version. A state that is not ours is refused here.
import { mountPage, esc, alertBox } from '../layout.js';
import { t } from '../i18n.js';
import { completeSignIn, signIn, HOME } from '../auth.js';
import { get } from '../api.js';
import { afterSignIn } from '../privacy-notice-model.js';

// Once per page load: a code can be redeemed once, and the page draws itself again when the language changes.
const outcome = completeSignIn().then((done) => ({ done }), (error) => ({ error }));

function reason(error) {
  // oidc-client-ts: an ErrorResponse carries the provider's OAuth error; a state that is unknown or missing is an Error.
  if (error && error.error === 'access_denied') {
    return t('callback.cancelled');
  }
  if (error && !error.error && /state/i.test(String(error.message))) {
    return t('callback.badState');
  }
  return t('callback.error');
}

mountPage({
  titleKey: 'callback.title',
  render: async (main) => {
    main.innerHTML = `<h1>${esc(t('callback.heading'))}</h1><p>${esc(t('callback.wait'))}</p>`;
    const { done, error } = await outcome;
    if (done) {
      const dest = done.next || HOME[done.session.user.role] || '/index.html';
      // The notice's status is asked once; if the call fails, the person goes on (the notice is information).
      const notice = await get('/api/privacy-notice').catch(() => null);
      location.replace(afterSignIn(notice, dest));
      await new Promise(() => {});
    }
    main.innerHTML = `<h1>${esc(t('callback.failed'))}</h1>
      ${alertBox('error', null, reason(error), { id: 'callback-error' })}
      <p><button type="button" class="button button-primary" id="sign-in-again">${esc(t('callback.again'))}</button></p>`;
    main.querySelector('#sign-in-again').addEventListener('click', () => signIn(null));
  },
});
