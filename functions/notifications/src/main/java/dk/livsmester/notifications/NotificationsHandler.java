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
        return SqsBatch.process(event, m -> {
            service.handle(m);
            caseRecords.handle(m);
        });
    }
}
