// The frame every page shares: skip link, header with the signed-in person, the role's menu, the language switch,
// <main>, footer. A page gives a render function; it runs again when the language changes, so the page keeps its
// state (and the text a person typed) while every word switches language.
import { t, lang, setLang, onLangChange, translate, code } from './i18n.js';
import { session, signOut, requireRole } from './auth.js';
import { wireMobileNav } from './mobile-nav.js';

const NAV = {
  citizen: [['nav.status', '/status.html'], ['nav.apply', '/apply.html'], ['nav.guideRequest', '/guide-request.html'], ['nav.confirm', '/confirm.html'], ['nav.mailbox', '/mailbox.html'], ['nav.myData', '/my-data.html']],
  'contact-person': [['nav.apply', '/apply.html'], ['nav.status', '/status.html'], ['nav.confirm', '/confirm.html'], ['nav.guideRequest', '/guide-request.html'], ['nav.mailbox', '/mailbox.html']],
  team: [['nav.team', '/team.html'], ['nav.guides', '/guides.html'], ['nav.evaluation', '/evaluation.html'], ['nav.mailbox', '/mailbox.html']],
  admin: [['nav.team', '/team.html'], ['nav.guides', '/guides.html'], ['nav.evaluation', '/evaluation.html'], ['nav.mailbox', '/mailbox.html']],
  coordinator: [['nav.matching', '/matching.html'], ['nav.guides', '/guides.html'], ['nav.guideRequest', '/guide-request.html'],
    ['nav.evaluation', '/evaluation.html'], ['nav.mailbox', '/mailbox.html']],
  finance: [['nav.finance', '/finance.html'], ['nav.evaluation', '/evaluation.html'], ['nav.mailbox', '/mailbox.html']],
  guide: [['nav.guide', '/guide.html'], ['nav.mailbox', '/mailbox.html']],
  auditor: [['nav.readLog', '/read-log.html']],
};

export function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

function icon(name) {
  return `<svg class="icon-svg" focusable="false" aria-hidden="true"><use href="/vendor/dkfds/img/all-svg-icons.svg#${name}"></use></svg>`;
}
export { icon };

function header(user) {
  const here = location.pathname;
  const links = user ? (NAV[user.role] || []) : [];
  const other = lang() === 'da' ? ['en', 'English'] : ['da', 'Dansk'];
  return `
  <a class="skipnav" href="#main-content">${esc(t('layout.skip'))}</a>
  <header class="header">
    <div class="solution-info">
      <div class="solution-info-inner container">
        <div class="solution-heading"><a href="/index.html">${esc(t('layout.title'))}</a></div>
        ${user ? `<button type="button" class="button button-secondary button-menu-open js-menu-open ml-auto" id="menu-open"
          aria-haspopup="dialog" aria-expanded="false" aria-controls="mobile-drawer">${icon('menu')}${esc(t('layout.menu'))}</button>` : ''}
        <div class="additional-info">
          <p><strong class="authority-name">${esc(t('layout.authority'))}</strong></p>
          ${user ? `<p class="user-line">${esc(t('layout.signedInAs', { name: user.name, role: code('role', user.role) }))}
            <button type="button" class="function-link" id="sign-out">${icon('lock')}${esc(t('layout.signOut'))}</button></p>` : ''}
        </div>
      </div>
    </div>
    ${links.length ? `<div class="navigation-menu"><div class="navigation-menu-inner container">
      <nav class="nav" aria-label="${esc(t('layout.menu'))}"><ul class="mainmenu">
        ${links.map(([key, href]) => `<li${href === here ? ' class="current active"' : ''}><a class="nav-link" href="${href}"${href === here ? ' aria-current="page"' : ''}><span>${esc(t(key))}</span></a></li>`).join('')}
      </ul></nav></div></div>` : ''}
    ${user ? drawer(user, links, here) : ''}
  </header>
  ${user ? '<div class="overlay" id="menu-overlay"></div>' : ''}
  <div class="language-switcher"><div class="container">
    <ul aria-label="${esc(t('layout.chooseLanguage'))}">
      <li><a href="?lang=${other[0]}" id="switch-language" lang="${other[0]}" hreflang="${other[0]}">${icon('language')}${other[1]}</a></li>
    </ul>
  </div></div>`;
}

