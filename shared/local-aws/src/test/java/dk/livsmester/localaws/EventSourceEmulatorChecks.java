package dk.livsmester.localaws;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The event-source emulator against an SQS: partial batch failures, redelivery and the dead-letter queue. Run against
 * ElasticMQ ({@link EventSourceEmulatorIT}) and moto ({@link EventSourceEmulatorMotoIT}): the emulator must not lean
 * on one server's quirks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EventSourceEmulatorChecks {
    SqsClient sqs;

    /** The SQS the checks run against, started for this class. */
    abstract SqsClient start();

    abstract void stop();

    @BeforeAll
    void startSqs() {
        sqs = start();
    }

    @AfterAll
    void stopSqs() {
        sqs.close();
        stop();
    }

    private String[] queueWithDlq(String name, int maxReceives) {
        String dlq = sqs.createQueue(b -> b.queueName(name + "-dlq")).queueUrl();
        String dlqArn = sqs.getQueueAttributes(b -> b.queueUrl(dlq).attributeNames(QueueAttributeName.QUEUE_ARN))
                .attributes().get(QueueAttributeName.QUEUE_ARN);
        String url = sqs.createQueue(b -> b.queueName(name).attributes(Map.of(
                QueueAttributeName.VISIBILITY_TIMEOUT, "1",
                QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + dlqArn + "\",\"maxReceiveCount\":\"" + maxReceives + "\"}"))).queueUrl();
        return new String[]{url, dlq};
    }

    private int depth(String url) {
        Map<QueueAttributeName, String> a = sqs.getQueueAttributes(b -> b.queueUrl(url).attributeNames(
                QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE)).attributes();
        return Integer.parseInt(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
                + Integer.parseInt(a.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
    }

    @Test
    void aPoisonMessage_endsInTheDeadLetterQueueAfterMaxReceives_andItsBatchMatesAreProcessedOnce() throws Exception {
        String[] q = queueWithDlq("poison", 3);
        for (int i = 0; i < 4; i++) {
            String body = "ok-" + i;
            sqs.sendMessage(b -> b.queueUrl(q[0]).messageBody(body));
        }
        sqs.sendMessage(b -> b.queueUrl(q[0]).messageBody("poison"));
        Map<String, AtomicInteger> seen = new ConcurrentHashMap<>();
        RequestHandler<SQSEvent, SQSBatchResponse> handler = (event, ctx) -> {
            List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
            for (SQSEvent.SQSMessage m : event.getRecords()) {
                seen.computeIfAbsent(m.getBody(), k -> new AtomicInteger()).incrementAndGet();
                if (m.getBody().equals("poison")) {
                    failures.add(new SQSBatchResponse.BatchItemFailure(m.getMessageId()));
                }
            }
            return new SQSBatchResponse(failures);
        };
        SqsEventSourceEmulator esm = new SqsEventSourceEmulator(sqs, q[0], "arn:poison", 10, handler, "test", 5);
        long until = System.currentTimeMillis() + 20_000;
        while (depth(q[1]) == 0 && System.currentTimeMillis() < until) {
            esm.poll(1);
        }
        assertEquals(1, depth(q[1]), "poison message in the DLQ");
        assertEquals(0, depth(q[0]), "source queue drained");
        assertEquals(3, seen.get("poison").get(), "received exactly maxReceiveCount times");
        for (int i = 0; i < 4; i++) {
            assertEquals(1, seen.get("ok-" + i).get(), "healthy message processed once");
        }
        String dlqBody = sqs.receiveMessage(b -> b.queueUrl(q[1])).messages().get(0).body();
        assertEquals("poison", dlqBody);
    }

    @Test
    void aHandlerThatThrows_failsTheWholeBatch_andNothingIsDeleted() {
        String[] q = queueWithDlq("throws", 5);
        sqs.sendMessage(b -> b.queueUrl(q[0]).messageBody("a"));
        sqs.sendMessage(b -> b.queueUrl(q[0]).messageBody("b"));
        RequestHandler<SQSEvent, SQSBatchResponse> handler = (event, ctx) -> {
            throw new IllegalStateException("boom");
        };
        SqsEventSourceEmulator esm = new SqsEventSourceEmulator(sqs, q[0], "arn:throws", 10, handler, "test", 5);
        SqsEventSourceEmulator.PollResult r = esm.poll(1);
        assertTrue(r.handlerThrew());
        assertEquals(0, r.deleted());
        assertEquals(2, depth(q[0]));
    }

    @Test
    void anUnknownFailureIdentifier_failsTheWholeBatch_likeLambda() {
        String[] q = queueWithDlq("unknown-id", 5);
        sqs.sendMessage(b -> b.queueUrl(q[0]).messageBody("a"));
        RequestHandler<SQSEvent, SQSBatchResponse> handler = (event, ctx) ->
                new SQSBatchResponse(List.of(new SQSBatchResponse.BatchItemFailure("not-in-batch")));
        SqsEventSourceEmulator.PollResult r = new SqsEventSourceEmulator(sqs, q[0], "arn:x", 10, handler, "test", 5).poll(1);
        assertEquals(0, r.deleted());
        assertEquals(1, r.failed());
    }
}
