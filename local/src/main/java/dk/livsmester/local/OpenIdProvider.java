package dk.livsmester.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The local runtime as a small OpenID provider, on the HTTP paths under its issuer ({@code <origin>/local}): discovery,
 * the authorization endpoint with the demo-person picker, the token endpoint (authorization code with PKCE, refresh
 * token), the JWKS, UserInfo and end-session. It also serves the pages' sign-in settings ({@value #CONFIG_PATH}) and,
 * for scripts and tests only, {@code GET /local/users} and {@code POST /local/token}. Endpoint paths follow Cognito's
 * where Cognito has one ({@code /oauth2/authorize}, {@code /oauth2/token}, {@code /oauth2/userInfo}).
 */
final class OpenIdProvider implements LocalEndpoints, DemoSignIn {
    static final String CONFIG_PATH = "/auth-config.json";
    static final String PREFIX = "/local";
    static final String AUTHORIZE = PREFIX + "/oauth2/authorize";
    static final String TOKEN = PREFIX + "/oauth2/token";
    static final String USERINFO = PREFIX + "/oauth2/userInfo";
    static final String LOGOUT = PREFIX + "/logout";
    static final String JWKS = PREFIX + "/jwks.json";
    static final String DISCOVERY = PREFIX + "/.well-known/openid-configuration";
    private static final ObjectMapper JSON = new ObjectMapper();
    // The picker posts to its own origin only and is never framed (a framed sign-in page invites clickjacking).
    private static final String PAGE_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final TokenIssuer tokens;
    private final AuthorizationServer server;
    private final byte[] discovery;
    private final byte[] config;
    private final ScriptSignIn scripts;

