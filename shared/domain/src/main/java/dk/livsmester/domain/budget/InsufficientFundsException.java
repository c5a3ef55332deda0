package dk.livsmester.domain.budget;

import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.Money;
import dk.livsmester.domain.Text;

public class InsufficientFundsException extends ConflictException {
    public InsufficientFundsException(long requestedOre) {
        super("INSUFFICIENT_FUNDS", Text.of(
                "Der er ikke " + Money.format(requestedOre) + " tilbage i puljen.",
                "The pool does not have " + Money.format(requestedOre) + " left; nothing was committed."));
    }
}
