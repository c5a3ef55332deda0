package dk.livsmester.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dk.livsmester.localaws.LocalLambdaContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The local API Gateway: one port for every HTTP function (routes from template.yaml), the local OpenID provider
 * ({@link OpenIdProvider}: /local/... and the pages' sign-in settings), and the web pages from the same origin. Each
 * request becomes an HTTP API payload 2.0 event as API Gateway builds it for the template's {@code $default} stage,
 * handed to the function's real Lambda handler, one at a time per function, as one Lambda instance would take them.
 * Routes behind the template's JWT authorizer get its check first ({@link HttpApiAuthorizer}): a refused token is
 * answered 401 here, and the function is not invoked.
 */
final class HttpGateway implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpGateway.class);

    /** A deployed HTTP function: its handler and its timeout. */
    record HttpFunction(String id, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler, int timeout) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, HttpFunction> functions = new LinkedHashMap<>();
    private volatile LocalEndpoints local;
    private final Map<String, HttpApiAuthorizer> authorizers = new LinkedHashMap<>();
    private final Path webRoot;
    private volatile boolean serving;
    private volatile boolean ready;
    private volatile Map<String, String> everyAnswer = Map.of();

    HttpGateway(int port, Path webRoot) throws IOException {
        this.webRoot = webRoot;
        this.server = HttpServer.create(new InetSocketAddress(port), 128);
        this.executor = Executors.newFixedThreadPool(16);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The API's JWT authorizers by name, before any route that names one is added. */
    void authorizers(Map<String, HttpApiAuthorizer> byName) {
        authorizers.putAll(byName);
    }

    void add(HttpFunction function, List<Route> functionRoutes) {
        for (Route r : functionRoutes) {
            if (r.authorizer() != null && !authorizers.containsKey(r.authorizer())) {
                throw new IllegalStateException("Route " + r.routeKey() + " names authorizer " + r.authorizer()
                        + ", which the API does not have");
            }
        }
        functions.put(function.id(), function);
        routes.addAll(functionRoutes);
        // A literal segment beats a path parameter, as in API Gateway.
        routes.sort(Comparator.comparingInt(Route::literals).reversed());
    }

    /** The headers every answer carries: the template's CloudFront security headers ({@link SecurityHeaders}). */
    void headers(Map<String, String> everyAnswer) {
        this.everyAnswer = Map.copyOf(everyAnswer);
    }

    /** Who answers /local/...: the runtime's OpenID provider, or in moto mode the script sign-in alone. */
    void local(LocalEndpoints endpoints) {
        this.local = endpoints;
    }

    /** Every function is wired: requests are served (the demo data is loaded through the API itself). */
    void serving() {
        this.serving = true;
    }

    /** Demo data loaded and event sources polling: only now does the health check say so. */
    void ready() {
        this.ready = true;
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            // As CloudFront adds them to whatever the origin answered (a function's own header of that name yields).
            everyAnswer.forEach((k, v) -> ex.getResponseHeaders().set(k, v));
            String path = ex.getRequestURI().getRawPath();
            String method = ex.getRequestMethod().toUpperCase();
            if (path.startsWith("/local/") || path.equals(OpenIdProvider.CONFIG_PATH)) {
                local(ex, method, path);
            } else if (path.startsWith("/api/")) {
                api(ex, method, path);
            } else {
                staticFile(ex, method, path);
            }
        } catch (RuntimeException e) {
            LOG.error("gateway error path={} error={}", ex.getRequestURI().getPath(), e.toString(), e);
            send(ex, 500, "application/json", "{\"code\":\"GATEWAY\",\"message\":\"Local gateway error\"}".getBytes(StandardCharsets.UTF_8));
        }
    }

    private void api(HttpExchange ex, String method, String path) throws IOException {
        // Like a load balancer's readiness check: the health route says 503 until the whole runtime is ready.
        if (!serving || (!ready && path.equals("/api/health"))) {
            send(ex, 503, "application/json", "{\"code\":\"STARTING\",\"message\":\"The marketplace is still starting\"}".getBytes(StandardCharsets.UTF_8));
            return;
        }
        for (Route r : routes) {
            Optional<Map<String, String>> params = r.match(method, path);
            if (params.isPresent()) {
                invoke(ex, functions.get(r.functionId()), r, params.get());
                return;
            }
        }
        boolean pathExists = routes.stream().anyMatch(r -> r.match(r.method(), path).isPresent());
        send(ex, pathExists ? 405 : 404, "application/json",
                ("{\"code\":\"" + (pathExists ? "METHOD_NOT_ALLOWED" : "NOT_FOUND") + "\",\"message\":\"No route for "
                        + method + " " + path.replace("\"", "") + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private void invoke(HttpExchange ex, HttpFunction fn, Route route, Map<String, String> params) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> cookies = new ArrayList<>();
        ex.getRequestHeaders().forEach((k, v) -> {
            String name = k.toLowerCase(Locale.ROOT);
            if (name.equals("cookie")) {
                // API Gateway moves cookies out of the headers into their own list.
                v.forEach(c -> Arrays.stream(c.split(";")).map(String::trim).filter(x -> !x.isEmpty()).forEach(cookies::add));
            } else {
                headers.merge(name, String.join(",", v), (a, b) -> a + "," + b);
            }
        });
        HttpApiAuthorizer.Outcome auth = null;
        if (route.authorizer() != null) {
            auth = authorizers.get(route.authorizer()).authorize(headers, route.scopes());
            if (!auth.allowed()) {
                // The reason only, never the token.
                LOG.info("authorizer refused route={} reason={}", route.routeKey(), auth.error());
                ex.getResponseHeaders().set("www-authenticate", HttpApiAuthorizer.challenge(auth.error()));
                send(ex, 401, "application/json", "{\"message\":\"Unauthorized\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        APIGatewayV2HTTPEvent event = event(ex.getRequestMethod(), ex.getRequestURI(), headers, cookies, body, route, params,
                auth, ex.getRemoteAddress().getAddress().getHostAddress(), Instant.now());
        APIGatewayV2HTTPResponse response;
        // One request at a time per function, as one warm Lambda instance takes them.
        synchronized (fn) {
            response = fn.handler().handleRequest(event, new LocalLambdaContext(fn.id(), fn.timeout()));
        }
        byte[] out = response.getBody() == null ? new byte[0]
                : response.getIsBase64Encoded() ? Base64.getDecoder().decode(response.getBody())
                : response.getBody().getBytes(StandardCharsets.UTF_8);
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((k, v) -> ex.getResponseHeaders().set(k, v));
        }
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().forEach((k, v) -> ex.getResponseHeaders().put(k, new ArrayList<>(v)));
        }
        ex.getResponseHeaders().remove("Content-Length");
        ex.getResponseHeaders().remove("content-length");
        send(ex, response.getStatusCode(), null, out);
    }

    private static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /**
     * The payload 2.0 event API Gateway sends for the {@code $default} stage: the path as requested (no stage prefix),
     * the route key as "METHOD /template", lower-case header names with repeated values joined by commas, cookies in
     * their own list, the query both raw and decoded, and for routes behind the JWT authorizer its claims and scopes.
     * Text bodies are passed as they are; others base64-encoded, as API Gateway does.
     */
    static APIGatewayV2HTTPEvent event(String method, URI uri, Map<String, String> headers, List<String> cookies, byte[] body,
                                       Route route, Map<String, String> params, HttpApiAuthorizer.Outcome auth,
                                       String sourceIp, Instant now) {
        String raw = uri.getRawQuery();
        Map<String, String> query = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int i = pair.indexOf('=');
                String k = URLDecoder.decode(i < 0 ? pair : pair.substring(0, i), StandardCharsets.UTF_8);
                String v = i < 0 ? "" : URLDecoder.decode(pair.substring(i + 1), StandardCharsets.UTF_8);
                query.merge(k, v, (a, b) -> a + "," + b);
            }
        }
        boolean text = isText(headers.get("content-type"));
        String domain = Optional.ofNullable(headers.get("host")).map(h -> h.replaceFirst(":\\d+$", "")).orElse("localhost");
        APIGatewayV2HTTPEvent.RequestContext.RequestContextBuilder context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withAccountId("000000000000")
                .withApiId("local")
                .withDomainName(domain)
                .withDomainPrefix(domain.contains(".") ? domain.substring(0, domain.indexOf('.')) : domain)
                .withRequestId(UUID.randomUUID().toString())
                .withRouteKey(route.routeKey())
                .withStage("$default")
                .withTime(REQUEST_TIME.format(now))
                .withTimeEpoch(now.toEpochMilli())
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                        .withMethod(method.toUpperCase(Locale.ROOT))
                        .withPath(uri.getRawPath())
                        .withProtocol("HTTP/1.1")
                        .withSourceIp(sourceIp)
                        .withUserAgent(headers.getOrDefault("user-agent", ""))
                        .build());
        if (auth != null) {
            context.withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                    .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                            .withClaims(auth.claims()).withScopes(auth.scopes()).build())
                    .build());
        }
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(route.routeKey())
                .withRawPath(uri.getRawPath())
                .withRawQueryString(raw == null ? "" : raw)
                .withCookies(cookies.isEmpty() ? null : cookies)
                .withHeaders(headers)
                .withQueryStringParameters(query.isEmpty() ? null : query)
                .withPathParameters(params.isEmpty() ? null : params)
                .withBody(body.length == 0 ? null : text ? new String(body, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(body))
                .withIsBase64Encoded(body.length > 0 && !text)
                .withRequestContext(context.build())
                .build();
    }

    private static boolean isText(String contentType) {
        if (contentType == null) {
            return true;
        }
        String c = contentType.toLowerCase(Locale.ROOT);
        return c.startsWith("text/") || c.contains("json") || c.contains("xml") || c.contains("javascript")
                || c.contains("x-www-form-urlencoded");
    }

    private void local(HttpExchange ex, String method, String path) throws IOException {
        LocalEndpoints p = local;
        if (p == null) {
            send(ex, 503, "application/json", "{\"code\":\"STARTING\",\"message\":\"The marketplace is still starting\"}".getBytes(StandardCharsets.UTF_8));
        } else if (!p.handle(ex, method, path)) {
            send(ex, 404, "application/json", "{\"code\":\"NOT_FOUND\"}".getBytes(StandardCharsets.UTF_8));
        }
    }

    private void staticFile(HttpExchange ex, String method, String path) throws IOException {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            send(ex, 405, "text/plain", new byte[0]);
            return;
        }
        String rel = URLDecoder.decode(path, StandardCharsets.UTF_8).replaceFirst("^/+", "");
        Path file = webRoot.resolve(rel.isEmpty() ? "index.html" : rel).normalize();
        if (!file.startsWith(webRoot)) {
            send(ex, 404, "text/plain", new byte[0]);
            return;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            send(ex, 404, "text/plain; charset=utf-8", "Not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            send(ex, 200, contentType(file.getFileName().toString()), method.equals("HEAD") ? new byte[0] : in.readAllBytes());
        }
    }

    static String contentType(String name) {
        String n = name.toLowerCase();
        if (n.endsWith(".html")) return "text/html; charset=utf-8";
        if (n.endsWith(".js") || n.endsWith(".mjs")) return "text/javascript; charset=utf-8";
        if (n.endsWith(".css")) return "text/css; charset=utf-8";
        if (n.endsWith(".json")) return "application/json";
        if (n.endsWith(".svg")) return "image/svg+xml";
        if (n.endsWith(".png")) return "image/png";
        if (n.endsWith(".woff2")) return "font/woff2";
        if (n.endsWith(".woff")) return "font/woff";
        if (n.endsWith(".ico")) return "image/x-icon";
        return "application/octet-stream";
    }

    private static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().set("Content-Type", contentType);
        }
        ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
