package dk.livsmester.domain.privacy;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Role;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One read of a citizen's personal data by a member of staff: who (their sign-in subject and role), when, which record
 * and through which route. Written once and never changed (append only); it is the citizen's to see in their own
 * export and the auditor's to search. {@code citizenSubject} is null when the record names no signed-in citizen (an
 * application made for a citizen without an account): the read is then found by its record.
 *
 * @param expiresAt when the entry has passed its retention (epoch seconds, DynamoDB's time-to-live attribute)
 */
public record ReadLogEntry(String id, Instant at, String staffSubject, String staffRole, String citizenSubject,
                           String recordType, String recordId, String route, long expiresAt) {
    /**
     * The roles whose reads are logged: the municipality's staff and the volunteer guides. A citizen reading their own
     * data and a contact person reading what they made with the citizen are the parties to the case, not readers of it.
     */
    public static final Set<Role> LOGGED = Set.of(Role.TEAM, Role.COORDINATOR, Role.GUIDE, Role.FINANCE, Role.ADMIN,
            Role.AUDITOR);

    public ReadLogEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(staffSubject, "staffSubject");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(route, "route");
    }

    public static boolean logged(Caller caller) {
        return LOGGED.contains(caller.role());
    }

    /** The partition of the log a record's reads are kept under: its type and id. */
    public String record() {
        return recordType + "#" + recordId;
    }
}
