package dk.livsmester.domain.guides;

import java.time.Instant;
import java.util.Set;

/** A staff member's request, made with the citizen, for a peer guide. {@code round} counts re-queues. */
public record GuideRequest(String id, String citizenName, Disability citizenDisability, String needs, TaskType taskType,
                           RequestTiming timing, boolean sameDisabilityPreferred, String area, Set<String> availability,
                           String subGoalText, GuideRequestStatus status, int round, String createdBy, Instant createdAt,
                           long version) {

    public GuideRequest withStatus(GuideRequestStatus next) {
        return new GuideRequest(id, citizenName, citizenDisability, needs, taskType, timing, sameDisabilityPreferred,
                area, availability, subGoalText, next, round, createdBy, createdAt, version + 1);
    }
}
