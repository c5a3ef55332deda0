package dk.livsmester.platform.http;

import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.DomainException;
import dk.livsmester.domain.FieldError;
import dk.livsmester.domain.ForbiddenException;
import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.Text;
import dk.livsmester.domain.TooManyTriesException;
import dk.livsmester.domain.ValidationException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The one place domain outcomes become HTTP statuses: 400 invalid, 403 not allowed, 404, 409 conflict,
 * 429 too many tries (with Retry-After). */
@Produces
@Singleton
@Requires(classes = {DomainException.class, ExceptionHandler.class})
public class DomainExceptionHandler implements ExceptionHandler<DomainException, HttpResponse<ErrorBody>> {
    private static final Logger LOG = LoggerFactory.getLogger(DomainExceptionHandler.class);
    /** The domain's clock, which a test (and the local runtime's movable clock) sets. */
    private final Clock clock;

    public DomainExceptionHandler(Clock clock) {
        this.clock = clock;
    }

    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, DomainException e) {
        HttpStatus status;
        if (e instanceof ValidationException) {
            status = HttpStatus.BAD_REQUEST;
        } else if (e instanceof ForbiddenException) {
            status = HttpStatus.FORBIDDEN;
        } else if (e instanceof NotFoundException) {
            status = HttpStatus.NOT_FOUND;
        } else if (e instanceof ConflictException) {
            status = HttpStatus.CONFLICT;
        } else if (e instanceof TooManyTriesException) {
            status = HttpStatus.TOO_MANY_REQUESTS;
        } else {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        // The code only: messages can quote what a citizen typed.
        LOG.info("request refused method={} path={} status={} code={}", request.getMethodName(), request.getPath(),
                status.getCode(), e.code());
        List<FieldError> errors = e instanceof ValidationException v ? v.errors() : List.of();
        Text text = ErrorTexts.of(e);
        MutableHttpResponse<ErrorBody> response = HttpResponse.<ErrorBody>status(status)
                .body(new ErrorBody(e.code(), text.en(), text.da(), errors));
        if (e instanceof TooManyTriesException t) {
            response.header(HttpHeaders.RETRY_AFTER,
                    Long.toString(Math.max(1, Duration.between(clock.instant(), t.until()).toSeconds())));
        }
        return response;
    }
}
