package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.platform.config.QueuesConfig;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.events.OutboxEvent;
import dk.livsmester.platform.events.Target;
import dk.livsmester.platform.store.Json;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The transactional outbox. A state change writes its events to the events table in the same transaction, marked
 * pending; after the commit they are sent to SQS and the mark is removed. If the process dies between the two steps,
 * the relay finds the pending events and sends them. Consumers are idempotent, so a second send is harmless.
 *
 * <p>Items: {@code EVENT#<id>} / {@code EVENT} with the {@code target} queue, the message as {@code body}, and while
 * unpublished {@code pendingPk = PENDING} and {@code pendingSince} (the sparse GSI {@code pending}).
 */
@Singleton
public class EventOutbox {
    private static final Logger LOG = LoggerFactory.getLogger(EventOutbox.class);
    static final String PENDING = "PENDING";

    private final DynamoDbClient dynamo;
    private final SqsClient sqs;
    private final TablesConfig tables;
    private final QueuesConfig queues;
    private final Clock clock;

    public EventOutbox(DynamoDbClient dynamo, SqsClient sqs, TablesConfig tables, QueuesConfig queues, Clock clock) {
        this.dynamo = dynamo;
        this.sqs = sqs;
        this.tables = tables;
        this.queues = queues;
        this.clock = clock;
    }

    /** Adds the events to the transaction, commits it, and publishes them. */
    public void commit(Transactions.Transaction tx, List<OutboxEvent> events) {
        tx.steps(events.stream().map(this::step).toList()).commit();
        publish(events);
    }

    /** An event is written once: its id is derived from the change it reports. */
    private Transactions.Step step(OutboxEvent event) {
        Map<String, AttributeValue> item = Map.of("pk", s("EVENT#" + event.id()), "sk", s("EVENT"), "kind", s("EVENT"),
                "target", s(event.target().name()), "body", s(Json.write(event.message())), "pendingPk", s(PENDING),
                "pendingSince", s(clock.instant().toString()));
        TransactWriteItem put = TransactWriteItem.builder().put(Put.builder().tableName(tables.getEvents()).item(item)
                .conditionExpression("attribute_not_exists(pk)").build()).build();
        return new Transactions.Step("event " + event.target().name().toLowerCase() + " new", put,
                () -> new StaleStateException("event"));
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

    /** Sends at most {@code max} events pending for longer than {@code olderThan}, oldest first; returns how many. */
    public int relayPending(Duration olderThan, int max) {
        String before = clock.instant().minus(olderThan).toString();
        List<Map<String, AttributeValue>> pending = new ArrayList<>();
        for (var page : dynamo.queryPaginator(b -> b.tableName(tables.getEvents()).indexName("pending")
                .keyConditionExpression("pendingPk = :p AND pendingSince < :before")
                .expressionAttributeValues(Map.of(":p", s(PENDING), ":before", s(before)))
                .limit(Math.min(max, 100)))) {
            pending.addAll(page.items());
            if (pending.size() >= max) {
                break;
            }
        }
        int sent = 0;
        for (Map<String, AttributeValue> item : pending.subList(0, Math.min(max, pending.size()))) {
            send(Target.valueOf(item.get("target").s()), item.get("body").s());
            markPublished(item.get("pk").s());
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
                .key(Map.of("pk", s(pk), "sk", s("EVENT")))
                .updateExpression("REMOVE pendingPk, pendingSince SET publishedAt = :t")
                .expressionAttributeValues(Map.of(":t", s(clock.instant().toString()))));
    }

    private static AttributeValue s(String v) {
        return AttributeValue.builder().s(v).build();
    }
}
