package dk.livsmester.domain;

import java.time.Instant;

/** Too many tries at a secret (a confirmation code) within the window; nothing is checked until {@code until}. */
public class TooManyTriesException extends DomainException {
    private final Instant until;

    public TooManyTriesException(Instant until) {
        super("TOO_MANY_TRIES", Text.of("Der er prøvet for mange gange. Prøv igen om en time.",
                "Too many tries; try again in an hour."));
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
