package dk.livsmester.reconciliation;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ContendedException;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.budget.LedgerEntry;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.domain.budget.Reconciliation;
import dk.livsmester.platform.store.PoolStore;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * Recomputes a pool from its ledger: daily for every pool (this function's schedule), and on demand for one (finance,
 * through the ledger function, which uses this service). The pool and its ledger are read without a transaction, so
 * the pool is read again afterwards: if its version moved (an approval landed in between), the reading is repeated.
 */
@Singleton
public class ReconciliationService {
    private static final Logger LOG = LoggerFactory.getLogger(ReconciliationService.class);
    static final int ATTEMPTS = 5;

    private final PoolStore pools;
    private final Clock clock;

    public ReconciliationService(PoolStore pools, Clock clock) {
        this.pools = pools;
        this.clock = clock;
    }

    /** Finance reconciles one pool now. */
    public Reconciliation reconcile(Caller caller, String poolId) {
        caller.require(Role.FINANCE);
        return run(poolId);
    }

    public Reconciliation run(String poolId) {
        Reconciliation result = null;
        for (int i = 0; i < ATTEMPTS && result == null; i++) {
            Pool before = pools.get(poolId);
            List<LedgerEntry> ledger = pools.ledger(poolId);
            if (pools.get(poolId).version() == before.version()) {
                result = Reconciliation.of(before, ledger, clock.instant());
            }
        }
        if (result == null) {
            throw new ContendedException("pool " + poolId);
        }
        pools.saveReconciliation(result);
        if (result.ok()) {
            LOG.info("reconciliation poolId={} entries={} drift=0", poolId, result.entries());
        } else {
            LOG.error("reconciliation DRIFT poolId={} entries={} driftOre={}", poolId, result.entries(), result.driftOre());
        }
        return result;
    }

    public List<Reconciliation> runAll() {
        return pools.all().stream().map(p -> run(p.id())).toList();
    }
}
