package dk.livsmester.platform.store;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.AuditEntry;
import dk.livsmester.domain.budget.DuplicateReferenceException;
import dk.livsmester.domain.budget.InsufficientFundsException;
import dk.livsmester.domain.budget.LedgerEntry;
import dk.livsmester.domain.budget.LedgerMismatchException;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.domain.budget.Reconciliation;
import dk.livsmester.platform.events.OutboxEvent;

import java.util.List;
import java.util.Optional;

/**
 * Pools and their append-only ledgers. A pool's figures change only with a ledger entry, and only together with the
 * application the money is for: one transaction each.
 */
public interface PoolStore {
    /** Opens a pool once; false if one with its id exists. */
    boolean create(Pool pool);

    Optional<Pool> find(String poolId);

    Pool get(String poolId);

    List<Pool> all();

    List<LedgerEntry> ledger(String poolId);

    Optional<LedgerEntry> entry(String poolId, String businessKey);

    /** Keeps a reconciliation result, and as the latest one. */
    void saveReconciliation(Reconciliation reconciliation);

    Optional<Reconciliation> latestReconciliation(String poolId);

    /**
     * A grant: the application decided, its commitment in the ledger, the money moved from available to committed.
     *
     * @throws StaleStateException        the application was decided or changed meanwhile
     * @throws InsufficientFundsException the pool's available money does not cover it
     */
    void grant(Application before, Application after, AuditEntry audit, LedgerEntry commitment, List<OutboxEvent> events);

    /**
     * Money after the decision (a disbursement, release or return): the ledger entry under its business key, the
     * application and the pool's figures.
     *
     * @throws DuplicateReferenceException the business key is in the ledger already
     * @throws StaleStateException         the application changed meanwhile
     * @throws LedgerMismatchException     the pool's figures do not cover the movement
     */
    void move(Application before, Application after, AuditEntry audit, LedgerEntry entry, List<OutboxEvent> events);
}
