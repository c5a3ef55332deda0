package dk.livsmester.platform.events;

import java.time.Instant;

/**
 * What travels on the queues: a type, the subject's id and its version after the change. No personal data: consumers
 * read the aggregate by id. The version makes every consumer idempotent on a business key.
 */
public record EventMessage(String type, String subjectId, long version, String status, Instant at) {
    public static final String APPLICATION_SUBMITTED = "APPLICATION_SUBMITTED";
    public static final String APPLICATION_STATUS_CHANGED = "APPLICATION_STATUS_CHANGED";
    public static final String GUIDE_REQUEST_OPENED = "GUIDE_REQUEST_OPENED";
}
