// The team's decision form without its page: the reasons for a rejection, and which of them the rule findings give.

/** The reason codes a rejection can give: the pilot's four and the eligibility rules. */
export const REASONS = ['R1', 'R2', 'R3', 'R4', 'AGE', 'SERVICE', 'WINDOW', 'POOL'];

/** The blocking rule findings that are reasons for rejection: ticked in advance when the team chooses to reject. */
export function reasonsFromFindings(app) {
  return (app.findings || []).filter((f) => f.severity === 'BLOCKING' && REASONS.includes(f.code)).map((f) => f.code);
}
