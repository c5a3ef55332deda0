package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.AuditEntry;
import dk.livsmester.domain.budget.DuplicateReferenceException;
import dk.livsmester.domain.budget.InsufficientFundsException;
import dk.livsmester.domain.budget.LedgerEntry;
import dk.livsmester.domain.budget.LedgerMismatchException;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.domain.budget.Reconciliation;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.events.OutboxEvent;
import dk.livsmester.platform.store.PoolStore;
import jakarta.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * BudgetTable. {@code POOL#<id>} / {@code META}: the pool, its four figures and {@code version} top-level (only
 * conditional updates change them); {@code ENTRY#<businessKey>}: the append-only ledger; {@code RECON#<at>} and
 * {@code RECON#LATEST}: reconciliations. {@code POOLS} / {@code <id>} lists the pools (the table has no index).
 */
@Singleton
public class DynamoPoolStore extends DynamoAggregateStore<Pool> implements PoolStore {
    static final ItemCodec<Pool> CODEC = new ItemCodec<>(Pool.class, "POOL", "POOL",
            List.of("version", "totalOre", "availableOre", "committedOre", "disbursedOre"), p -> Map.of());
    static final String REGISTRY = "POOLS";

    private final DynamoApplicationStore applications;
    private final Transactions tx;
    private final EventOutbox outbox;

    public DynamoPoolStore(DynamoDbEnhancedClient client, TablesConfig tables, DynamoApplicationStore applications,
                           Transactions tx, EventOutbox outbox) {
        super(new DynamoCollection<>(client, tables.getBudget(), CODEC, "pool"));
        this.applications = applications;
        this.tx = tx;
        this.outbox = outbox;
    }

    @Override
    public boolean create(Pool pool) {
        Supplier<StaleStateException> exists = () -> new StaleStateException("pool");
        try {
            tx.begin("open pool")
                    .step("pool new", collection.putNew(pool), exists)
                    .step("pool listed once", collection.putNewRaw(DynamoCollection.child(REGISTRY, pool.id(), "POOL_REF", null)),
                            exists)
                    .commit();
            return true;
        } catch (StaleStateException e) {
            return false;
        }
    }

    @Override
    public List<Pool> all() {
        return collection.query(REGISTRY, null).stream().map(ref -> find(ref.get("sk").s())).flatMap(Optional::stream)
                .toList();
    }

    @Override
    public List<LedgerEntry> ledger(String poolId) {
        return collection.children(poolId, "ENTRY#", LedgerEntry.class);
    }

    @Override
    public Optional<LedgerEntry> entry(String poolId, String businessKey) {
        return collection.child(poolId, "ENTRY#" + businessKey, LedgerEntry.class);
    }

    @Override
    public void saveReconciliation(Reconciliation r) {
        for (String sk : List.of("RECON#" + r.at(), "RECON#LATEST")) {
            collection.putChild(r.poolId(), sk, "RECONCILIATION", r);
        }
    }

    @Override
    public Optional<Reconciliation> latestReconciliation(String poolId) {
        return collection.child(poolId, "RECON#LATEST", Reconciliation.class);
    }

    @Override
    public void grant(Application before, Application after, AuditEntry audit, LedgerEntry commitment,
                      List<OutboxEvent> events) {
        Supplier<StaleStateException> decidedMeanwhile = () -> new StaleStateException("application");
        Transactions.Transaction t = tx.begin("grant")
                .step("commitment recorded once", ledgerPut(commitment), decidedMeanwhile);
        applications.unchangedStep(t, before, after, decidedMeanwhile);
        t.step("pool debit", transfer(commitment), () -> new InsufficientFundsException(commitment.amountOre()));
        applications.auditStep(t, audit);
        outbox.commit(t, events);
    }

    @Override
    public void move(Application before, Application after, AuditEntry audit, LedgerEntry entry, List<OutboxEvent> events) {
        Transactions.Transaction t = tx.begin("move money")
                .step("ledger entry new", ledgerPut(entry), () -> new DuplicateReferenceException(entry.businessKey()));
        applications.unchangedStep(t, before, after, () -> new StaleStateException("application"));
        t.step("pool figures cover it", transfer(entry),
                () -> new LedgerMismatchException(entry.poolId(), entry.applicationId()));
        applications.auditStep(t, audit);
        outbox.commit(t, events);
    }

    /** The ledger entry under its business key: present once, whatever retries or redeliveries happen. */
    private TransactWriteItem ledgerPut(LedgerEntry e) {
        return collection.putNewChild(e.poolId(), "ENTRY#" + e.businessKey(), "LEDGER", e);
    }

    /** The pool side of a ledger entry: its amount moves between two figures, never taking the source below zero. */
    private TransactWriteItem transfer(LedgerEntry e) {
        return collection.update(e.poolId(), "SET #from = #from - :a, #to = #to + :a, #v = #v + :one", "#from >= :a",
                Map.of("#from", e.from().attribute(), "#to", e.to().attribute(), "#v", "version"),
                Map.of(":a", Attributes.n(e.amountOre()), ":one", Attributes.n(1)));
    }
}
