package dk.livsmester.lambdatests;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Lambda Runtime API (version 2018-06-01) for one execution environment, as a runtime sees it at
 * {@code AWS_LAMBDA_RUNTIME_API}: {@code GET /runtime/invocation/next} hands out one invocation at a time with the
 * Lambda-Runtime-* headers and waits while there is none; {@code POST /runtime/invocation/{id}/response} and
 * {@code …/{id}/error} end it (202); {@code POST /runtime/init/error} reports a failed init (202; the runtime then
 * exits); SnapStart's {@code GET /runtime/restore/next} answers at once (there is no snapshot here: the same process
 * goes on) and {@code POST /runtime/restore/error} reports a failed restore. An id that is not the invocation in
 * flight is 400 InvalidRequestID; a response over 6 MB is 413. It records when the runtime reached each step, which is
 * how Lambda measures the init phase: from the start of the runtime process until it asks for work.
 */
final class RuntimeApiEmulator implements AutoCloseable {
    static final String PREFIX = "/2018-06-01/runtime";
    /** Lambda's limit for a synchronous response. */
    static final int MAX_RESPONSE_BYTES = 6 * 1024 * 1024;

    /** How an invocation ended: its response, or the error the runtime reported (type header and body). */
    record Result(String requestId, boolean error, String errorType, byte[] body, long durationMs) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** What the runtime reported instead of becoming ready: at init, or at restore. */
    record InitError(String phase, String errorType, String body) {
    }

    private record Invocation(String requestId, byte[] event, long deadlineMs, CompletableFuture<Result> result, long startNanos) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "runtime-api");
        t.setDaemon(true);
        return t;
    });
    private final String functionArn;
    private final int timeoutSeconds;
    private final BlockingQueue<Invocation> pending = new LinkedBlockingQueue<>();
    private final Map<String, Invocation> inFlight = new ConcurrentHashMap<>();
    private final CompletableFuture<InitError> initError = new CompletableFuture<>();
    private final CompletableFuture<Long> firstNext = new CompletableFuture<>();
    private volatile long restoreNextNanos;

    RuntimeApiEmulator(String functionArn, int timeoutSeconds) throws IOException {
        this.functionArn = functionArn;
        this.timeoutSeconds = timeoutSeconds;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.setExecutor(executor);
        server.createContext(PREFIX + "/", this::handle);
        server.start();
    }

    /** The value of AWS_LAMBDA_RUNTIME_API: host and port, no scheme. */
    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Completes with the time (System.nanoTime) of the runtime's first {@code /invocation/next}. */
    CompletableFuture<Long> firstNext() {
        return firstNext;
    }

    /** Completes when the runtime reports an init or restore error. */
    CompletableFuture<InitError> initError() {
        return initError;
    }

    /** When the runtime asked to be restored (SnapStart's end of init), or 0 if it did not. */
    long restoreNextNanos() {
        return restoreNextNanos;
    }

    /**
     * Hands {@code event} to the runtime and waits for its outcome, at most the function's timeout (as Lambda, which
     * then ends the invocation with "Task timed out").
     */
    Result invoke(byte[] event) throws TimeoutException, InterruptedException {
        String id = UUID.randomUUID().toString();
        long deadline = System.currentTimeMillis() + timeoutSeconds * 1000L;
        Invocation inv = new Invocation(id, event, deadline, new CompletableFuture<>(), System.nanoTime());
        pending.add(inv);
        try {
            return inv.result().get(timeoutSeconds, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            pending.remove(inv);
            inFlight.remove(id);
            throw new TimeoutException("Task timed out after " + timeoutSeconds + " seconds");
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath().substring(PREFIX.length());
            String method = ex.getRequestMethod();
            if (method.equals("GET") && path.equals("/invocation/next")) {
                next(ex);
            } else if (method.equals("POST") && path.startsWith("/invocation/") && path.endsWith("/response")) {
                finish(ex, path.substring("/invocation/".length(), path.length() - "/response".length()), false);
            } else if (method.equals("POST") && path.startsWith("/invocation/") && path.endsWith("/error")) {
                finish(ex, path.substring("/invocation/".length(), path.length() - "/error".length()), true);
            } else if (method.equals("POST") && (path.equals("/init/error") || path.equals("/restore/error"))) {
                String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                initError.complete(new InitError(path.startsWith("/init") ? "init" : "restore",
                        ex.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type"), body));
                send(ex, 202, "{\"status\":\"OK\"}");
            } else if (method.equals("GET") && path.equals("/restore/next")) {
                // No snapshot is taken: the runtime is "restored" into the process it is already in.
                restoreNextNanos = System.nanoTime();
                send(ex, 200, "");
            } else {
                send(ex, 404, "{\"errorMessage\":\"Unknown Runtime API path\",\"errorType\":\"NotFound\"}");
            }
        }
    }

    private void next(HttpExchange ex) throws IOException {
        firstNext.complete(System.nanoTime());
        Invocation inv;
        try {
            inv = pending.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        inFlight.put(inv.requestId(), inv);
        var h = ex.getResponseHeaders();
        h.set("Content-Type", "application/json");
        h.set("Lambda-Runtime-Aws-Request-Id", inv.requestId());
        h.set("Lambda-Runtime-Deadline-Ms", String.valueOf(inv.deadlineMs()));
        h.set("Lambda-Runtime-Invoked-Function-Arn", functionArn);
        h.set("Lambda-Runtime-Trace-Id", "Root=1-" + Long.toHexString(System.currentTimeMillis() / 1000) + "-"
                + inv.requestId().replace("-", "").substring(0, 24) + ";Parent=0000000000000001;Sampled=0");
        ex.sendResponseHeaders(200, inv.event().length);
        try (OutputStream os = ex.getResponseBody()) {
            os.write(inv.event());
        }
    }

    private void finish(HttpExchange ex, String requestId, boolean error) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        Invocation inv = inFlight.remove(requestId);
        if (inv == null) {
            send(ex, 400, "{\"errorMessage\":\"Invalid request ID\",\"errorType\":\"InvalidRequestID\"}");
            return;
        }
        long ms = Duration.ofNanos(System.nanoTime() - inv.startNanos()).toMillis();
        if (!error && body.length > MAX_RESPONSE_BYTES) {
            inv.result().complete(new Result(requestId, true, "Function.ResponseSizeTooLarge", new byte[0], ms));
            send(ex, 413, "{\"errorMessage\":\"Response payload size exceeded maximum allowed payload size (6291556 bytes).\","
                    + "\"errorType\":\"RequestEntityTooLarge\"}");
            return;
        }
        inv.result().complete(new Result(requestId, error,
                error ? ex.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type") : null, body, ms));
        send(ex, 202, "{\"status\":\"OK\"}");
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        if (b.length > 0) {
            ex.getResponseHeaders().set("Content-Type", "application/json");
        }
        ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        if (b.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(b);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
