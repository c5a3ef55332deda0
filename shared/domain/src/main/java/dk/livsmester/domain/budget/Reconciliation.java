package dk.livsmester.domain.budget;

import java.time.Instant;
import java.util.List;

/**
 * A pool recomputed from its ledger alone, beside the stored figures. The expected drift is zero; anything else means
 * a write bypassed the ledger and needs a person to look.
 */
public record Reconciliation(String poolId, Instant at, int entries, long storedAvailableOre, long storedCommittedOre,
                             long storedDisbursedOre, long ledgerAvailableOre, long ledgerCommittedOre,
                             long ledgerDisbursedOre, long driftOre, boolean ok) {

    public static Reconciliation of(Pool pool, List<LedgerEntry> ledger, Instant at) {
        long committed = 0;
        long disbursed = 0;
        for (LedgerEntry e : ledger) {
            switch (e.type()) {
                case COMMIT -> committed += e.amountOre();
                case RELEASE -> committed -= e.amountOre();
                case DISBURSE -> {
                    committed -= e.amountOre();
                    disbursed += e.amountOre();
                }
                case RETURN -> disbursed -= e.amountOre();
            }
        }
        long available = pool.totalOre() - committed - disbursed;
        long drift = Math.abs(pool.availableOre() - available) + Math.abs(pool.committedOre() - committed)
                + Math.abs(pool.disbursedOre() - disbursed);
        return new Reconciliation(pool.id(), at, ledger.size(), pool.availableOre(), pool.committedOre(),
                pool.disbursedOre(), available, committed, disbursed, drift, drift == 0 && pool.balances());
    }
}
