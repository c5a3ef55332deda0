package dk.livsmester.domain.budget;

import java.time.Instant;

/**
 * One append-only line of a pool's ledger. {@code businessKey} is what makes a retried or redelivered command
 * harmless: it is written once, under a condition that it does not exist yet.
 */
public record LedgerEntry(String poolId, String businessKey, LedgerEntryType type, String applicationId,
                          long amountOre, String category, String citizenCentre, String actor, Instant at) {

    public static String commitKey(String applicationId) {
        return "COMMIT#" + applicationId;
    }
}
