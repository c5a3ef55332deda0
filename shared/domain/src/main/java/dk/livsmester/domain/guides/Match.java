package dk.livsmester.domain.guides;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A proposed (then approved) pairing of a guide request with a guide, with the parts of its score. */
public record Match(String id, String requestId, String guideId, int score, Map<String, Integer> scoreParts,
                    List<Candidate> alternatives, MatchStatus status, Instant proposedAt, String approvedBy,
                    Instant approvedAt, long version) {

    /** The match id is derived from the request and its round, so a redelivered message cannot propose twice. */
    public static String idFor(String requestId, int round) {
        return "M-" + requestId + "-" + round;
    }
}
