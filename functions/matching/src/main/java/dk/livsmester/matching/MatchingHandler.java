package dk.livsmester.matching;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dk.livsmester.platform.sqs.SqsBatch;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

/** Lambda entry point for the matching queue: a new or re-opened guide request, or a matching run. */
public class MatchingHandler extends MicronautRequestHandler<SQSEvent, SQSBatchResponse> {
    @Inject
    MatchingService service;

    @Override
    public SQSBatchResponse execute(SQSEvent event) {
        return SqsBatch.process(event, service::handle);
    }
}
