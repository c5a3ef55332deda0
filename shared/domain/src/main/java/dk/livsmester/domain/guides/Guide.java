package dk.livsmester.domain.guides;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A guide's profile and where they are on their path. {@code activeMatches} is only ever changed by the repository's
 * conditional writes, so it can never pass {@code capacity}. {@code account} is the subject of the guide's own login
 * (optional: many guides are reached by phone and the coordinator acts for them).
 */
public record Guide(String id, String name, GuideKind kind, Set<TaskType> taskTypes, Set<Disability> disabilityExperience,
                    List<String> languages, String area, Set<String> availability, int capacity, int activeMatches,
                    int totalMatches, GuideStatus status, String account, GuidePath path, Instant createdAt,
                    long version) {

    public Guide {
        taskTypes = taskTypes == null ? Set.of() : Set.copyOf(taskTypes);
        disabilityExperience = disabilityExperience == null ? Set.of() : Set.copyOf(disabilityExperience);
        languages = languages == null ? List.of() : List.copyOf(languages);
        availability = availability == null ? Set.of() : Set.copyOf(availability);
        path = path == null ? GuidePath.EMPTY : path;
    }

    public boolean canTakeMore() {
        return status == GuideStatus.ACTIVE && activeMatches < capacity;
    }

    /** How many more matches the guide can take now (0 unless active). */
    public int freeCapacity() {
        return status == GuideStatus.ACTIVE ? Math.max(0, capacity - activeMatches) : 0;
    }

    public boolean hasAccount(String subject) {
        return account != null && account.equals(subject);
    }

    public Guide withPath(GuideStatus next, GuidePath nextPath) {
        return new Guide(id, name, kind, taskTypes, disabilityExperience, languages, area, availability, capacity,
                activeMatches, totalMatches, next, account, nextPath, createdAt, version + 1);
    }

    public Guide withProfile(String name, GuideKind kind, Set<TaskType> taskTypes, Set<Disability> disabilityExperience,
                             List<String> languages, String area, Set<String> availability, int capacity, String account) {
        return new Guide(id, name, kind, taskTypes, disabilityExperience, languages, area, availability, capacity,
                activeMatches, totalMatches, status, account, path, createdAt, version + 1);
    }
}
