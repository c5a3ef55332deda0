package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.guides.MatchingRun;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.events.OutboxEvent;
import dk.livsmester.platform.store.MatchingRunStore;
import jakarta.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;

import java.util.List;
import java.util.Map;

/**
 * GuidesTable, {@code RUN#<id>} / {@code META}: {@code status} and {@code version} top-level, the figures in the body.
 * GSI byKind {@code RUN}, newest first.
 */
@Singleton
public class DynamoMatchingRunStore extends DynamoAggregateStore<MatchingRun> implements MatchingRunStore {
    static final ItemCodec<MatchingRun> CODEC = new ItemCodec<>(MatchingRun.class, "RUN", "RUN",
            List.of("status", "version"), r -> Map.of("gsi1pk", "RUN", "gsi1sk", r.requestedAt() + "#" + r.id()));

    private final Transactions tx;
    private final EventOutbox outbox;

    public DynamoMatchingRunStore(DynamoDbEnhancedClient client, TablesConfig tables, Transactions tx, EventOutbox outbox) {
        super(new DynamoCollection<>(client, tables.getGuides(), CODEC, "matching run"));
        this.tx = tx;
        this.outbox = outbox;
    }

    @Override
    public void create(MatchingRun run, List<OutboxEvent> events) {
        outbox.commit(tx.begin("request matching run").step("run new", collection.putNew(run),
                () -> new StaleStateException("matching run")), events);
    }

    @Override
    public void record(MatchingRun before, MatchingRun after, List<OutboxEvent> events) {
        outbox.commit(tx.begin("record matching run").step("run unchanged", collection.replace(before, after),
                () -> new StaleStateException("matching run")), events);
    }

    @Override
    public List<MatchingRun> latest(int limit) {
        return collection.page(DynamoGuideStore.BY_KIND, "RUN", false, limit, null).items();
    }
}
