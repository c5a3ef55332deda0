package dk.livsmester.platform.http;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

import java.util.stream.Collectors;

/**
 * Errors Micronaut itself raises (no route, wrong media type, a body it cannot decode) get the same JSON shape as
 * ours, with advice on what to do, instead of Micronaut's HATEOAS body; a body it cannot bind names the field
 * ({@link BindingErrors}).
 */
@Primary
@Singleton
public class ApiErrorResponseProcessor implements ErrorResponseProcessor<ErrorBody> {

    @Override
    public MutableHttpResponse<ErrorBody> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        String detail = context.getErrors().stream().map(Error::getMessage).collect(Collectors.joining("; "));
        ErrorBody body = switch (status) {
            case 415 -> ErrorBody.of("UNSUPPORTED_MEDIA_TYPE", "Send indholdet som JSON.",
                    "Send the body as JSON with the header Content-Type: application/json.");
            case 404 -> ErrorBody.of("NOT_FOUND", "Siden findes ikke.", "No such resource: " + detail);
            case 405 -> ErrorBody.of("METHOD_NOT_ALLOWED", "Det kan man ikke her.", detail);
            // Never the parser's words: they name classes and quote what was sent. The field and the rule instead.
            case 400 -> context.getRootCause().map(BindingErrors::of).orElse(ErrorBody.of("INVALID_REQUEST",
                    "Forespørgslen kunne ikke læses. Tjek indholdet.",
                    "The request could not be read; check the body against the API's description."));
            default -> ErrorBody.of("HTTP_" + status, "Forespørgslen kunne ikke gennemføres.",
                    "The request could not be completed (HTTP " + status + ").");
        };
        return response.body(body).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
}
