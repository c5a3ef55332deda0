package dk.livsmester.domain.application;

import java.time.Instant;

/** In place of a signature: who confirmed the application (the citizen or the contact person), and when. */
public record Confirmation(String role, String subject, Instant at) {
}
