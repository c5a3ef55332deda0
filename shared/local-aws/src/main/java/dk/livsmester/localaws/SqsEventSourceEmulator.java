package dk.livsmester.localaws;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Does what Lambda's SQS event source mapping does: receives up to a batch, hands the handler a real {@link SQSEvent},
 * and deletes only the messages not listed in the {@link SQSBatchResponse}. A handler that throws fails the whole batch;
 * so does a failure entry naming no message of the batch. Failed messages reappear after the queue's visibility
 * timeout, and the queue's redrive policy moves them to the dead-letter queue after maxReceiveCount receives.
 */
public final class SqsEventSourceEmulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SqsEventSourceEmulator.class);

    /** What one poll did, for tests and logs. */
    public record PollResult(int received, int deleted, int failed, boolean handlerThrew) {
    }

    private final SqsClient sqs;
    private final String queueUrl;
    private final String queueArn;
    private final int batchSize;
    private final RequestHandler<SQSEvent, SQSBatchResponse> handler;
    private final String functionName;
    private final int timeoutSeconds;
    private final Polling polling;

    public SqsEventSourceEmulator(SqsClient sqs, String queueUrl, String queueArn, int batchSize,
                                  RequestHandler<SQSEvent, SQSBatchResponse> handler, String functionName,
                                  int timeoutSeconds) {
        this.sqs = sqs;
        this.queueUrl = queueUrl;
        this.queueArn = queueArn;
        this.batchSize = Math.min(10, Math.max(1, batchSize));
        this.handler = handler;
        this.functionName = functionName;
        this.timeoutSeconds = timeoutSeconds;
        this.polling = new Polling("esm-" + functionName, functionName, 0, () -> poll(1));
    }

    public void start() {
        polling.start();
    }

    /** One receive-invoke-delete cycle; waits up to {@code waitSeconds} for messages. */
    public PollResult poll(int waitSeconds) {
        List<Message> messages = sqs.receiveMessage(ReceiveMessageRequest.builder()
                .queueUrl(queueUrl)
                .maxNumberOfMessages(batchSize)
                .waitTimeSeconds(waitSeconds)
                .messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                .messageAttributeNames("All")
                .build()).messages();
        if (messages.isEmpty()) {
            return new PollResult(0, 0, 0, false);
        }
        SQSEvent event = toEvent(messages);
        Set<String> failed;
        boolean threw = false;
        try {
            SQSBatchResponse response = handler.handleRequest(event, new LocalLambdaContext(functionName, timeoutSeconds));
            failed = failedIds(response, messages);
        } catch (RuntimeException e) {
            LOG.warn("handler failed the whole batch function={} size={} error={}", functionName, messages.size(), e.toString());
            threw = true;
            failed = new HashSet<>();
            for (Message m : messages) {
                failed.add(m.messageId());
            }
        }
        List<DeleteMessageBatchRequestEntry> deletes = new ArrayList<>();
        for (Message m : messages) {
            if (!failed.contains(m.messageId())) {
                deletes.add(DeleteMessageBatchRequestEntry.builder().id(String.valueOf(deletes.size()))
                        .receiptHandle(m.receiptHandle()).build());
            }
        }
        if (!deletes.isEmpty()) {
            sqs.deleteMessageBatch(b -> b.queueUrl(queueUrl).entries(deletes));
        }
        return new PollResult(messages.size(), deletes.size(), messages.size() - deletes.size(), threw);
    }

    private Set<String> failedIds(SQSBatchResponse response, List<Message> messages) {
        Set<String> ids = new HashSet<>();
        if (response == null || response.getBatchItemFailures() == null) {
            return ids;
        }
        Set<String> inBatch = new HashSet<>();
        messages.forEach(m -> inBatch.add(m.messageId()));
        for (SQSBatchResponse.BatchItemFailure f : response.getBatchItemFailures()) {
            String id = f.getItemIdentifier();
            if (id == null || id.isBlank() || !inBatch.contains(id)) {
                // Lambda treats an empty or unknown identifier as a failure of the whole batch.
                return inBatch;
            }
            ids.add(id);
        }
        return ids;
    }

    private SQSEvent toEvent(List<Message> messages) {
        List<SQSEvent.SQSMessage> records = new ArrayList<>();
        for (Message m : messages) {
            SQSEvent.SQSMessage r = new SQSEvent.SQSMessage();
            r.setMessageId(m.messageId());
            r.setReceiptHandle(m.receiptHandle());
            r.setBody(m.body());
            r.setMd5OfBody(m.md5OfBody());
            Map<String, String> attrs = new HashMap<>();
            m.attributes().forEach((k, v) -> attrs.put(k.toString(), v));
            r.setAttributes(attrs);
            Map<String, SQSEvent.MessageAttribute> mattrs = new HashMap<>();
            m.messageAttributes().forEach((k, v) -> {
                SQSEvent.MessageAttribute a = new SQSEvent.MessageAttribute();
                a.setDataType(v.dataType());
                a.setStringValue(v.stringValue());
                mattrs.put(k, a);
            });
            r.setMessageAttributes(mattrs);
            r.setEventSource("aws:sqs");
            r.setEventSourceArn(queueArn);
            r.setAwsRegion("eu-west-1");
            records.add(r);
        }
        SQSEvent event = new SQSEvent();
        event.setRecords(records);
        return event;
    }

    @Override
    public void close() {
        polling.close();
    }
}
