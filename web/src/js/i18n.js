// Easy-read Danish by default, English selectable. The choice is kept in localStorage and set on <html lang>, so
// screen readers read each language with the right voice.
import { TEXTS } from './texts.js';

const KEY = 'livsmester.lang';
const listeners = [];

export function lang() {
  try {
    const stored = globalThis.localStorage && localStorage.getItem(KEY);
    return stored === 'en' ? 'en' : 'da';
  } catch {
    return 'da';
  }
}

export function setLang(l) {
  localStorage.setItem(KEY, l === 'en' ? 'en' : 'da');
  document.documentElement.lang = lang();
  listeners.forEach((fn) => fn(lang()));
}

export function onLangChange(fn) {
  listeners.push(fn);
}

/** The text for a key in the current language, with {name} placeholders filled in. */
export function t(key, params = {}, l = lang()) {
  const entry = TEXTS[key];
  if (!entry) {
    throw new Error('No text for ' + key);
  }
  let s = l === 'en' ? entry[1] : entry[0];
  for (const [k, v] of Object.entries(params)) {
    s = s.split('{' + k + '}').join(String(v));
  }
  return s;
}

/** True if the pages have a text for the key (an optional one: a question's lead, a field's hint). */
export function hasText(key) {
  return Object.prototype.hasOwnProperty.call(TEXTS, key);
}

/**
 * The words for a code the API sent (an area, a task, a status ...): its text when the pages know the code, else the
 * code itself as it came (F5: free text such as an area "Aarhus Ø", or a status added to the API later, must not
 * break a page). Empty stays empty.
 */
export function code(family, value, params = {}, l = lang()) {
  const key = family + '.' + value;
  if (TEXTS[key]) {
    return t(key, params, l);
  }
  return value === null || value === undefined ? '' : String(value);
}

/** Picks the Danish or English one of two texts the API sent (letters, findings, errors). */
export function pick(da, en) {
  return lang() === 'en' ? (en || da) : (da || en);
}

/** Fills every [data-t] element under root with its text. */
export function translate(root = document) {
  root.querySelectorAll('[data-t]').forEach((el) => {
    el.textContent = t(el.dataset.t);
  });
}
