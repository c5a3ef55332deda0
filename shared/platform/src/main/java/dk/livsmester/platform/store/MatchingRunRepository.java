package dk.livsmester.platform.store;

import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.guides.MatchingRun;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.events.EventOutbox;
import dk.livsmester.platform.events.OutboxEvent;
import jakarta.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Matching runs in GuidesTable ({@code RUN#<id>} / {@code META}; GSI byKind {@code RUN}, newest first). A run is
 * created with its queue message (outbox, one transaction); each invocation records its result only if the run is
 * still at the version it read, together with the continuation's message when there is more to write.
 */
@Singleton
public class MatchingRunRepository {
    private final DynamoDbTable<Row> table;
    private final String tableName;
    private final Transactions tx;
    private final EventOutbox outbox;

    public MatchingRunRepository(DynamoDbEnhancedClient enhanced, TablesConfig tables, Transactions tx, EventOutbox outbox) {
        this.tableName = tables.getGuides();
        this.table = enhanced.table(tableName, Transactions.SCHEMA);
        this.tx = tx;
        this.outbox = outbox;
    }

    static Row row(MatchingRun run) {
        Row r = new Row();
        r.setPk("RUN#" + run.id());
        r.setSk(GuideRepository.META);
        r.setKind("RUN");
        r.setStatus(run.status().name());
        r.setVersion(run.version());
        r.setGsi1pk("RUN");
        r.setGsi1sk(run.requestedAt().toString() + "#" + run.id());
        r.setBody(Json.write(run));
        return r;
    }

    public void create(MatchingRun run, List<OutboxEvent> events) {
        List<TransactWriteItem> actions = new ArrayList<>();
        actions.add(Transactions.putNew(tableName, row(run)));
        actions.addAll(outbox.putAll(events));
        tx.write(actions, codes -> new StaleStateException("matching run"));
        outbox.publish(events);
    }

    /** Records an invocation's result; a {@link StaleStateException} means another invocation already did. */
    public void record(MatchingRun before, MatchingRun after, List<OutboxEvent> events) {
        List<TransactWriteItem> actions = new ArrayList<>();
        actions.add(Transactions.replaceAt(tableName, row(after), before.version(), before.status().name()));
        actions.addAll(outbox.putAll(events));
        tx.write(actions, codes -> new StaleStateException("matching run"));
        outbox.publish(events);
    }

    public Optional<MatchingRun> find(String id) {
        Row r = table.getItem(b -> b.key(Key.builder().partitionValue("RUN#" + id).sortValue(GuideRepository.META).build())
                .consistentRead(true));
        return Optional.ofNullable(r).map(x -> Json.read(x.getBody(), MatchingRun.class));
    }

    public MatchingRun get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("matching run", id));
    }

    /** The latest runs, newest first. */
    public List<MatchingRun> latest(int limit) {
        var page = table.index("byKind").query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue("RUN").build()))
                .scanIndexForward(false).limit(limit).build()).iterator().next();
        return page.items().stream().map(r -> Json.read(r.getBody(), MatchingRun.class)).toList();
    }
}
