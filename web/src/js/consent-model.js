// The citizen's own confirmation in their account: when they are asked, and the read-back of what they agree to, in
// easy-read lines with a pictogram each, and as one text to read aloud. Pure functions: no DOM (node tests them).
import { t } from './i18n.js';
import { kr, date } from './format.js';

const OPEN = ['SUBMITTED', 'IN_REVIEW', 'NEEDS_INFO'];

/**
 * 'ask': the signed-in citizen is the one it is for and has not said yes yet (and it is sent, not decided);
 * 'done': the citizen has confirmed; null: nothing to show this person.
 */
export function consentState(app, user) {
  const confirmed = (app.confirmations || []).some((c) => c.role === 'citizen');
  if (!user || user.role !== 'citizen' || app.citizenSubject !== user.sub) {
    return null;
  }
  if (confirmed) {
    return 'done';
  }
  return OPEN.includes(app.status) ? 'ask' : null;
}

/** A read-back text: to the citizen ("dit ønske"), or to the contact person about the citizen ("borgerens ønske"). */
function worded(key, role) {
  return role === 'contact-person' ? key.replace('consent.', 'consent.cp.') : key;
}

/**
 * What is agreed to, one short line per thing, each with the pictogram that goes with it; worded for the citizen, or
 * for the contact person when they are the one who confirms (role 'contact-person').
 */
export function readBack(app, l, role = 'citizen') {
  const lines = [];
  const add = (pict, key, params) => lines.push({ pict, text: t(worded(key, role), params, l) });
  if (app.wish && app.wish.headline) add('star', 'consent.wish', { text: app.wish.headline });
  if (app.appliedFor) add('gift', 'consent.appliedFor', { text: app.appliedFor });
  add('coins', 'consent.amount', { sum: kr(app.requestedOre, l) });
  if (app.period && app.period.from) add('calendar', 'consent.period', { from: date(app.period.from, l), to: date(app.period.to, l) });
  if (app.wish && app.wish.howItHelps) add('sprout', 'consent.helps', { text: app.wish.howItHelps });
  if (app.subGoal && app.subGoal.text) add('target', 'consent.subGoal', { text: app.subGoal.text });
  add('people', 'consent.team', {});
  add('check', 'consent.useMoney', {});
  add('speech', 'consent.followUp', {});
  return lines;
}

/** The read-back as one text for speech: the heading, then each line as its own sentence. */
export function speechText(lines, l, role = 'citizen') {
  // Each line ends as a sentence (its own ? or ! kept), so the voice pauses between them.
  return [t(worded('consent.title', role), {}, l), ...lines.map((x) => x.text)].map((s) => s.trim())
    .map((s) => (/[.?!]$/.test(s) ? s : s + '.')).join(' ');
}

/** The browser's voice for the language ('da' or 'en'), or null when it has none (then it is not offered for Danish). */
export function voiceFor(voices, l) {
  const want = l === 'en' ? 'en' : 'da';
  return (voices || []).find((v) => String(v.lang || '').toLowerCase().startsWith(want)) || null;
}
