package dk.livsmester.domain.guides;

import java.time.Instant;

/** The coordinator asked the requesting staff member for more information; the answer puts the request back in line. */
public record InfoRequest(String question, String askedBy, Instant askedAt, String answer, String answeredBy,
                          Instant answeredAt) {
    public boolean answered() {
        return answeredAt != null;
    }
}
