package dk.livsmester.localaws;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Amazon's DynamoDB Local, in this JVM, on its own loopback port. {@code -sharedDb} so that any credentials and region
 * see the same tables; telemetry off. With a folder the data survives restarts; without one it lives in memory.
 */
public final class LocalDynamo implements AutoCloseable {
    private final DynamoDBProxyServer server;
    private final int port;

    private LocalDynamo(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static LocalDynamo inMemory() {
        return start(null, Ports.free());
    }

    public static LocalDynamo start(Path dataDir, int port) {
        try {
            String[] args;
            if (dataDir == null) {
                args = new String[]{"-inMemory", "-sharedDb", "-port", String.valueOf(port), "-disableTelemetry"};
            } else {
                Files.createDirectories(dataDir);
                args = new String[]{"-dbPath", dataDir.toAbsolutePath().toString(), "-sharedDb", "-port",
                        String.valueOf(port), "-disableTelemetry"};
            }
            DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(args);
            server.start();
            return new LocalDynamo(server, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not start", e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public DynamoDbClient client() {
        return Ports.local(DynamoDbClient.builder(), endpoint()).build();
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local did not stop", e);
        }
    }
}
