package dk.livsmester.domain.budget;

import dk.livsmester.domain.ConflictException;

/**
 * A ledger entry with this business key (type, application, the caller's reference) is written already. The same
 * command again is harmless; the same reference with another amount is this conflict.
 */
public class DuplicateReferenceException extends ConflictException {
    private final String businessKey;

    public DuplicateReferenceException(String businessKey) {
        super("DUPLICATE_REFERENCE", businessKey);
        this.businessKey = businessKey;
    }

    public String businessKey() {
        return businessKey;
    }
}
