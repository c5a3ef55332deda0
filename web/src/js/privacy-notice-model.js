// The privacy notice without its page: which wording each audience reads (the API says the audience), its sections
// in order with a pictogram each, the whole notice as one text to read aloud, and where a sign-in goes when the
// notice is due. Plain functions (node tests them); pages/privacy-notice.js draws it and sends the acknowledgement.
import { t } from './i18n.js';

/** The current text's version: the API refuses an acknowledgement of any other, so page and API cannot drift apart. */
export const NOTICE_VERSION = '2026-12-01';
export const NOTICE_PAGE = '/privacy-notice.html';

/** Each audience's sections: [id, pictogram, number of lines]. */
const SECTIONS = {
  citizen: [['held', 'person', 4], ['why', 'target', 3], ['who', 'people', 5], ['long', 'calendar', 5], ['rights', 'star', 4]],
  'contact-person': [['held', 'person', 3], ['why', 'target', 2], ['who', 'people', 3], ['long', 'calendar', 2], ['rights', 'star', 3]],
  staff: [['held', 'person', 3], ['why', 'target', 2], ['who', 'people', 3], ['long', 'calendar', 2], ['duty', 'check', 3], ['rights', 'star', 1]],
};

/** The wording a role reads when the API has not said (the API's `audience` wins). */
export function audienceOf(role) {
  return role === 'citizen' || role === 'contact-person' ? role : 'staff';
}

/** The notice's sections for an audience, in the language asked for: {id, pict, title, lines}. */
export function sections(audience, l) {
  const a = SECTIONS[audience] ? audience : 'staff';
  return SECTIONS[a].map(([id, pict, n]) => ({ id, pict, title: t(`pn.${a}.${id}.title`, {}, l),
    lines: Array.from({ length: n }, (_, i) => t(`pn.${a}.${id}.${i + 1}`, {}, l)) }));
}

/** The notice as one text for speech: the title, then each section's heading and lines as sentences. */
export function speechText(audience, l) {
  const a = SECTIONS[audience] ? audience : 'staff';
  const parts = [t('pn.title.' + a, {}, l), ...sections(a, l).flatMap((s) => [s.title, ...s.lines])];
  return parts.map((s) => s.trim()).map((s) => (/[.?!]$/.test(s) ? s : s + '.')).join(' ');
}

/**
 * Where a sign-in goes on to: the notice first while the person has not read the current version (the page they were
 * going to is kept in `next`), else straight there. No status (the call failed): straight there; the notice is
 * information and never stops anyone working.
 */
export function afterSignIn(status, dest) {
  if (status && status.due) {
    return NOTICE_PAGE + '?next=' + encodeURIComponent(dest);
  }
  return dest;
}
