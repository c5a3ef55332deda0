package dk.livsmester.domain.budget;

import java.time.Instant;

/**
 * One append-only line of a pool's ledger. {@code businessKey} is what makes a retried or redelivered command
 * harmless: it is written once, under a condition that it does not exist yet. {@code reference} points at the expense
 * documentation (a disbursement or return) or says why (a release).
 */
public record LedgerEntry(String poolId, String businessKey, LedgerEntryType type, String applicationId,
                          long amountOre, String category, String citizenCentre, String actor, Instant at,
                          String reference) {

    /** The one commitment of a grant. */
    public static String commitKey(String applicationId) {
        return LedgerEntryType.COMMIT.name() + "#" + applicationId;
    }

    /** A disbursement, release or return: one per application and reference. */
    public static String movementKey(LedgerEntryType type, String applicationId, String reference) {
        return type.name() + "#" + applicationId + "#" + reference;
    }

    /** How this entry moves money between the pool's figures: from one to another. */
    public Pool.Figure from() {
        return switch (type) {
            case COMMIT -> Pool.Figure.AVAILABLE;
            case RELEASE, DISBURSE -> Pool.Figure.COMMITTED;
            case RETURN -> Pool.Figure.DISBURSED;
        };
    }

    public Pool.Figure to() {
        return switch (type) {
            case COMMIT -> Pool.Figure.COMMITTED;
            case DISBURSE -> Pool.Figure.DISBURSED;
            case RELEASE, RETURN -> Pool.Figure.AVAILABLE;
        };
    }
}
