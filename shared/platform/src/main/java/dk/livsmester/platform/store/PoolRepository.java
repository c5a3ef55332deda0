package dk.livsmester.platform.store;

import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.budget.LedgerEntry;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.domain.budget.Reconciliation;
import dk.livsmester.platform.config.TablesConfig;
import jakarta.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pools and their append-only ledgers. The pool's figures are top-level numbers that only conditional updates change;
 * every change is one ledger entry under a business key that must not exist yet.
 */
@Singleton
public class PoolRepository {
    static final String META = "META";
    static final String REGISTRY = "POOLS";

    private final DynamoDbTable<Row> table;
    private final String tableName;
    private final Transactions tx;

    public PoolRepository(DynamoDbEnhancedClient enhanced, TablesConfig tables, Transactions tx) {
        this.tableName = tables.getBudget();
        this.table = enhanced.table(tableName, Transactions.SCHEMA);
        this.tx = tx;
    }

    static String pk(String poolId) {
        return "POOL#" + poolId;
    }

    /** Opens a pool once; returns false if it already exists (a second start of the demo, for instance). */
    public boolean create(Pool pool) {
        Row r = new Row();
        r.setPk(pk(pool.id()));
        r.setSk(META);
        r.setKind("POOL");
        r.setVersion(0L);
        r.setTotalOre(pool.totalOre());
        r.setAvailableOre(pool.availableOre());
        r.setCommittedOre(pool.committedOre());
        r.setDisbursedOre(pool.disbursedOre());
        r.setBody(Json.write(pool));
        Row registry = new Row();
        registry.setPk(REGISTRY);
        registry.setSk(pool.id());
        registry.setKind("POOL_REF");
        try {
            tx.write(List.of(Transactions.putNew(tableName, r), Transactions.putNew(tableName, registry)),
                    codes -> new StaleStateException("pool"));
            return true;
        } catch (StaleStateException exists) {
            return false;
        }
    }

    public Optional<Pool> find(String poolId) {
        Row r = table.getItem(b -> b.key(Key.builder().partitionValue(pk(poolId)).sortValue(META).build()).consistentRead(true));
        return Optional.ofNullable(r).map(PoolRepository::toPool);
    }

    public Pool get(String poolId) {
        return find(poolId).orElseThrow(() -> new NotFoundException("pulje/pool", poolId));
    }

    public List<Pool> list() {
        List<Pool> out = new ArrayList<>();
        table.query(QueryConditional.keyEqualTo(Key.builder().partitionValue(REGISTRY).build())).items()
                .forEach(ref -> find(ref.getSk()).ifPresent(out::add));
        return out;
    }

    static Pool toPool(Row r) {
        Pool stored = Json.read(r.getBody(), Pool.class);
        return new Pool(stored.id(), stored.name(), stored.ownerUnit(), stored.windowFrom(), stored.windowTo(),
                r.getTotalOre(), r.getAvailableOre(), r.getCommittedOre(), r.getDisbursedOre(), r.getVersion());
    }

    /** Moves {@code amountOre} from available to committed, only if available stays at or above zero. */
    public TransactWriteItem commit(String poolId, long amountOre) {
        return transfer(poolId, Pool.Figure.AVAILABLE, Pool.Figure.COMMITTED, amountOre);
    }

    /** The pool side of a ledger entry: its amount moves between two figures, never taking one below zero. */
    public TransactWriteItem transfer(LedgerEntry e) {
        return transfer(e.poolId(), e.from(), e.to(), e.amountOre());
    }

    TransactWriteItem transfer(String poolId, Pool.Figure from, Pool.Figure to, long amountOre) {
        return Transactions.update(tableName, pk(poolId), META,
                "SET #from = #from - :a, #to = #to + :a, #v = #v + :one", "#from >= :a",
                Map.of("#from", from.attribute(), "#to", to.attribute(), "#v", "version"),
                Map.of(":a", Transactions.num(amountOre), ":one", Transactions.num(1)));
    }

    /** Keeps a reconciliation result, and as the latest one. */
    public void saveReconciliation(Reconciliation r) {
        for (String sk : List.of("RECON#" + r.at(), "RECON#LATEST")) {
            Row row = new Row();
            row.setPk(pk(r.poolId()));
            row.setSk(sk);
            row.setKind("RECONCILIATION");
            row.setAmountOre(r.driftOre());
            row.setBody(Json.write(r));
            table.putItem(row);
        }
    }

    public Optional<Reconciliation> latestReconciliation(String poolId) {
        Row r = table.getItem(Key.builder().partitionValue(pk(poolId)).sortValue("RECON#LATEST").build());
        return Optional.ofNullable(r).map(row -> Json.read(row.getBody(), Reconciliation.class));
    }

    /** The ledger entry under its business key: present once, whatever retries or redeliveries happen. */
    public TransactWriteItem append(LedgerEntry e) {
        Row r = new Row();
        r.setPk(pk(e.poolId()));
        r.setSk("ENTRY#" + e.businessKey());
        r.setKind("LEDGER");
        r.setStatus(e.type().name());
        r.setAmountOre(e.amountOre());
        r.setBody(Json.write(e));
        return Transactions.putNew(tableName, r);
    }

    public List<LedgerEntry> ledger(String poolId) {
        List<LedgerEntry> out = new ArrayList<>();
        table.query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortBeginsWith(Key.builder().partitionValue(pk(poolId)).sortValue("ENTRY#").build()))
                .consistentRead(true)
                .build()).items().forEach(r -> out.add(Json.read(r.getBody(), LedgerEntry.class)));
        return out;
    }

    public Optional<LedgerEntry> entry(String poolId, String businessKey) {
        Row r = table.getItem(b -> b.key(Key.builder().partitionValue(pk(poolId)).sortValue("ENTRY#" + businessKey).build())
                .consistentRead(true));
        return Optional.ofNullable(r).map(row -> Json.read(row.getBody(), LedgerEntry.class));
    }
}
