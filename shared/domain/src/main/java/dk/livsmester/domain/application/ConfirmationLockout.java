package dk.livsmester.domain.application;

import java.time.Instant;

/**
 * The audit record of a locked confirmation: too many tries at the application's code within one window. The actor
 * is the subject of the caller whose try was refused first (an id, no personal data).
 */
public record ConfirmationLockout(String applicationId, Instant windowStart, Instant until, String actor, String role,
                                  Instant at) {
}
