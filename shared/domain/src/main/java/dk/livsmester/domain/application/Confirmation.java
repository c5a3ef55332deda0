package dk.livsmester.domain.application;

import java.time.Instant;

/**
 * In place of a signature: who confirmed the application (the citizen or the contact person), and when; each role's
 * confirmation is recorded apart. {@code method}: {@code SUBMIT} (sending it), {@code ACCOUNT} (in their own account),
 * {@code CODE} (with the eight-character code) or {@code IN_PERSON} (a citizen without a login of their own, recorded by the
 * staff member {@code recordedBy} with a {@code reason}).
 */
public record Confirmation(String role, String subject, Instant at, String method, String recordedBy, String reason) {
    public static final String SUBMIT = "SUBMIT";
    public static final String ACCOUNT = "ACCOUNT";
    public static final String CODE = "CODE";
    public static final String IN_PERSON = "IN_PERSON";

    public static Confirmation by(String role, String subject, Instant at, String method) {
        return new Confirmation(role, subject, at, method, null, null);
    }

    /** The citizen confirmed in person; staff record it under their own identity. */
    public static Confirmation inPerson(String citizenSubject, String staffSubject, String reason, Instant at) {
        return new Confirmation("citizen", citizenSubject, at, IN_PERSON, staffSubject, reason);
    }
}