    /**
     * origin: the runtime's own origin (http://localhost:PORT), which is also the local web client's id; its
     * callback.html is the only redirect URI and its index.html the only page to return to after signing out.
     */
    OpenIdProvider(TokenIssuer tokens, String origin, List<DemoUser> users) {
        this.tokens = tokens;
        this.server = new AuthorizationServer(tokens, new AuthorizationServer.Client(origin, List.of(origin + "/callback.html"),
                List.of(origin + "/index.html")), users);
        this.scripts = new ScriptSignIn(users, this);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("issuer", tokens.issuer());
        d.put("authorization_endpoint", origin + AUTHORIZE);
        d.put("token_endpoint", origin + TOKEN);
        d.put("userinfo_endpoint", origin + USERINFO);
        d.put("jwks_uri", origin + JWKS);
        d.put("end_session_endpoint", origin + LOGOUT);
        d.put("response_types_supported", List.of("code"));
        d.put("response_modes_supported", List.of("query"));
        d.put("grant_types_supported", List.of("authorization_code", "refresh_token"));
        d.put("subject_types_supported", List.of("public"));
        d.put("id_token_signing_alg_values_supported", List.of("RS256"));
        d.put("scopes_supported", List.of("openid", "email", "profile"));
        d.put("token_endpoint_auth_methods_supported", List.of("none"));
        d.put("code_challenge_methods_supported", List.of("S256"));
        d.put("claims_supported", List.of("sub", "iss", "aud", "exp", "iat", "auth_time", "nonce", "at_hash", "email",
                "email_verified", "name", "cognito:groups", "cognito:username"));
        d.put("ui_locales_supported", List.of("da", "en"));
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("authority", tokens.issuer());
        c.put("client_id", origin);
        c.put("scope", AuthorizationServer.SCOPE);
        try {
            this.discovery = JSON.writeValueAsBytes(d);
            this.config = JSON.writeValueAsBytes(c);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String clientId() {
        return server.client().id();
    }

    AuthorizationServer server() {
        return server;
    }

    @Override
    public boolean handle(HttpExchange ex, String method, String path) throws IOException {
        if (scripts.handle(ex, method, path)) {
            return true;
        }
        switch (method + " " + path) {
            case "GET " + CONFIG_PATH -> {
                // The settings name this runtime's port: never kept by a browser across restarts.
                ex.getResponseHeaders().set("Cache-Control", "no-store");
                json(ex, 200, config);
            }
            case "GET " + DISCOVERY -> json(ex, 200, discovery);
            case "GET " + JWKS -> json(ex, 200, tokens.jwks().getBytes(StandardCharsets.UTF_8));
            case "GET " + AUTHORIZE -> authorize(ex);
            case "POST " + AUTHORIZE -> chosen(ex);
            case "POST " + TOKEN -> token(ex);
            case "GET " + USERINFO -> userInfo(ex);
            case "GET " + LOGOUT -> logout(ex);
            default -> {
                return false;
            }
        }
        return true;
    }

    private void authorize(HttpExchange ex) throws IOException {
        Map<String, String> q = params(ex.getRequestURI().getRawQuery());
        AuthorizationServer.Authorize a = server.authorize(q);
        if (a.redirect() != null) {
            redirect(ex, a.redirect());
        } else if (a.refusal() != null) {
            page(ex, a.refusal().status(), SignInPages.error(lang(q), a.refusal().error(), a.refusal().description()));
        } else {
            AuthorizationServer.PendingRequest r = a.pending();
            Map<String, String> other = new LinkedHashMap<>(q);
            other.put("ui_locales", "en".equals(r.uiLocale()) ? "da" : "en");
            page(ex, 200, SignInPages.picker(r.uiLocale(), AUTHORIZE, r.id(), server.users(),
                    AUTHORIZE + AuthorizationServer.withParams("", other)));
        }
    }

    private void chosen(HttpExchange ex) throws IOException {
        Map<String, String> form = params(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String lang = server.pending(form.get("request")).map(AuthorizationServer.PendingRequest::uiLocale).orElse("da");
        AuthorizationServer.Authorize a = form.containsKey("cancel") ? server.cancel(form.get("request"))
                : server.choose(form.get("request"), form.get("sub"));
        if (a.redirect() != null) {
            redirect(ex, a.redirect());
        } else {
            page(ex, a.refusal().status(), SignInPages.error(lang, a.refusal().error(), a.refusal().description()));
        }
    }

    private void token(HttpExchange ex) throws IOException {
        Map<String, String> form = params(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        AuthorizationServer.TokenResponse r = server.token(form);
        // RFC 6749 5.1: token responses are never cached.
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("Pragma", "no-cache");
        if (r.error() != null) {
            json(ex, r.error().status(), JSON.writeValueAsBytes(Map.of("error", r.error().error(),
                    "error_description", r.error().description())));
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id_token", r.tokens().idToken());
        body.put("access_token", r.tokens().accessToken());
        if (r.refreshToken() != null) {
            body.put("refresh_token", r.refreshToken());
        }
        body.put("expires_in", r.tokens().expiresIn());
        body.put("token_type", "Bearer");
        json(ex, 200, JSON.writeValueAsBytes(body));
    }

    private void userInfo(HttpExchange ex) throws IOException {
        String header = ex.getRequestHeaders().getFirst("Authorization");
        Optional<Map<String, Object>> claims = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                ? server.userInfo(header.substring(7).trim()) : Optional.empty();
        if (claims.isEmpty()) {
            ex.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            json(ex, 401, JSON.writeValueAsBytes(Map.of("error", "invalid_token")));
            return;
        }
        json(ex, 200, JSON.writeValueAsBytes(claims.get()));
    }

    private void logout(HttpExchange ex) throws IOException {
        Map<String, String> q = params(ex.getRequestURI().getRawQuery());
        Optional<String> target = server.endSession(q);
        if (target.isPresent()) {
            redirect(ex, target.get());
        } else {
            page(ex, 200, SignInPages.signedOut(lang(q)));
        }
    }

    /** A token the local client would be given for this person: what the demo data is loaded with. */
    @Override
    public DemoSignIn.Tokens tokens(DemoUser user) {
        TokenIssuer.Tokens t = server.tokensFor(user);
        return new DemoSignIn.Tokens(t.accessToken(), t.idToken(), t.expiresIn());
    }

    @Override
    public String subject(DemoUser user) {
        return user.sub();
    }

    private static String lang(Map<String, String> q) {
        return q.getOrDefault("ui_locales", "da").trim().startsWith("en") ? "en" : "da";
    }

    static Map<String, String> params(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int i = pair.indexOf('=');
            String k = URLDecoder.decode(i < 0 ? pair : pair.substring(0, i), StandardCharsets.UTF_8);
            String v = i < 0 ? "" : URLDecoder.decode(pair.substring(i + 1), StandardCharsets.UTF_8);
            if (out.putIfAbsent(k, v) != null) {
                // OAuth 2.0 (3.1): no parameter may be sent twice; the server refuses such a request.
                out.put(AuthorizationServer.REPEATED, k);
            }
        }
        return out;
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", URI.create(location).toASCIIString());
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(302, -1);
    }

    private static void page(HttpExchange ex, int status, String html) throws IOException {
        ex.getResponseHeaders().set("Content-Security-Policy", PAGE_POLICY);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        write(ex, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private static void json(HttpExchange ex, int status, byte[] body) throws IOException {
        write(ex, status, "application/json", body);
    }

    private static void write(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        }
    }
}
