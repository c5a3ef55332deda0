// The team's queue order, for when the API's own queue (already overdue first) is not there: overdue first, then the
// earliest due date; an application without a due date (not submitted) last.

export function withOverdue(items, today) {
  return items.map((a) => ({ ...a, overdue: !!a.dueDate && a.dueDate < today }));
}

export function sortQueue(items) {
  return [...items].sort((a, b) => (Number(!!b.overdue) - Number(!!a.overdue))
    || String(a.dueDate || '9999-12-31').localeCompare(String(b.dueDate || '9999-12-31')));
}
