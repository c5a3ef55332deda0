package dk.livsmester.domain.guides;

import dk.livsmester.domain.ConflictException;

/** A new request was made from this closed one already; {@code nextRequestId} is it, when known. */
public class AlreadyAskedAgainException extends ConflictException {
    private final String nextRequestId;

    public AlreadyAskedAgainException(String requestId, String nextRequestId) {
        super("ALREADY_ASKED_AGAIN", requestId + " -> " + nextRequestId);
        this.nextRequestId = nextRequestId;
    }

    public String nextRequestId() {
        return nextRequestId;
    }
}
