package dk.livsmester.platform.store;

import java.time.Instant;

/**
 * Tries at applications' confirmation codes, counted per application and per caller in fixed hour windows. A try is
 * counted before the code is compared, in one conditional write, so parallel guesses cannot pass the limit.
 */
public interface ConfirmationTryStore {
    enum Verdict { ALLOWED, APPLICATION_LOCKED, CALLER_LOCKED }

    /** Counts one try by {@code caller} at {@code applicationId}'s code, unless either is at the limit already. */
    Verdict count(String applicationId, String caller, Instant now);

    /** The start of the window {@code now} falls in. */
    static Instant windowStart(Instant now) {
        return now.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
    }

    /** When the window {@code now} falls in ends: the lockout's end. */
    static Instant windowEnd(Instant now) {
        return windowStart(now).plus(java.time.Duration.ofHours(1));
    }
}
