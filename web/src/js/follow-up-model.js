// The easy-read follow-up, one question per screen: 1. did it help (yes, a little, no: three pictures), 2. where are
// you now on the 1–10 ruler of the sub-goal (its start and target shown), 3. anything to add (optional), then send.
// Plain state and rules, no DOM: the node test walks it.
export const STEPS = ['answer', 'ruler', 'note'];

export const ANSWERS = [
  { value: 'HELPED', key: 'followUp.answer.HELPED', pict: 'check' },
  { value: 'HELPED_A_LITTLE', key: 'followUp.answer.HELPED_A_LITTLE', pict: 'sprout' },
  { value: 'DID_NOT_HELP', key: 'followUp.answer.DID_NOT_HELP', pict: 'question' },
];

export function newFollowUp(milestone) {
  return { milestone: milestone === 'THREE_MONTHS' ? 'THREE_MONTHS' : 'ONE_MONTH', step: 0, answer: null, ruler: null, note: '', error: null };
}

/** The error key for the current step, or null when it may move on (the ruler and the note may be left out). */
export function stepError(f) {
  if (STEPS[f.step] === 'answer' && !f.answer) {
    return 'followUp.error.answer';
  }
  if (STEPS[f.step] === 'note' && f.note.length > 1000) {
    return 'followUp.error.note';
  }
  return null;
}

/** Next screen; false when this one must be answered first (f.error says why). */
export function next(f) {
  f.error = stepError(f);
  if (f.error) {
    return false;
  }
  f.step = Math.min(f.step + 1, STEPS.length - 1);
  return true;
}

export function back(f) {
  f.error = null;
  f.step = Math.max(0, f.step - 1);
}

export function isLast(f) {
  return f.step === STEPS.length - 1;
}

/** What is sent to POST /api/applications/{id}/follow-ups. */
export function body(f) {
  const b = { milestone: f.milestone, answer: f.answer };
  if (f.ruler) {
    b.ruler = Number(f.ruler);
  }
  if (f.note.trim()) {
    b.note = f.note.trim();
  }
  return b;
}

/** The follow-up's state on the application: already answered, not open yet (with its day), or open. */
export function availability(app, milestone, todayIso) {
  if ((app.followUps || []).some((x) => x.milestone === milestone)) {
    return { state: 'answered' };
  }
  const opens = milestone === 'THREE_MONTHS' ? app.followUpThreeMonths : app.followUpOneMonth;
  if (!opens) {
    return { state: 'notGranted' };
  }
  return opens > todayIso ? { state: 'notYet', opens } : { state: 'open' };
}
