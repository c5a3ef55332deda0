package dk.livsmester.domain.guides;

import java.time.Instant;

/** How a match ended: a short word from the citizen's side and from the guide's, and who closed it when. */
public record Closure(String citizenFeedback, String guideFeedback, String closedBy, Instant closedAt) {
}
