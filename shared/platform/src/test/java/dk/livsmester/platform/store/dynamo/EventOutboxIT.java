package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.Ids;
import dk.livsmester.platform.config.QueuesConfig;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.events.EventMessage;
import dk.livsmester.platform.events.OutboxEvent;
import dk.livsmester.platform.events.Target;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.BatchResultErrorEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;
import software.amazon.awssdk.services.sqs.model.SqsException;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * F11 on DynamoDB Local and ElasticMQ: an outbox event is marked published only when SendMessageBatch acknowledged its
 * entry. A refused entry, a batch that failed and a send whose answer never came back (the process died between the
 * send and the mark) all stay pending, and the relay sends them; the last arrives twice, which the consumers absorb
 * (ReviewIT, LetterIT, MatchingIT deliver the same message again).
 */
class EventOutboxIT {
    static TestStack stack;
    static DynamoDbClient dynamo;
    static SqsClient sqs;
    static TablesConfig tables;
    static QueuesConfig queues;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        dynamo = stack.bean(DynamoDbClient.class);
        sqs = stack.aws().sqs();
        tables = stack.bean(TablesConfig.class);
        queues = stack.bean(QueuesConfig.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    /** The SQS the outbox talks to: ElasticMQ, with entries refused, the call failed, or the answer lost as told. */
    static final class FaultySqs implements SqsClient {
        Predicate<String> refuse = body -> false;
        boolean down;
        boolean loseAnswer;

        @Override
        public SendMessageBatchResponse sendMessageBatch(SendMessageBatchRequest request) {
            if (down) {
                throw SqsException.builder().message("queue unreachable").build();
            }
            List<SendMessageBatchRequestEntry> accepted = new ArrayList<>();
            List<BatchResultErrorEntry> refused = new ArrayList<>();
            for (SendMessageBatchRequestEntry e : request.entries()) {
                if (refuse.test(e.messageBody())) {
                    refused.add(BatchResultErrorEntry.builder().id(e.id()).code("InternalError").senderFault(false).build());
                } else {
                    accepted.add(e);
                }
            }
            SendMessageBatchResponse real = accepted.isEmpty() ? SendMessageBatchResponse.builder().build()
                    : sqs.sendMessageBatch(request.toBuilder().entries(accepted).build());
            if (loseAnswer) {
                throw SqsException.builder().message("connection reset after the send").build();
            }
            return real.toBuilder().failed(refused).build();
        }

        @Override
        public String serviceName() {
            return "sqs";
        }

        @Override
        public void close() {
        }
    }

    static EventOutbox outbox(SqsClient client, Clock clock) {
        return new EventOutbox(dynamo, client, tables, queues, clock);
    }

    /** The relay as it runs a minute later: everything pending past its grace. */
    static int relayAMinuteLater(SqsClient client) {
        return outbox(client, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(1))).relayPending(Duration.ofSeconds(30), 100);
    }

