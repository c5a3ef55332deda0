package dk.livsmester.domain.guides;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Invented guides and requests for the domain tests. */
final class Fixtures {
    private Fixtures() {
    }

    static Guide guide(String id, Set<TaskType> tasks, Set<Disability> d, String area, Set<String> slots, int capacity,
                       int active, int total) {
        return new Guide(id, "Guide " + id, GuideKind.PEER, tasks, d, List.of("da"), area, slots, capacity, active, total,
                GuideStatus.ACTIVE, null, null, Instant.EPOCH, 0);
    }

    static Guide guide(String id, TaskType task, Disability d, String area, int capacity) {
        return guide(id, Set.of(task), Set.of(d), area, Set.of("MON_AM"), capacity, 0, 0);
    }

    static GuideRequest request(String id, TaskType t, Disability d, boolean samePreferred, String area, Set<String> slots) {
        return GuideRequest.builder().id(id).citizenName("Citizen " + id).citizenDisability(d).needs("Needs").taskType(t)
                .timing(RequestTiming.AFTER_MEETING).sameDisabilityPreferred(samePreferred).area(area).availability(slots)
                .createdBy("staff").createdAt(Instant.EPOCH.plusSeconds(id.hashCode() & 0xffff)).build();
    }

    static GuideRequest request(String id, TaskType t, Disability d, String area) {
        return request(id, t, d, true, area, Set.of("MON_AM"));
    }
}