/** The mobile drawer: who is signed in, "Log ud", and the role's pages (DKFDS's .mobile-drawer). */
function drawer(user, links, here) {
  return `<div class="mobile-drawer" id="mobile-drawer" role="dialog" aria-modal="true" aria-hidden="true" aria-labelledby="drawer-title">
    <div class="menu-top"><h2 class="h5" id="drawer-title">${esc(t('layout.menu'))}</h2>
      <button type="button" class="function-link button-menu-close js-menu-close" id="menu-close">${icon('close')}${esc(t('layout.closeMenu'))}</button></div>
    <div class="menu-user"><p>${esc(t('layout.signedInAs', { name: user.name, role: code('role', user.role) }))}</p>
      <button type="button" class="function-link" id="sign-out-mobile">${icon('lock')}${esc(t('layout.signOut'))}</button></div>
    <nav aria-label="${esc(t('layout.menu'))}"><ul class="navigation-menu-mobile">
      ${links.map(([key, href]) => `<li${href === here ? ' class="active current"' : ''}><a class="nav-link" href="${href}"${href === here ? ' aria-current="page"' : ''}>${esc(t(key))}</a></li>`).join('')}
    </ul></nav></div>`;
}

function footer(user) {
  // The privacy notice stays one click away after it was acknowledged.
  const notice = user ? `<p><a href="/privacy-notice.html" id="footer-privacy">${esc(t('pn.footerLink'))}</a></p>` : '';
  return `<footer><div class="footer"><div class="container"><p>${esc(t('layout.footer'))}</p>${notice}</div></div></footer>`;
}

/**
 * Mounts a page. roles: who may see it (empty: anyone); titleKey: the page title; render(main, user): draws the
 * page's content and may be async. When the first render is done, body[data-ready] is set (the browser tests wait on it).
 */
export function mountPage({ roles = [], titleKey, render }) {
  const params = new URLSearchParams(location.search);
  if (params.get('lang')) {
    localStorage.setItem('livsmester.lang', params.get('lang') === 'en' ? 'en' : 'da');
  }
  document.documentElement.lang = lang();
  const user = roles.length ? requireRole(...roles) : (session() && session().user);
  if (roles.length && !user) {
    return;
  }
  const app = document.getElementById('app');
  const draw = async () => {
    document.title = t(titleKey) + ' – ' + t('layout.title');
    app.innerHTML = header(user) + '<main id="main-content" class="container page-main" tabindex="-1"></main>' + footer(user);
    translate(app);
    for (const id of ['sign-out', 'sign-out-mobile']) {
      // Signs out at the provider too, which sends the browser back to the start page.
      const out = document.getElementById(id);
      if (out) {
        out.addEventListener('click', () => signOut());
      }
    }
    wireMobileNav();
    document.getElementById('switch-language').addEventListener('click', (e) => {
      e.preventDefault();
      setLang(lang() === 'da' ? 'en' : 'da');
      document.getElementById('switch-language').focus();
    });
    try {
      await render(document.getElementById('main-content'), user);
    } catch (e) {
      showError(document.getElementById('main-content'), e);
    }
  };
  onLangChange(async () => {
    delete document.body.dataset.ready;
    await draw();
    document.body.dataset.ready = 'true';
  });
  draw().then(() => {
    document.body.dataset.ready = 'true';
  });
}

/** An alert box in DKFDS style. kind: info | success | warning | error. */
export function alertBox(kind, heading, text, { id, focus } = {}) {
  const role = kind === 'error' || kind === 'warning' ? ' role="alert"' : '';
  const names = { info: 'info', success: 'check', warning: 'warning', error: 'error' };
  return `<div class="alert alert-${kind}"${role}${id ? ` id="${id}"` : ''}${focus ? ' tabindex="-1"' : ''}>
    ${icon(names[kind])}<div class="alert-body">
    ${heading ? `<p class="alert-heading">${esc(heading)}</p>` : ''}
    ${text ? `<p class="alert-text">${esc(text)}</p>` : ''}</div></div>`;
}

/** Shows what went wrong in plain words; never a stack trace. */
export function showError(el, e) {
  const msg = e && (lang() === 'en' ? e.messageEn : e.messageDa);
  el.insertAdjacentHTML('afterbegin', alertBox('error', t('common.somethingWrong'), msg || t('common.tryAgain')));
}
