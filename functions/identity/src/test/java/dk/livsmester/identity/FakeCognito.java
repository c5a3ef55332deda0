package dk.livsmester.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the Cognito API on loopback: records each call (its X-Amz-Target operation, signature and JSON body)
 * and answers with a fixed status. Proves the request the SDK sends, not Cognito's behaviour.
 */
final class FakeCognito implements AutoCloseable {
    record Call(String operation, String authorization, JsonNode body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    final List<Call> calls = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    volatile int status = 200;
    volatile String answer = "{}";

    FakeCognito() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", ex -> {
            try (ex) {
                String target = ex.getRequestHeaders().getFirst("X-Amz-Target");
                calls.add(new Call(target == null ? null : target.substring(target.indexOf('.') + 1),
                        ex.getRequestHeaders().getFirst("Authorization"),
                        JSON.readTree(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))));
                byte[] out = answer.getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
                ex.sendResponseHeaders(status, out.length);
                ex.getResponseBody().write(out);
            }
        });
        server.start();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
