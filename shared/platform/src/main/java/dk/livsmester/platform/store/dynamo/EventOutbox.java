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
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResultEntry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The transactional outbox. A state change writes its events to the events table in the same transaction, marked
 * pending; after the commit they are sent to SQS and the mark is removed from each event the queue acknowledged
 * (SendMessageBatch's per-entry answer). If the process dies between the steps, or the queue refused an entry, the
 * relay finds the pending events and sends them. Consumers are idempotent, so a second send is harmless.
 *
 * <p>Items: {@code EVENT#<id>} / {@code EVENT} with the {@code target} queue, the message as {@code body}, and while
 * unpublished {@code pendingPk = PENDING} and {@code pendingSince} (the sparse GSI {@code pending}).
 */
@Singleton
public class EventOutbox {
    private static final Logger LOG = LoggerFactory.getLogger(EventOutbox.class);
    private static final DateTimeFormatter SORTABLE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
    static final String PENDING = "PENDING";
    /** SendMessageBatch takes at most ten entries. */
    static final int BATCH = 10;

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
                "pendingSince", s(sortable(clock.instant())));
        TransactWriteItem put = TransactWriteItem.builder().put(Put.builder().tableName(tables.getEvents()).item(item)
                .conditionExpression("attribute_not_exists(pk)").build()).build();
        return new Transactions.Step("event " + event.target().name().toLowerCase() + " new", put,
                () -> new StaleStateException("event"));
    }

    /**
     * After the commit: send, then clear the pending mark of each event the queue acknowledged. An event the queue
     * did not accept (or whose mark failed) stays pending, and the relay sends it again.
     */
    public void publish(List<OutboxEvent> events) {
        sendAndMark(events.stream().map(e -> new Pending("EVENT#" + e.id(), e.target(), Json.write(e.message()))).toList());
    }

    /**
     * Sends at most {@code max} events pending for longer than {@code olderThan}, oldest first: those whose send
     * failed, and those sent just before a crash that left them unmarked (sent twice then; the consumers are
     * idempotent). Returns how many the queue acknowledged.
     */
    public int relayPending(Duration olderThan, int max) {
        String before = sortable(clock.instant().minus(olderThan));
        List<Pending> pending = new ArrayList<>();
        for (var page : dynamo.queryPaginator(b -> b.tableName(tables.getEvents()).indexName("pending")
                .keyConditionExpression("pendingPk = :p AND pendingSince < :before")
                .expressionAttributeValues(Map.of(":p", s(PENDING), ":before", s(before)))
                .limit(Math.min(max, 100)))) {
            for (Map<String, AttributeValue> item : page.items()) {
                if (pending.size() < max) {
                    pending.add(new Pending(item.get("pk").s(), Target.valueOf(item.get("target").s()), item.get("body").s()));
                }
            }
            if (pending.size() >= max) {
                break;
            }
        }
        int sent = sendAndMark(pending);
        if (!pending.isEmpty()) {
            LOG.info("outbox relay pending={} sent={}", pending.size(), sent);
        }
        return sent;
    }

    /** An unpublished event as stored: its key, its queue and the message. */
    record Pending(String pk, Target target, String body) {
    }

    /**
     * SendMessageBatch per queue, ten at a time; only the entries in the answer's {@code successful} list are marked
     * published. A failed entry, a failed batch or a failed mark leaves the event pending. Returns how many were marked.
     */
    int sendAndMark(List<Pending> events) {
        Map<Target, List<Pending>> byQueue = new LinkedHashMap<>();
        events.forEach(e -> byQueue.computeIfAbsent(e.target(), t -> new ArrayList<>()).add(e));
        int marked = 0;
        for (Map.Entry<Target, List<Pending>> queue : byQueue.entrySet()) {
            List<Pending> all = queue.getValue();
            for (int from = 0; from < all.size(); from += BATCH) {
                marked += sendBatch(queue.getKey(), all.subList(from, Math.min(all.size(), from + BATCH)));
            }
        }
        return marked;
    }

    private int sendBatch(Target target, List<Pending> batch) {
        SendMessageBatchResponse answer;
        try {
            List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                entries.add(SendMessageBatchRequestEntry.builder().id("e" + i).messageBody(batch.get(i).body()).build());
            }
            String url = url(target);
            answer = sqs.sendMessageBatch(b -> b.queueUrl(url).entries(entries));
        } catch (RuntimeException ex) {
            LOG.warn("publish deferred to the relay target={} events={} error={}", target, batch.size(), ex.toString());
            return 0;
        }
        for (BatchResultErrorEntry failed : answer.failed()) {
            LOG.warn("publish deferred to the relay event={} target={} code={}", batch.get(index(failed.id())).pk(),
                    target, failed.code());
        }
        int marked = 0;
        for (SendMessageBatchResultEntry ok : answer.successful()) {
            String pk = batch.get(index(ok.id())).pk();
            try {
                markPublished(pk);
                marked++;
            } catch (RuntimeException ex) {
                // Sent but still pending: the relay sends it once more.
                LOG.warn("published but not marked event={} error={}", pk, ex.toString());
            }
        }
        return marked;
    }

    private static int index(String entryId) {
        return Integer.parseInt(entryId.substring(1));
    }

    private String url(Target target) {
        String url = switch (target) {
            case REVIEW -> queues.getReview();
            case NOTIFICATIONS -> queues.getNotifications();
            case MATCHING -> queues.getMatching();
        };
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("No queue URL configured for " + target);
        }
        return url;
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

    /**
     * The pending index's sort key: fixed width, so text order is time order. {@code Instant.toString()} leaves out a
     * whole second's fraction, and "10:00:00Z" sorts after "10:00:00.5Z".
     */
    static String sortable(Instant t) {
        return SORTABLE.format(t);
    }
}
