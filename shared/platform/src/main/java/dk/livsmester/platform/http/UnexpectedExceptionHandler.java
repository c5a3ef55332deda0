package dk.livsmester.platform.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.codec.CodecException;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.UUID;

/**
 * Everything that is not a domain outcome. A body that is not JSON of the right shape is a 400 that says so; anything
 * else is a 500 with a reference to the log line and no stack trace in the body.
 */
@Produces
@Singleton
@Requires(classes = ExceptionHandler.class)
public class UnexpectedExceptionHandler implements ExceptionHandler<Exception, HttpResponse<ErrorBody>> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionHandler.class);

    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, Exception e) {
        if (e instanceof CodecException || e instanceof ConversionErrorException
                || e instanceof com.fasterxml.jackson.core.JacksonException) {
            return HttpResponse.<ErrorBody>badRequest().body(BindingErrors.of(e));
        }
        if (e instanceof HttpStatusException h) {
            return HttpResponse.<ErrorBody>status(h.getStatus()).body(ErrorBody.of("HTTP_" + h.getStatus().getCode(),
                    "Forespørgslen kunne ikke gennemføres.", h.getMessage()));
        }
        String ref = UUID.randomUUID().toString();
        LOG.error("unexpected error ref={} method={} path={} type={}", ref, request.getMethodName(), request.getPath(),
                e.getClass().getName(), e);
        return HttpResponse.<ErrorBody>status(HttpStatus.INTERNAL_SERVER_ERROR).body(ErrorBody.of("INTERNAL",
                "Noget gik galt hos os. Prøv igen om lidt.", "Unexpected error; reference " + ref + "."));
    }
}
