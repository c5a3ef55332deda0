// DKFDS's mobile navigation on narrow screens (below 992 px, where DKFDS hides the header's menu and the signed-in
// line): a "Menu" button opens the drawer with the role's pages and "Log ud"; "Luk", Escape or the overlay close it,
// and focus goes back to the button. The markup is DKFDS's (.button-menu-open, .mobile-drawer, .overlay); this is the
// small part of DKFDS's script the pages need, without the rest of it.
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), [tabindex="0"]';

export function wireMobileNav(root = document) {
  const open = root.getElementById('menu-open');
  const drawer = root.getElementById('mobile-drawer');
  const overlay = root.getElementById('menu-overlay');
  if (!open || !drawer) {
    return;
  }
  const close = drawer.querySelector('.js-menu-close');
  const setOpen = (on) => {
    drawer.classList.toggle('is-visible', on);
    overlay.classList.toggle('is-visible', on);
    drawer.setAttribute('aria-hidden', on ? 'false' : 'true');
    open.setAttribute('aria-expanded', on ? 'true' : 'false');
    document.body.classList.toggle('mobile-nav-active', on);
    (on ? close : open).focus();
  };
  open.addEventListener('click', () => setOpen(true));
  close.addEventListener('click', () => setOpen(false));
  overlay.addEventListener('click', () => setOpen(false));
  drawer.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      setOpen(false);
    } else if (e.key === 'Tab') {
      // Focus stays in the open drawer (it is a modal dialog).
      const items = [...drawer.querySelectorAll(FOCUSABLE)];
      const first = items[0];
      const last = items[items.length - 1];
      if (e.shiftKey && document.activeElement === first) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && document.activeElement === last) {
        e.preventDefault();
        first.focus();
      }
    }
  });
}
