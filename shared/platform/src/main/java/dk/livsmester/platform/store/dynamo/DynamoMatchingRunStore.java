package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.guides.MatchingRun;
import dk.livsmester.domain.guides.PlannedRequest;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.events.OutboxEvent;
import dk.livsmester.platform.store.MatchingRunStore;
import jakarta.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * GuidesTable, {@code RUN#<id>} / {@code META}: {@code status} and {@code version} top-level, the figures in the body.
 * GSI byKind {@code RUN}, newest first. A continued run's plan under the same partition, {@code PLAN#<first line>},
 * {@value #PLAN_CHUNK} lines an item.
 */
@Singleton
public class DynamoMatchingRunStore extends DynamoAggregateStore<MatchingRun> implements MatchingRunStore {
    static final ItemCodec<MatchingRun> CODEC = new ItemCodec<>(MatchingRun.class, "RUN", "RUN",
            List.of("status", "version"), r -> Map.of("gsi1pk", "RUN", "gsi1sk", r.requestedAt() + "#" + r.id()));

    /** Plan lines per item: a line with its candidates' score parts is at most about 2 KB, an item at most 400 KB. */
    static final int PLAN_CHUNK = 150;

    /** One item of a stored plan: its lines from {@code start} (the index of the first in the whole plan). */
    record PlanChunk(int start, List<PlannedRequest> lines) {
    }

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
    public void storePlan(String runId, List<PlannedRequest> plan, int from) {
        for (int start = from / PLAN_CHUNK * PLAN_CHUNK; start < plan.size(); start += PLAN_CHUNK) {
            collection.putChild(runId, planKey(start), "PLAN",
                    new PlanChunk(start, plan.subList(start, Math.min(plan.size(), start + PLAN_CHUNK))));
        }
    }

    @Override
    public List<PlannedRequest> plan(String runId, int from) {
        List<PlannedRequest> lines = new ArrayList<>();
        for (PlanChunk c : collection.childrenFrom(runId, "PLAN#", planKey(from / PLAN_CHUNK * PLAN_CHUNK), PlanChunk.class)) {
            for (int i = Math.max(0, from - c.start()); i < c.lines().size(); i++) {
                lines.add(c.lines().get(i));
            }
        }
        return lines;
    }

    private static String planKey(int start) {
        return "PLAN#%07d".formatted(start);
    }

    @Override
    public List<MatchingRun> all() {
        return collection.all(DynamoGuideStore.BY_KIND, "RUN").reversed();
    }

    @Override
    public int dropPlan(String runId) {
        List<String> keys = collection.childKeys(runId, "PLAN#");
        // Plain deletes: each stands alone, and one that is repeated deletes nothing.
        keys.forEach(sk -> collection.removeChild(runId, sk));
        return keys.size();
    }

    @Override
    public List<MatchingRun> latest(int limit) {
        return collection.page(DynamoGuideStore.BY_KIND, "RUN", false, limit, null).items();
    }
}
