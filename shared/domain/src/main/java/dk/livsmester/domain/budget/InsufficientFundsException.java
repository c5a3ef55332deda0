package dk.livsmester.domain.budget;

import dk.livsmester.domain.ConflictException;

/** The pool's available money does not cover the grant; nothing was committed. */
public class InsufficientFundsException extends ConflictException {
    private final long requestedOre;

    public InsufficientFundsException(long requestedOre) {
        super("INSUFFICIENT_FUNDS", requestedOre + " øre");
        this.requestedOre = requestedOre;
    }

    public long requestedOre() {
        return requestedOre;
    }
}
