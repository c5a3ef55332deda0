package dk.livsmester.guides;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dk.livsmester.domain.guides.GuideRequest;

import java.time.Duration;
import java.time.Instant;

/**
 * A guide request as the coordinator's queue shows it: the request's own fields, and how long the citizen has waited
 * since asking ({@code waitingSeconds}, and whole days for people) while it still waits for a guide.
 */
public record QueuedRequest(@JsonUnwrapped GuideRequest request, Long waitingSeconds, Long waitingDays) {

    public static QueuedRequest of(GuideRequest q, Instant now) {
        Long seconds = q.waitingForGuide() ? Math.max(0, Duration.between(q.createdAt(), now).toSeconds()) : null;
        return new QueuedRequest(q, seconds, seconds == null ? null : seconds / 86_400);
    }
}
