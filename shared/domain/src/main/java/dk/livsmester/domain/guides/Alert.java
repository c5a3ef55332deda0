package dk.livsmester.domain.guides;

import java.time.Instant;

/**
 * Something the coordinator should look at about a match. The id says what and since when
 * ({@code INACTIVE-<matchId>-<last activity>}, {@code DEBRIEF-<matchId>}), so the follow-up run, however often it
 * runs, raises each alert once, and a match that goes quiet again after a meeting gets a new one.
 */
public record Alert(String id, AlertKind kind, String matchId, String guideId, String requestId, Instant lastActivityAt,
                    int daysWithoutMeeting, AlertStatus status, Instant createdAt, String acknowledgedBy,
                    Instant acknowledgedAt, Instant resolvedAt, long version) {

    public Alert acknowledge(String by, Instant at) {
        return new Alert(id, kind, matchId, guideId, requestId, lastActivityAt, daysWithoutMeeting,
                AlertStatus.ACKNOWLEDGED, createdAt, by, at, resolvedAt, version + 1);
    }

    public Alert resolve(Instant at) {
        return new Alert(id, kind, matchId, guideId, requestId, lastActivityAt, daysWithoutMeeting, AlertStatus.RESOLVED,
                createdAt, acknowledgedBy, acknowledgedAt, at, version + 1);
    }
}
