package dk.livsmester.domain.application;

import java.time.Instant;

/** Who moved an application from one status to another, and when. References only: no personal data values. */
public record AuditEntry(String applicationId, long version, String actor, String role, ApplicationStatus from,
                         ApplicationStatus to, Instant at) {
}
