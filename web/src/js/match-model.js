// A match after the coordinator approved it: the guide's answer, the first meeting, the meetings and their logs, the
// debrief, the closure; the guide's path; the coordinator's figures. Pure functions on the API's shapes (node tests
// them). Meeting times are local Danish times without a zone ("2026-12-03T10:00:00"), as the API sends them.

/** The statuses that hold one of the guide's places: the match is active. */
export const ACTIVE_STATUSES = ['APPROVED', 'ACCEPTED'];

/** The moves along a guide's path the API allows (GuidePathRules); the page offers only these. */
const NEXT = {
  INTERESTED: ['ADMITTED', 'STOPPED'],
  ADMITTED: ['IN_TRAINING', 'STOPPED'],
  IN_TRAINING: ['CERTIFIED', 'STOPPED'],
  CERTIFIED: ['ACTIVE', 'STOPPED'],
  ACTIVE: ['PAUSED', 'STOPPED'],
  PAUSED: ['ACTIVE', 'STOPPED'],
  STOPPED: [],
};

export function nextStatuses(status) {
  return NEXT[status] ? [...NEXT[status]] : [];
}

/** A guide may pause and resume themselves ("pause me"); every other move is the coordinator's. */
export function selfStatusMove(status) {
  return status === 'ACTIVE' ? 'PAUSED' : status === 'PAUSED' ? 'ACTIVE' : null;
}

function meetings(match) {
  return Array.isArray(match && match.meetings) ? match.meetings : [];
}

export function firstMeeting(match) {
  return meetings(match).find((m) => m.kind === 'FIRST') || null;
}

/** The latest meeting that was held (by when it started), or null. */
export function lastHeldMeeting(match) {
  return meetings(match).filter((m) => m.status === 'HELD')
    .sort((a, b) => String(b.startsAt).localeCompare(String(a.startsAt)))[0] || null;
}

/** Meetings still without a log, earliest first: what the guide or coordinator writes about next. */
export function meetingsToLog(match) {
  return meetings(match).filter((m) => m.status === 'PLANNED')
    .sort((a, b) => String(a.startsAt).localeCompare(String(b.startsAt)) || a.no - b.no);
}

/** The first meeting was held (logged as held): meetings can be agreed, the debrief and bus training planned. */
export function firstMeetingHeld(match) {
  const f = firstMeeting(match);
  return !!f && f.status === 'HELD';
}

/** The first meeting can be scheduled, or moved while it has not taken place, once the guide has accepted. */
export function canScheduleFirstMeeting(match) {
  const f = firstMeeting(match);
  return match.status === 'ACCEPTED' && (!f || f.status === 'PLANNED');
}

export function hasBusTraining(match) {
  return meetings(match).some((m) => m.kind === 'BUS_TRAINING');
}

/** "10", "10.00", "10:00", "9.30" or "0930" → "10:00" / "09:30"; null when it is not a time of day. */
export function parseTime(text) {
  const s = String(text ?? '').trim().replace(/^kl\.?\s*/i, '');
  const m = /^(\d{1,2})(?:[.:]?(\d{2}))?$/.exec(s);
  if (!m) {
    return null;
  }
  const h = Number(m[1]);
  const min = m[2] === undefined ? 0 : Number(m[2]);
  if (h > 23 || min > 59) {
    return null;
  }
  return String(h).padStart(2, '0') + ':' + String(min).padStart(2, '0');
}

/** A date ("2026-12-03") and a time ("10:00") as the API's local date-time: "2026-12-03T10:00". */
export function localDateTime(dateIso, time) {
  return dateIso + 'T' + time;
}

/** "2026-12-03T10:00:00" → {date: "2026-12-03", time: "10:00"}. */
export function splitLocal(dateTime) {
  const s = String(dateTime ?? '');
  return { date: s.slice(0, 10), time: s.slice(11, 16) };
}

/** Whole days from a waiting time in seconds (as the figures give them). */
export function secondsToDays(seconds) {
  return Math.floor(Number(seconds || 0) / 86_400);
}

/**
 * One row per guide for the figures' table: the guide's name from the registry, active matches, capacity, free
 * places and matches in all; the busiest first, then by name.
 */
export function loadRows(figures, guidesById) {
  return ((figures && figures.guides) || []).map((g) => ({
    ...g, name: guidesById.get(g.guideId) ? guidesById.get(g.guideId).name : g.guideId,
  })).sort((a, b) => b.activeMatches - a.activeMatches || String(a.name).localeCompare(String(b.name), 'da'));
}
