package dk.livsmester.platform.events;

import dk.livsmester.platform.config.QueuesConfig;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.store.Json;
import dk.livsmester.platform.store.Row;
import dk.livsmester.platform.store.Transactions;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The transactional outbox. A state change writes its events to the events table in the same transaction, marked
 * pending; after the commit they are sent to SQS and the mark is removed. If the process dies between the two steps,
 * the relay finds the pending events and sends them. Consumers are idempotent, so a second send is harmless.
 */
@Singleton
public class EventOutbox {
    private static final Logger LOG = LoggerFactory.getLogger(EventOutbox.class);
    static final String PENDING = "PENDING";

    private final DynamoDbClient dynamo;
    private final DynamoDbIndex<Row> pendingIndex;
    private final SqsClient sqs;
    private final TablesConfig tables;
    private final QueuesConfig queues;
    private final Clock clock;

    public EventOutbox(DynamoDbClient dynamo, DynamoDbEnhancedClient enhanced, SqsClient sqs, TablesConfig tables,
                       QueuesConfig queues, Clock clock) {
        this.dynamo = dynamo;
        this.pendingIndex = enhanced.table(tables.getEvents(), Transactions.SCHEMA).index("pending");
        this.sqs = sqs;
        this.tables = tables;
        this.queues = queues;
        this.clock = clock;
    }

    public TransactWriteItem put(OutboxEvent event) {
        Row row = new Row();
        row.setPk("EVENT#" + event.id());
        row.setSk("EVENT");
        row.setKind("EVENT");
        row.setTarget(event.target().name());
        row.setBody(Json.write(event.message()));
        row.setPendingPk(PENDING);
        row.setPendingSince(clock.instant().toString());
        return Transactions.putNew(tables.getEvents(), row);
    }

    public List<TransactWriteItem> putAll(List<OutboxEvent> events) {
        return events.stream().map(this::put).toList();
    }

    /** After the commit: send, then clear the pending mark. A failure leaves the event for the relay. */
    public void publish(List<OutboxEvent> events) {
        for (OutboxEvent e : events) {
            try {
                send(e.target(), Json.write(e.message()));
                markPublished("EVENT#" + e.id());
            } catch (RuntimeException ex) {
                LOG.warn("publish deferred to the relay event={} target={} error={}", e.id(), e.target(), ex.toString());
            }
        }
    }

    /** Sends every event pending for longer than {@code olderThan}; returns how many were sent. */
    public int relayPending(Duration olderThan, int max) {
        String before = clock.instant().minus(olderThan).toString();
        List<Row> rows = new ArrayList<>();
        pendingIndex.query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.sortLessThan(Key.builder().partitionValue(PENDING).sortValue(before).build()))
                .limit(Math.min(max, 100))
                .build()).forEach(page -> rows.addAll(page.items()));
        int sent = 0;
        for (Row r : rows.subList(0, Math.min(max, rows.size()))) {
            send(Target.valueOf(r.getTarget()), r.getBody());
            markPublished(r.getPk());
            sent++;
        }
        if (sent > 0) {
            LOG.info("outbox relay sent={}", sent);
        }
        return sent;
    }

    private void send(Target target, String body) {
        String url = switch (target) {
            case REVIEW -> queues.getReview();
            case NOTIFICATIONS -> queues.getNotifications();
            case MATCHING -> queues.getMatching();
        };
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("No queue URL configured for " + target);
        }
        sqs.sendMessage(b -> b.queueUrl(url).messageBody(body));
    }

    private void markPublished(String pk) {
        dynamo.updateItem(b -> b.tableName(tables.getEvents())
                .key(Map.of("pk", AttributeValue.builder().s(pk).build(), "sk", AttributeValue.builder().s("EVENT").build()))
                .updateExpression("REMOVE pendingPk, pendingSince SET publishedAt = :t")
                .expressionAttributeValues(Map.of(":t", AttributeValue.builder().s(Instant.now(clock).toString()).build())));
    }
}
