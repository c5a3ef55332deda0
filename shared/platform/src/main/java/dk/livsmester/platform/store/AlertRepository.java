package dk.livsmester.platform.store;

import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.Text;
import dk.livsmester.domain.guides.Alert;
import dk.livsmester.domain.guides.AlertStatus;
import dk.livsmester.platform.config.TablesConfig;
import jakarta.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The coordinator's alerts about matches, in GuidesTable ({@code ALERT#<id>} / {@code META}; GSI byKind
 * {@code ALERT#<status>}, oldest first). An alert's id says what and since when, so raising it is a put that only
 * succeeds once however often the follow-up run sees the same quiet spell.
 */
@Singleton
public class AlertRepository {
    private final DynamoDbTable<Row> table;
    private final String tableName;
    private final Transactions tx;

    public AlertRepository(DynamoDbEnhancedClient enhanced, TablesConfig tables, Transactions tx) {
        this.tableName = tables.getGuides();
        this.table = enhanced.table(tableName, Transactions.SCHEMA);
        this.tx = tx;
    }

    static Row row(Alert a) {
        Row r = new Row();
        r.setPk("ALERT#" + a.id());
        r.setSk(GuideRepository.META);
        r.setKind("ALERT");
        r.setStatus(a.status().name());
        r.setVersion(a.version());
        r.setGsi1pk("ALERT#" + a.status().name());
        r.setGsi1sk(a.createdAt().toString() + "#" + a.id());
        r.setBody(Json.write(a));
        return r;
    }

    /** Raises the alert unless it was raised before (whatever became of it); true if it is new. */
    public boolean raise(Alert a) {
        try {
            tx.write(List.of(Transactions.putNew(tableName, row(a))), codes -> new StaleStateException("alert"));
            return true;
        } catch (StaleStateException exists) {
            return false;
        }
    }

    public Optional<Alert> find(String id) {
        Row r = table.getItem(b -> b.key(Key.builder().partitionValue("ALERT#" + id).sortValue(GuideRepository.META).build())
                .consistentRead(true));
        return Optional.ofNullable(r).map(x -> Json.read(x.getBody(), Alert.class));
    }

    public Alert get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("alert", id));
    }

    /** Acknowledged or resolved, if still as read. */
    public void update(Alert before, Alert after) {
        tx.write(List.of(Transactions.replaceAt(tableName, row(after), before.version(), before.status().name())),
                codes -> new ConflictException("ALERT_CHANGED", Text.of("Advarslen er lige blevet ændret.",
                        "The alert was changed since it was read; reload the list.")));
    }

    public List<Alert> all(AlertStatus status) {
        List<Alert> out = new ArrayList<>();
        table.index("byKind").query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue("ALERT#" + status.name()).build()))
                .build()).forEach(p -> p.items().forEach(r -> out.add(Json.read(r.getBody(), Alert.class))));
        return out;
    }

    public Page<Alert> page(AlertStatus status, int limit, String cursor) {
        var page = table.index("byKind").query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue("ALERT#" + status.name()).build()))
                .limit(limit).exclusiveStartKey(Cursors.decode(cursor)).build()).iterator().next();
        return new Page<>(page.items().stream().map(r -> Json.read(r.getBody(), Alert.class)).toList(),
                Cursors.encode(page.lastEvaluatedKey()));
    }
}
