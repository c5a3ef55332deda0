package dk.livsmester.platform.sqs;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dk.livsmester.platform.events.EventMessage;
import dk.livsmester.platform.store.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Processes an SQS batch one message at a time and reports only the failed ones (ReportBatchItemFailures). On a FIFO
 * queue it stops at the first failure and reports the rest too, so order within a group holds.
 */
public final class SqsBatch {
    private static final Logger LOG = LoggerFactory.getLogger(SqsBatch.class);

    private SqsBatch() {
    }

    public static SQSBatchResponse process(SQSEvent event, Consumer<EventMessage> handler) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        List<SQSEvent.SQSMessage> records = event.getRecords() == null ? List.of() : event.getRecords();
        boolean stopped = false;
        for (SQSEvent.SQSMessage m : records) {
            if (stopped) {
                failures.add(new SQSBatchResponse.BatchItemFailure(m.getMessageId()));
                continue;
            }
            try {
                handler.accept(Json.read(m.getBody(), EventMessage.class));
            } catch (RuntimeException e) {
                // The message id and the error type only: the body may not be logged.
                LOG.warn("message failed messageId={} error={}", m.getMessageId(), e.getClass().getSimpleName() + ": " + e.getMessage());
                failures.add(new SQSBatchResponse.BatchItemFailure(m.getMessageId()));
                stopped = m.getEventSourceArn() != null && m.getEventSourceArn().endsWith(".fifo");
            }
        }
        return new SQSBatchResponse(failures);
    }
}
