package dk.livsmester.domain.guides;

import dk.livsmester.domain.ConflictException;

/** The match (or its request) was changed by someone else since it was read. */
public class MatchChangedException extends ConflictException {
    public MatchChangedException(String matchId) {
        super("MATCH_CHANGED", matchId);
    }
}
