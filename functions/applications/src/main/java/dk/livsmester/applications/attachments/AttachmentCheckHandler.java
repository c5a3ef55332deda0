package dk.livsmester.applications.attachments;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

/**
 * Lambda entry point of AttachmentCheckFunction (this jar's second handler): S3's ObjectCreated events of the
 * attachments' bucket, each record one uploaded file to check. A failure throws, and Lambda's asynchronous retries
 * deliver the event again.
 */
public class AttachmentCheckHandler extends MicronautRequestHandler<S3Event, Void> {
    @Inject
    AttachmentCheckService service;

    @Override
    public Void execute(S3Event event) {
        event.getRecords().forEach(r -> service.check(r.getS3().getObject().getUrlDecodedKey()));
        return null;
    }
}
