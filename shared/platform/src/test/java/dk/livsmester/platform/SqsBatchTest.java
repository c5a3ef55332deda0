package dk.livsmester.platform;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.livsmester.localaws.CfnTemplate;
import dk.livsmester.platform.events.EventMessage;
import dk.livsmester.platform.sqs.SqsBatch;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Partial batch failures (ReportBatchItemFailures: only the reported messages come back), from the same fixture `sam local invoke -e` would take. */
class SqsBatchTest {

    static SQSEvent fixture(String name, String arnSuffix) throws Exception {
        Path file = CfnTemplate.locate(Path.of("")).getParent().resolve("events").resolve(name);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<SQSEvent.SQSMessage> records = new ArrayList<>();
        for (JsonNode r : root.get("Records")) {
            SQSEvent.SQSMessage m = new SQSEvent.SQSMessage();
            m.setMessageId(r.get("messageId").asText());
            m.setReceiptHandle(r.get("receiptHandle").asText());
            m.setBody(r.get("body").asText());
            m.setEventSource(r.get("eventSource").asText());
            m.setEventSourceArn(r.get("eventSourceARN").asText() + arnSuffix);
            records.add(m);
        }
        SQSEvent e = new SQSEvent();
        e.setRecords(records);
        return e;
    }

    static List<String> failed(SQSBatchResponse r) {
        return r.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList();
    }

    @Test
    void oneBadRecordOfFive_isTheOnlyOneReported_andTheOthersAreProcessed() throws Exception {
        List<String> processed = new ArrayList<>();
        SQSBatchResponse r = SqsBatch.process(fixture("sqs-review-batch-mixed.json", ""),
                (EventMessage m) -> processed.add(m.subjectId()));
        assertEquals(List.of("m-3"), failed(r));
        assertEquals(List.of("app-1", "app-2", "app-4", "app-5"), processed);
    }

    @Test
    void aHandlerFailure_isReportedForThatRecordOnly() throws Exception {
        SQSBatchResponse r = SqsBatch.process(fixture("sqs-review-batch-mixed.json", ""), m -> {
            if (m.subjectId().equals("app-2")) {
                throw new IllegalStateException("boom");
            }
        });
        assertEquals(List.of("m-2", "m-3"), failed(r));
    }

    @Test
    void onAFifoQueue_processingStopsAtTheFirstFailure_andTheRestIsReported() throws Exception {
        List<String> processed = new ArrayList<>();
        SQSBatchResponse r = SqsBatch.process(fixture("sqs-review-batch-mixed.json", ".fifo"), m -> {
            if (m.subjectId().equals("app-2")) {
                throw new IllegalStateException("boom");
            }
            processed.add(m.subjectId());
        });
        assertEquals(List.of("m-2", "m-3", "m-4", "m-5"), failed(r));
        assertEquals(List.of("app-1"), processed);
    }
}
