package dk.livsmester.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The end-to-end tests' HTTP client for the local runtime: JSON in, status and JSON (or text) out. */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Reply(int status, JsonNode body) {
    }

    private Api() {
    }

    static Reply call(URI base, String method, String path, String token, Object body) throws Exception {
        HttpResponse<String> r = send(base, method, path, token, body, java.util.Map.of());
        JsonNode node;
        try {
            node = r.body() == null || r.body().isBlank() ? null : JSON.readTree(r.body());
        } catch (IOException e) {
            node = JSON.getNodeFactory().textNode(r.body());
        }
        return new Reply(r.statusCode(), node);
    }

    /** The raw exchange: a JSON body (a string as it is, anything else serialised), the bearer token and headers. */
    static HttpResponse<String> send(URI base, String method, String path, String token, Object body,
                                     java.util.Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        if (body != null) {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A token for the first demo user with this role, from the local runtime's issuer. */
    static String token(URI base, String role) throws Exception {
        Reply r = call(base, "POST", "/local/token", null, java.util.Map.of("role", role));
        if (r.status() != 200) {
            throw new AssertionError("No token for role " + role + ": " + r.body());
        }
        return r.body().get("token").asText();
    }

    /** Polls a GET until {@code done} holds (the queues work asynchronously), or fails after {@code seconds}. */
    static JsonNode await(URI base, String path, String token, java.util.function.Predicate<JsonNode> done, int seconds)
            throws Exception {
        long until = System.currentTimeMillis() + seconds * 1000L;
        JsonNode last = null;
        while (System.currentTimeMillis() < until) {
            Reply r = call(base, "GET", path, token, null);
            last = r.body();
            if (r.status() == 200 && done.test(last)) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Timed out waiting on " + path + "; last: " + last);
    }
}
