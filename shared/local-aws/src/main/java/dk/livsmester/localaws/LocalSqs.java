package dk.livsmester.localaws;

import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;

/** ElasticMQ (an SQS-compatible server) in this JVM on a loopback port. It does not invoke Lambda: see the emulator. */
public final class LocalSqs implements AutoCloseable {
    private final SQSRestServer server;
    private final int port;

    private LocalSqs(SQSRestServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static LocalSqs start() {
        return start(Ports.free());
    }

    public static LocalSqs start(int port) {
        SQSRestServer server = SQSRestServerBuilder
                .withInterface("127.0.0.1")
                .withPort(port)
                .withServerAddress(new NodeAddress("http", "127.0.0.1", port, ""))
                .start();
        server.waitUntilStarted();
        return new LocalSqs(server, port);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public SqsClient client() {
        return Ports.local(SqsClient.builder(), endpoint()).build();
    }

    @Override
    public void close() {
        server.stopAndWait();
    }
}
