package dk.livsmester.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /local/token} and {@code GET /local/users}: for scripts and tests only, and only in the local runtime.
 * {"role": ...} or {"sub": ...} gives the tokens a sign-in would give that demo person. The pages never use it.
 */
final class ScriptSignIn implements LocalEndpoints {
    static final String TOKEN = OpenIdProvider.PREFIX + "/token";
    static final String USERS = OpenIdProvider.PREFIX + "/users";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<DemoUser> users;
    private final DemoSignIn signIn;

    ScriptSignIn(List<DemoUser> users, DemoSignIn signIn) {
        this.users = users;
        this.signIn = signIn;
    }

    @Override
    public boolean handle(HttpExchange ex, String method, String path) throws IOException {
        switch (method + " " + path) {
            case "GET " + USERS -> json(ex, 200, JSON.writeValueAsBytes(users));
            case "POST " + TOKEN -> token(ex);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void token(HttpExchange ex) throws IOException {
        Map<?, ?> req;
        try {
            byte[] body = ex.getRequestBody().readAllBytes();
            req = body.length == 0 ? Map.of() : JSON.readValue(body, Map.class);
        } catch (IOException e) {
            req = null;
        }
        Object role = req == null ? null : req.get("role");
        Object sub = req == null ? null : req.get("sub");
        Optional<DemoUser> user = users.stream()
                .filter(u -> sub != null ? u.sub().equals(sub) : u.role().equals(role))
                .findFirst();
        if (user.isEmpty()) {
            json(ex, 400, JSON.writeValueAsBytes(Map.of("code", "UNKNOWN_ROLE",
                    "message", "Send {\"role\": one of citizen, contact-person, team, coordinator, guide, finance, admin} or {\"sub\": a demo user's id}.")));
            return;
        }
        DemoSignIn.Tokens t = signIn.tokens(user.get());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", t.accessToken());
        body.put("id_token", t.idToken());
        body.put("token_type", "Bearer");
        body.put("expires_in", t.expiresIn());
        body.put("user", user.get());
        json(ex, 200, JSON.writeValueAsBytes(body));
    }

    private static void json(HttpExchange ex, int status, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(body);
        }
    }
}
