package dk.livsmester.platform.http;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.FieldError;
import dk.livsmester.platform.auth.AuthFilter;
import dk.livsmester.platform.store.IdempotencyStore;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.FullHttpRequest;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * F10: a signed-in POST with an {@code Idempotency-Key} header (any route under /api; the application wizard sends one
 * with its create) runs once per caller, route and key for a day. A retry gets the first answer again (with
 * {@code Idempotent-Replayed: true}); one that arrives while the first still runs gets 409 (for the running key's
 * two-minute lease); a first that failed (not 2xx) lets the retry run. The key is kept with a SHA-256 of the body:
 * the same key with another body gets 422 {@code IDEMPOTENCY_KEY_REUSED}, never the first body's answer. Without the
 * header nothing changes. The OpenAPI document names the header and both answers on every signed-in POST.
 */
@ServerFilter("/api/**")
public class IdempotencyFilter implements Ordered {
    public static final String HEADER = "Idempotency-Key";
    private static final String TAKEN = "livsmester.idempotency";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{8,100}");

    private final IdempotencyStore store;
    private final JsonMapper json;
    private final Clock clock;

    public IdempotencyFilter(IdempotencyStore store, JsonMapper json, Clock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        // After the caller is known and the request passed the edge checks.
        return AuthFilter.ORDER + 200;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> claim(HttpRequest<?> request) {
        String key = request.getHeaders().get(HEADER);
        Caller caller = request.getAttribute(AuthFilter.CALLER, Caller.class).orElse(null);
        if (key == null || request.getMethod() != HttpMethod.POST || caller == null) {
            return null;
        }
        if (!KEY.matcher(key).matches()) {
            return HttpResponse.badRequest(new ErrorBody("INVALID_INPUT", "Some fields need to be corrected.",
                    "Nogle felter skal rettes.", List.of(new FieldError(HEADER, "Ugyldig nøgle.",
                    "Idempotency-Key must be 8 to 100 letters, digits or . _ : - (a UUID, for example)."))));
        }
        String id = id(caller, request.getPath(), key);
        return switch (store.claim(id, bodyHash(request), clock.instant())) {
            case IdempotencyStore.Run run -> {
                request.setAttribute(TAKEN, id);
                yield null;
            }
            case IdempotencyStore.Replay r -> HttpResponse.status(HttpStatus.valueOf(r.status())).body(r.body().getBytes(StandardCharsets.UTF_8))
                    .contentType(MediaType.APPLICATION_JSON_TYPE).header("Idempotent-Replayed", "true");
            case IdempotencyStore.Running running -> HttpResponse.status(HttpStatus.CONFLICT).body(ErrorBody.of(
                    "IN_PROGRESS", "Den samme forespørgsel er i gang. Vent lidt, og prøv igen.",
                    "A request with this Idempotency-Key is still running; retry in a moment."));
            case IdempotencyStore.OtherBody other -> HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(ErrorBody.of(
                    "IDEMPOTENCY_KEY_REUSED", "Denne nøgle er brugt til en anden forespørgsel. Send igen med en ny nøgle.",
                    "This Idempotency-Key was used with a different request body; send a new key for a new request."));
        };
    }

    @ResponseFilter
    public void keep(HttpRequest<?> request, MutableHttpResponse<?> response) throws IOException {
        String id = request.getAttribute(TAKEN, String.class).orElse(null);
        if (id == null) {
            return;
        }
        if (response.code() >= 200 && response.code() < 300) {
            Object body = response.body();
            store.complete(id, response.code(), body == null ? "" : new String(json.writeValueAsBytes(body),
                    StandardCharsets.UTF_8), clock.instant());
        } else {
            store.release(id);
        }
    }

    /** The body as it came (a missing body as none): byte for byte, so any change is another request. */
    static String bodyHash(HttpRequest<?> request) {
        byte[] body = new byte[0];
        if (request instanceof FullHttpRequest<?> full && full.contents() != null) {
            body = full.contents().toByteArray();
        }
        return bodyHash(body);
    }

    static String bodyHash(byte[] body) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keys are the caller's own: the same key from another person, or on another route, is another key. */
    static String id(Caller caller, String path, String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((caller.subject() + "\n" + path + "\n" + key)
                    .getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
