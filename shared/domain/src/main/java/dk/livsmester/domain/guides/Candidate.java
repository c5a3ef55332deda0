package dk.livsmester.domain.guides;

import java.util.Map;

/** A guide ranked for a request: total score and the points per part, as the coordinator sees them. */
public record Candidate(String guideId, int score, Map<String, Integer> scoreParts) {
}
