package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.guides.Alert;
import dk.livsmester.domain.guides.AlertChangedException;
import dk.livsmester.domain.guides.AlertStatus;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.store.AlertStore;
import dk.livsmester.platform.store.Page;
import jakarta.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.List;
import java.util.Map;

/**
 * GuidesTable, {@code ALERT#<id>} / {@code META}: {@code status} and {@code version} top-level, the rest in the body.
 * GSI byKind {@code ALERT#<status>}, oldest first.
 */
@Singleton
public class DynamoAlertStore extends DynamoAggregateStore<Alert> implements AlertStore {
    static final ItemCodec<Alert> CODEC = new ItemCodec<>(Alert.class, "ALERT", "ALERT", List.of("status", "version"),
            a -> Map.of("gsi1pk", "ALERT#" + a.status().name(), "gsi1sk", a.createdAt() + "#" + a.id()));

    private final Transactions tx;

    public DynamoAlertStore(DynamoDbEnhancedClient client, TablesConfig tables, Transactions tx) {
        super(new DynamoCollection<>(client, tables.getGuides(), CODEC, "alert"));
        this.tx = tx;
    }

    @Override
    public boolean raise(Alert alert) {
        try {
            tx.begin("raise alert").step("alert new", collection.putNew(alert), () -> new StaleStateException("alert")).commit();
            return true;
        } catch (StaleStateException raisedBefore) {
            return false;
        }
    }

    @Override
    public void update(Alert before, Alert after) {
        tx.begin("update alert").step("alert unchanged", collection.replace(before, after),
                () -> new AlertChangedException(before.id())).commit();
    }

    /** The alert deleted if still as read (with its match's erasure: {@link DynamoMatchStore#erase}). */
    TransactWriteItem deleted(Alert before) {
        return collection.delete(before);
    }

    @Override
    public Page<Alert> byStatus(AlertStatus status, int limit, String cursor) {
        return collection.page(DynamoGuideStore.BY_KIND, "ALERT#" + status.name(), true, limit, cursor);
    }

    @Override
    public List<Alert> all(AlertStatus status) {
        return collection.all(DynamoGuideStore.BY_KIND, "ALERT#" + status.name());
    }
}
