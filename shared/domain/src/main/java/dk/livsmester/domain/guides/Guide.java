package dk.livsmester.domain.guides;

import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.Text;

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

    /** A guide from a (validated) profile; a path walked before registration is recorded as seen by {@code by}. */
    public static Guide register(String id, GuideForm form, String by, Instant at) {
        GuidePath path = new GuidePath(form.criminalRecordSeenOn(), form.criminalRecordSeenOn() == null ? null : by,
                blankToNull(form.cohort()), form.ocnCertifiedOn(), List.of());
        return new Guide(id, form.name().strip(), form.kind() == null ? GuideKind.PEER : form.kind(), form.taskTypes(),
                form.disabilityExperience(), form.languages(), form.area().strip(), form.availability(), form.capacity(),
                0, 0, form.status(), blankToNull(form.account()), path, at, 0);
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

    /** The coordinator's edit of the profile; the status moves only along the path, and the load stays. */
    public Guide withProfile(GuideForm form) {
        if (form.capacity() < activeMatches) {
            throw new ConflictException("CAPACITY_BELOW_LOAD", Text.of(
                    "Guiden har flere aktive match end den nye kapacitet. Afslut et match først.",
                    "The guide has " + activeMatches + " active matches, more than the new capacity " + form.capacity()
                            + "; close a match first."));
        }
        return new Guide(id, form.name().strip(), form.kind() == null ? kind : form.kind(), form.taskTypes(),
                form.disabilityExperience(), form.languages(), form.area().strip(), form.availability(), form.capacity(),
                activeMatches, totalMatches, status, blankToNull(form.account()), path, createdAt, version + 1);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
