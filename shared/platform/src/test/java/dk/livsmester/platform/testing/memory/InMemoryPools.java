package dk.livsmester.platform.testing.memory;

import dk.livsmester.domain.NotFoundException;
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
import dk.livsmester.platform.store.PoolStore;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pool store in memory, sharing the applications of an {@link InMemoryApplications} (and its lock), as the grant
 * and the movements of money change both at once.
 */
public class InMemoryPools implements PoolStore {
    private final InMemoryApplications applications;
    private final Map<String, Pool> pools = new LinkedHashMap<>();
    private final Map<String, LedgerEntry> ledger = new LinkedHashMap<>();
    private final Map<String, Reconciliation> reconciliations = new LinkedHashMap<>();
    private boolean entryReadMisses;

    public InMemoryPools(InMemoryApplications applications) {
        this.applications = applications;
    }

    @Override
    public boolean create(Pool pool) {
        synchronized (applications) {
            return pools.putIfAbsent(pool.id(), pool) == null;
        }
    }

    @Override
    public Optional<Pool> find(String poolId) {
        synchronized (applications) {
            return Optional.ofNullable(pools.get(poolId));
        }
    }

    @Override
    public Pool get(String poolId) {
        return find(poolId).orElseThrow(() -> new NotFoundException("pool", poolId));
    }

    @Override
    public List<Pool> all() {
        synchronized (applications) {
            return List.copyOf(pools.values());
        }
    }

    @Override
    public List<LedgerEntry> ledger(String poolId) {
        synchronized (applications) {
            return ledger.values().stream().filter(e -> e.poolId().equals(poolId)).toList();
        }
    }

    /** The next {@link #entry} read finds nothing: what someone who read before the entry was written saw. */
    public void nextEntryReadMisses() {
        synchronized (applications) {
            entryReadMisses = true;
        }
    }

    @Override
    public Optional<LedgerEntry> entry(String poolId, String businessKey) {
        synchronized (applications) {
            boolean miss = entryReadMisses;
            entryReadMisses = false;
            return miss ? Optional.empty() : Optional.ofNullable(ledger.get(poolId + "#" + businessKey));
        }
    }

    @Override
    public void saveReconciliation(Reconciliation r) {
        synchronized (applications) {
            reconciliations.put(r.poolId(), r);
        }
    }

    @Override
    public Optional<Reconciliation> latestReconciliation(String poolId) {
        synchronized (applications) {
            return Optional.ofNullable(reconciliations.get(poolId));
        }
    }

    @Override
    public void grant(Application before, Application after, AuditEntry audit, LedgerEntry commitment,
                      List<OutboxEvent> events) {
        synchronized (applications) {
            if (ledger.containsKey(key(commitment)) || !applications.applications.unchanged(before)) {
                throw new StaleStateException("application");
            }
            if (!covers(commitment)) {
                throw new InsufficientFundsException(commitment.amountOre());
            }
            write(after, audit, commitment, events);
        }
    }

    @Override
    public void move(Application before, Application after, AuditEntry audit, LedgerEntry entry, List<OutboxEvent> events) {
        synchronized (applications) {
            if (ledger.containsKey(key(entry))) {
                throw new DuplicateReferenceException(entry.businessKey());
            }
            if (!applications.applications.unchanged(before)) {
                throw new StaleStateException("application");
            }
            if (!covers(entry)) {
                throw new LedgerMismatchException(entry.poolId(), entry.applicationId());
            }
            write(after, audit, entry, events);
        }
    }

    private boolean covers(LedgerEntry e) {
        return figures(get(e.poolId())).get(e.from()) >= e.amountOre();
    }

    private void write(Application after, AuditEntry audit, LedgerEntry e, List<OutboxEvent> events) {
        if (!applications.auditIsNew(List.of(audit))) {
            throw new StaleStateException("application");
        }
        Pool p = get(e.poolId());
        Map<Pool.Figure, Long> f = figures(p);
        f.merge(e.from(), -e.amountOre(), Long::sum);
        f.merge(e.to(), e.amountOre(), Long::sum);
        pools.put(p.id(), new Pool(p.id(), p.name(), p.ownerUnit(), p.windowFrom(), p.windowTo(), p.totalOre(),
                f.get(Pool.Figure.AVAILABLE), f.get(Pool.Figure.COMMITTED), f.get(Pool.Figure.DISBURSED), p.version() + 1,
                p.citizenConfirmationRequired(), p.approvalNextStepsDa(), p.approvalNextStepsEn(), p.minAmountOre(),
                p.maxAmountOre()));
        ledger.put(key(e), e);
        applications.applications.put(after);
        applications.write(List.of(audit), events);
    }

    private static Map<Pool.Figure, Long> figures(Pool p) {
        Map<Pool.Figure, Long> f = new EnumMap<>(Pool.Figure.class);
        f.put(Pool.Figure.AVAILABLE, p.availableOre());
        f.put(Pool.Figure.COMMITTED, p.committedOre());
        f.put(Pool.Figure.DISBURSED, p.disbursedOre());
        return f;
    }

    private static String key(LedgerEntry e) {
        return e.poolId() + "#" + e.businessKey();
    }
}
