package dk.livsmester.domain.guides;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A guide's profile. {@code activeMatches} is only ever changed by the repository's conditional writes, so it can
 * never pass {@code capacity}.
 */
public record Guide(String id, String name, GuideKind kind, Set<TaskType> taskTypes, Set<Disability> disabilityExperience,
                    List<String> languages, String area, Set<String> availability, int capacity, int activeMatches,
                    int totalMatches, GuideStatus status, Instant createdAt, long version) {

    public boolean canTakeMore() {
        return status == GuideStatus.ACTIVE && activeMatches < capacity;
    }
}
