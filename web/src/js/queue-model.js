import { t } from './i18n.js';

// The team's queue as the API sends it (GET /api/applications/queue): already in its order (overdue first, then the
// earliest due date), each application with the API's answer window, due date and overdue flag. The page shows that
// order and those flags as they come; here is only what the page says about the queue as a whole.

/**
 * {count, overdue, answerDays}: how many wait, how many are overdue, and the answer window the API sends with each
 * application (with the pools, for a queue that is empty: the same setting).
 */
export function queueSummary(items, pools = []) {
  const from = items[0] || pools[0];
  return {
    count: items.length,
    overdue: items.filter((a) => a.overdue === true).length,
    answerDays: from ? from.answerDays : null,
  };
}

/**
 * The two confirmations the team looks for, apart: [{role, done, inPerson}] for the citizen and the contact person.
 * A grant needs the citizen's own (the API refuses it otherwise); the queue shows who is still missing.
 */
export function confirmationParties(app) {
  const list = app.confirmations || [];
  return ['citizen', 'contact-person'].map((role) => {
    const c = list.find((x) => x.role === role);
    return { role, done: !!c, inPerson: !!c && c.method === 'IN_PERSON' };
  });
}

/** "1 ansøgning venter" for one, "3 ansøgninger venter" for more: the noun agrees with the number. */
export function queueCaption(summary, l) {
  return summary.count === 1 ? t('team.caption.one', { overdue: summary.overdue }, l)
    : t('team.caption', { n: summary.count, overdue: summary.overdue }, l);
}
