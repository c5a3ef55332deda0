package dk.livsmester.domain.guides;

import dk.livsmester.domain.ConflictException;

/** The proposal was approved, superseded or its request changed before this approval got in. */
public class MatchAlreadyDecidedException extends ConflictException {
    public MatchAlreadyDecidedException(String matchId) {
        super("MATCH_ALREADY_DECIDED", matchId);
    }
}
