package dk.livsmester.domain.budget;

import dk.livsmester.domain.ConflictException;

/** The pool's figures do not cover a movement the application allows: never expected, a reconciliation will show it. */
public class LedgerMismatchException extends ConflictException {
    public LedgerMismatchException(String poolId, String applicationId) {
        super("LEDGER_MISMATCH", poolId + " " + applicationId);
    }
}
