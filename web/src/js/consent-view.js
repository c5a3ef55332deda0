// The read-back of what is agreed to, drawn: one easy-read line per thing with its pictogram, and the button that
// reads it aloud where the browser can speak. The status page (the citizen's yes in their account) and confirm.html
// (the yes with the code) both show it; what it says is consent-model.js.
import { esc } from './layout.js';
import { t, lang } from './i18n.js';
import { pictogram } from './pictograms.js';
import { readBack, speechText, voiceFor } from './consent-model.js';

/** The read-back's lines as a list (id consent-readback), worded for the citizen or for the contact person. */
export function readBackList(app, role = 'citizen') {
  return `<ul class="readback nobullet-list" id="consent-readback">${readBack(app, lang(), role).map((x) => `<li class="readback-row">${pictogram(x.pict, 40)}<span class="readback-text">${esc(x.text)}</span></li>`).join('')}</ul>`;
}

/** The "Læs op" button, only where the browser can speak. */
export function readAloudButton() {
  return 'speechSynthesis' in window
    ? `<button type="button" class="button button-secondary" id="read-aloud" aria-pressed="false">${esc(t('consent.readAloud'))}</button>` : '';
}

/** Stops reading aloud (before the page moves on). */
export function stopReading() {
  if ('speechSynthesis' in window) {
    speechSynthesis.cancel();
  }
}

/**
 * Wires the "Læs op" button (#read-aloud) under root: reads textOf(language) aloud in the page's language, or stops.
 * keys: the button's words while silent and while reading. The read-back and the privacy notice both use it.
 */
export function wireSpeech(root, textOf, keys = ['consent.readAloud', 'consent.stop']) {
  const aloud = root.querySelector('#read-aloud');
  if (!aloud) {
    return;
  }
  aloud.addEventListener('click', () => {
    if (speechSynthesis.speaking) {
      speechSynthesis.cancel();
      aloud.setAttribute('aria-pressed', 'false');
      aloud.textContent = t(keys[0]);
      return;
    }
    const l = lang();
    const u = new SpeechSynthesisUtterance(textOf(l));
    // Danish where the browser has a Danish voice; the language tag alone lets it pick the nearest otherwise.
    const voice = voiceFor(speechSynthesis.getVoices(), l);
    u.lang = voice ? voice.lang : (l === 'en' ? 'en-GB' : 'da-DK');
    if (voice) {
      u.voice = voice;
    }
    u.onend = () => {
      aloud.setAttribute('aria-pressed', 'false');
      aloud.textContent = t(keys[0]);
    };
    aloud.setAttribute('aria-pressed', 'true');
    aloud.textContent = t(keys[1]);
    speechSynthesis.speak(u);
  });
}

/** Wires the "Læs op" button under root: reads the read-back aloud in the page's language, or stops it. */
export function wireReadAloud(root, app, role = 'citizen') {
  wireSpeech(root, (l) => speechText(readBack(app, l, role), l, role));
}
