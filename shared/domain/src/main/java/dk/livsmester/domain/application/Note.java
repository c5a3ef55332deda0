package dk.livsmester.domain.application;

import dk.livsmester.domain.ValidationException;

import java.time.Instant;

/** The team's internal note on an application: stored beside it, never part of what the citizen reads. */
public record Note(String text, String by, Instant at) {
    public static final int MAX = 2000;

    public static Note of(String text, String by, Instant at) {
        if (text == null || text.isBlank() || text.length() > MAX) {
            throw ValidationException.single("text", "Skriv en note (højst " + MAX + " tegn).",
                    "text is required (at most " + MAX + " characters).");
        }
        return new Note(text.strip(), by, at);
    }
}