    static List<OutboxEvent> events(String prefix, int n) {
        List<OutboxEvent> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(OutboxEvent.of(Target.REVIEW, new EventMessage(EventMessage.APPLICATION_SUBMITTED, prefix + "-" + i, 1,
                    "SUBMITTED", Instant.now())));
        }
        return out;
    }

    static void commit(EventOutbox outbox, List<OutboxEvent> events) {
        outbox.commit(stack.bean(Transactions.class).begin("test events"), events);
    }

    static boolean pending(OutboxEvent e) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(tables.getEvents()).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS("EVENT#" + e.id()), "sk", AttributeValue.fromS("EVENT")))).item();
        assertTrue(item.containsKey("body"), "the event was written");
        return item.containsKey("pendingPk");
    }

    /** How often each subject of {@code prefix} arrived on the review queue (drained, and deleted). */
    static Map<String, Integer> arrived(String prefix) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        int emptyPolls = 0;
        while (emptyPolls < 2) {
            List<Message> got = sqs.receiveMessage(b -> b.queueUrl(queues.getReview()).maxNumberOfMessages(10)
                    .waitTimeSeconds(1)).messages();
            emptyPolls = got.isEmpty() ? emptyPolls + 1 : 0;
            for (Message m : got) {
                String subject = m.body().replaceAll(".*\"subjectId\":\"([^\"]+)\".*", "$1");
                if (subject.startsWith(prefix)) {
                    counts.merge(subject, 1, Integer::sum);
                }
                sqs.deleteMessage(b -> b.queueUrl(queues.getReview()).receiptHandle(m.receiptHandle()));
            }
        }
        return counts;
    }

    @Test
    void twelveEvents_goInBatchesOfTen_andAllAreMarked() {
        String prefix = Ids.newId("batch");
        List<OutboxEvent> events = events(prefix, 12);
        commit(outbox(new FaultySqs(), Clock.systemUTC()), events);
        events.forEach(e -> assertFalse(pending(e), e.id()));
        Map<String, Integer> arrived = arrived(prefix);
        assertEquals(12, arrived.size());
        assertTrue(arrived.values().stream().allMatch(n -> n == 1), arrived.toString());
    }

    @Test
    void aRefusedEntry_staysPending_theOthersAreMarked_andTheRelaySendsIt() {
        String prefix = Ids.newId("refused");
        List<OutboxEvent> events = events(prefix, 5);
        FaultySqs faulty = new FaultySqs();
        faulty.refuse = body -> body.contains(prefix + "-2\"");
        commit(outbox(faulty, Clock.systemUTC()), events);
        for (OutboxEvent e : events) {
            assertEquals(e.id().startsWith(prefix + "-2#"), pending(e), e.id());
        }
        assertEquals(Set.of(prefix + "-0", prefix + "-1", prefix + "-3", prefix + "-4"), arrived(prefix).keySet());

        assertTrue(relayAMinuteLater(new FaultySqs()) >= 1);
        assertFalse(pending(events.get(2)));
        assertEquals(Map.of(prefix + "-2", 1), arrived(prefix));
    }

    @Test
    void aQueueThatIsDown_leavesEveryEventPending_untilTheRelayReachesIt() {
        String prefix = Ids.newId("down");
        List<OutboxEvent> events = events(prefix, 3);
        FaultySqs faulty = new FaultySqs();
        faulty.down = true;
        commit(outbox(faulty, Clock.systemUTC()), events);
        events.forEach(e -> assertTrue(pending(e)));
        assertEquals(0, relayAMinuteLater(faulty), "still down: nothing is marked");
        events.forEach(e -> assertTrue(pending(e)));
        assertTrue(arrived(prefix).isEmpty());

        assertTrue(relayAMinuteLater(new FaultySqs()) >= 3);
        events.forEach(e -> assertFalse(pending(e)));
        assertEquals(3, arrived(prefix).size());
    }

    @Test
    void aSendWhoseAnswerWasLost_isSentAgainByTheRelay_soItArrivesTwice_neverNone() {
        String prefix = Ids.newId("lost");
        List<OutboxEvent> events = events(prefix, 2);
        FaultySqs faulty = new FaultySqs();
        faulty.loseAnswer = true;
        commit(outbox(faulty, Clock.systemUTC()), events);
        events.forEach(e -> assertTrue(pending(e), "no acknowledgement, no mark"));
        assertTrue(relayAMinuteLater(new FaultySqs()) >= 2);
        events.forEach(e -> assertFalse(pending(e)));
        assertEquals(Map.of(prefix + "-0", 2, prefix + "-1", 2), arrived(prefix));
    }

    @Test
    void aFreshEvent_isLeftToTheNormalPath_forTheGrace() {
        String prefix = Ids.newId("fresh");
        List<OutboxEvent> events = events(prefix, 1);
        FaultySqs faulty = new FaultySqs();
        faulty.down = true;
        commit(outbox(faulty, Clock.systemUTC()), events);
        outbox(new FaultySqs(), Clock.systemUTC()).relayPending(Duration.ofSeconds(30), 100);
        assertTrue(pending(events.get(0)), "younger than the grace: not the relay's yet");
        relayAMinuteLater(new FaultySqs());
        assertFalse(pending(events.get(0)));
        assertEquals(Map.of(prefix + "-0", 1), arrived(prefix));
    }

    @Test
    void anEventPendingSinceAWholeSecond_isOlderThanAFractionOfThatSecond() {
        String prefix = Ids.newId("whole");
        List<OutboxEvent> events = events(prefix, 1);
        FaultySqs faulty = new FaultySqs();
        faulty.down = true;
        Instant committed = Instant.parse("2020-01-01T00:00:00Z");
        commit(outbox(faulty, Clock.fixed(committed, ZoneOffset.UTC)), events);
        outbox(new FaultySqs(), Clock.fixed(committed.plusMillis(30_500), ZoneOffset.UTC)).relayPending(Duration.ofSeconds(30), 100);
        assertFalse(pending(events.get(0)), "pending half a second longer than the grace: the relay's");
        assertEquals(Map.of(prefix + "-0", 1), arrived(prefix));
    }
}
