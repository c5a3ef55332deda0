package dk.livsmester.platform.events;

import java.time.Instant;

/**
 * What travels on the queues: a type, the subject's id and its version after the change. No personal data: consumers
 * read the aggregate by id. The version makes every consumer idempotent on a business key.
 */
public record EventMessage(String type, String subjectId, long version, String status, Instant at) {
    public static final String APPLICATION_SUBMITTED = "APPLICATION_SUBMITTED";
    public static final String APPLICATION_STATUS_CHANGED = "APPLICATION_STATUS_CHANGED";
    /** A request is (again) waiting for a guide; the version is its round. */
    public static final String GUIDE_REQUEST_OPENED = "GUIDE_REQUEST_OPENED";
    /** The coordinator started a global matching run; the version is the run's part (a continuation is part + 1). */
    public static final String MATCHING_RUN_REQUESTED = "MATCHING_RUN_REQUESTED";
}
