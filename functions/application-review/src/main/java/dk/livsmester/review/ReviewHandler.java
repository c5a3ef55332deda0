package dk.livsmester.review;

import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import dk.livsmester.platform.sqs.SqsBatch;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

/** Lambda entry point for the review queue: each message is one submitted application to check. */
public class ReviewHandler extends MicronautRequestHandler<SQSEvent, SQSBatchResponse> {
    @Inject
    ReviewService service;

    @Override
    public SQSBatchResponse execute(SQSEvent event) {
        return SqsBatch.process(event, service::review);
    }
}
