package dk.livsmester.notifications;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dk.livsmester.platform.sqs.SqsBatch;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

/** Lambda entry point for the notifications queue: application events become letters, notices and case records. */
public class NotificationsHandler extends MicronautRequestHandler<SQSEvent, SQSBatchResponse> {
    @Inject
    LetterService service;

    @Inject
    CaseRecordService caseRecords;

    @Override
    public SQSBatchResponse execute(SQSEvent event) {
        return SqsBatch.process(event, m -> each(() -> caseRecords.handle(m), () -> service.handle(m)));
    }

    /**
     * Runs every step even when one fails, then fails with the first failure, so the message comes again: a letter
     * whose SMS keeps failing does not hold back the case record, nor the other way round (each step is idempotent).
     */
    static void each(Runnable... steps) {
        RuntimeException first = null;
        for (Runnable step : steps) {
            try {
                step.run();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
