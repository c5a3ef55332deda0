package dk.livsmester.guides;

import dk.livsmester.domain.guides.Disability;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.InfoRequest;
import dk.livsmester.domain.guides.RequestTiming;
import dk.livsmester.domain.guides.TaskType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A guide request as the coordinator's queue shows it: the request and how long the citizen has waited since asking
 * ({@code waitingSeconds}, and whole days for people), while it still waits for a guide.
 */
public record QueuedRequest(String id, String citizenName, Disability citizenDisability, String needs, TaskType taskType,
                            RequestTiming timing, boolean sameDisabilityPreferred, String area, Set<String> availability,
                            String subGoalText, String subGoalRef, GuideRequestStatus status, int round,
                            Set<String> excludedGuideIds, List<InfoRequest> infoRequests, String previousRequestId,
                            String nextRequestId, String createdBy, Instant createdAt, long version,
                            Long waitingSeconds, Long waitingDays) {

    public static QueuedRequest of(GuideRequest q, Instant now) {
        Long seconds = q.waitingForGuide() ? Math.max(0, Duration.between(q.createdAt(), now).toSeconds()) : null;
        return new QueuedRequest(q.id(), q.citizenName(), q.citizenDisability(), q.needs(), q.taskType(), q.timing(),
                q.sameDisabilityPreferred(), q.area(), q.availability(), q.subGoalText(), q.subGoalRef(), q.status(),
                q.round(), q.excludedGuideIds(), q.infoRequests(), q.previousRequestId(), q.nextRequestId(),
                q.createdBy(), q.createdAt(), q.version(), seconds, seconds == null ? null : seconds / 86_400);
    }
}
