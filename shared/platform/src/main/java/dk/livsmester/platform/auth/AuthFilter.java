package dk.livsmester.platform.auth;

import dk.livsmester.domain.Caller;
import dk.livsmester.platform.http.ErrorBody;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.Optional;
import java.util.Set;

/**
 * Every /api call carries a bearer token, except the health check, the OpenAPI document and the public decisions report
 * (aggregates with small cells suppressed, for the municipality to publish). No token, or one that does not verify,
 * ends the request here with 401: the filter never falls through.
 */
@ServerFilter("/api/**")
public class AuthFilter implements Ordered {
    /** Before every other API filter: they may rely on the caller being known. */
    public static final int ORDER = -1000;
    public static final String CALLER = "livsmester.caller";
    private static final Set<String> OPEN = Set.of("/api/health", "/api/openapi.yml", "/api/public/decisions-report",
            "/api/public/decisions-report.csv");

    private final TokenVerifier verifier;

    public AuthFilter(TokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> authenticate(HttpRequest<?> request) {
        if (OPEN.contains(request.getPath())) {
            return null;
        }
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return HttpResponse.unauthorized().body(ErrorBody.of("UNAUTHENTICATED",
                    "Du skal være logget ind.", "A bearer token is required."));
        }
        Optional<Caller> caller = verifier.verify(header.substring(7).trim());
        if (caller.isEmpty()) {
            return HttpResponse.unauthorized().body(ErrorBody.of("UNAUTHENTICATED",
                    "Dit login er udløbet eller ugyldigt. Log ind igen.", "The token is invalid, expired or has no known role."));
        }
        request.setAttribute(CALLER, caller.get());
        return null;
    }
}
