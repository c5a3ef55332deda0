package dk.livsmester.platform.http;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.FieldError;
import dk.livsmester.platform.auth.AuthFilter;
import dk.livsmester.platform.views.PageView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What every API request is checked for before a controller sees it, after the caller is known (F7): each path
 * segment (ids among them) is short and of the characters our ids have, and a paging cursor is one this API handed
 * this caller for this very list ({@link PageCursors}). On the way out, a page's next cursor is sealed the same way.
 * A client fault is a 400 naming the part; it never reaches a store as a key DynamoDB would refuse with a 500.
 * Every answer is marked {@code Cache-Control: no-store}.
 */
@ServerFilter("/api/**")
public class EdgeChecks implements Ordered {
    /** Longer than any id we make (about 25 characters) or a pool's chosen id, far below DynamoDB's key size. */
    static final int MAX_SEGMENT = 100;
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~-]{1," + MAX_SEGMENT + "}");

    private final PageCursors cursors;

    public EdgeChecks(PageCursors cursors) {
        this.cursors = cursors;
    }

    @Override
    public int getOrder() {
        // After AuthFilter: the cursor is bound to the caller it names.
        return AuthFilter.ORDER + 100;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        String raw = request.getUri().getRawPath();
        for (String segment : raw.split("/")) {
            if (!segment.isEmpty() && !SEGMENT.matcher(decoded(segment)).matches()) {
                return refuse("id", "Ugyldigt id i adressen.",
                        "A path segment (an id) must be 1 to " + MAX_SEGMENT + " letters, digits, '.', '_', '~' or '-'.");
            }
        }
        String cursor = request.getParameters().get("cursor");
        Caller caller = request.getAttribute(AuthFilter.CALLER, Caller.class).orElse(null);
        if (cursor != null && !cursor.isEmpty() && (caller == null || !cursors.valid(cursor, caller, query(request)))) {
            return refuse("cursor", "Ugyldig side-markør.", "The cursor is not valid for this list; start from the first page.");
        }
        return null;
    }

    @ResponseFilter
    public void seal(HttpRequest<?> request, MutableHttpResponse<?> response) {
        // Every answer is one person's view (F9): no browser or proxy cache keeps it.
        response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
        if (response.body() instanceof PageView<?> page && page.nextCursor() != null) {
            Caller caller = request.getAttribute(AuthFilter.CALLER, Caller.class).orElse(null);
            if (caller != null) {
                response.body(new PageView<>(page.items(), cursors.seal(page.nextCursor(), caller, query(request))));
            }
        }
    }

    /** The list a cursor belongs to: the path and every filter but the cursor itself and the page size. */
    static String query(HttpRequest<?> request) {
        StringBuilder q = new StringBuilder(request.getPath());
        request.getParameters().names().stream().filter(n -> !n.equals("cursor") && !n.equals("limit")).sorted()
                .forEach(n -> q.append('&').append(n).append('=').append(String.join(",", request.getParameters().getAll(n))));
        return q.toString();
    }

    private static String decoded(String segment) {
        try {
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "%";
        }
    }

    private static HttpResponse<ErrorBody> refuse(String field, String da, String en) {
        return HttpResponse.badRequest(new ErrorBody("INVALID_INPUT", "Some fields need to be corrected.",
                "Nogle felter skal rettes.", List.of(new FieldError(field, da, en))));
    }
}
