package dk.livsmester.localaws;

import org.apache.pekko.actor.ActorRef;
import org.apache.pekko.actor.ActorSystem;
import org.apache.pekko.actor.Props;
import org.apache.pekko.pattern.Patterns;
import org.elasticmq.NodeAddress;
import org.elasticmq.StrictSQSLimits$;
import org.elasticmq.actor.QueueManagerActor;
import org.elasticmq.actor.queue.QueueEvent;
import org.elasticmq.persistence.sql.SqlQueuePersistenceActor;
import org.elasticmq.persistence.sql.SqlQueuePersistenceConfig;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;
import org.elasticmq.util.NowProvider;
import scala.Option;
import scala.collection.immutable.List$;
import scala.util.Either;
import scalikejdbc.ConnectionPool$;
import scalikejdbc.ConnectionPoolSettings;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * ElasticMQ (an SQS-compatible server) in this JVM on a loopback port. It does not invoke Lambda: see the emulator.
 * {@link #kept(Path)} keeps the queues and their messages (in flight ones with their visibility) in an H2 database in
 * a folder, written before each SendMessage, ReceiveMessage or DeleteMessage is answered, so a stop or a crash of the
 * process loses nothing that was acknowledged; {@link #start()} keeps them in memory.
 */
public final class LocalSqs implements AutoCloseable {
    /**
     * ElasticMQ's message store uses the JVM's one default JDBC pool (scalikejdbc's singleton): one kept ElasticMQ
     * per JVM at a time, or two would write into one database.
     */
    private static final AtomicReference<Path> KEPT_IN = new AtomicReference<>();

    private final SQSRestServer server;
    private final ActorSystem system;
    private final Path keptIn;
    private final int port;

    private LocalSqs(SQSRestServer server, ActorSystem system, Path keptIn, int port) {
        this.server = server;
        this.system = system;
        this.keptIn = keptIn;
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
        return new LocalSqs(server, null, null, port);
    }

    /** Queues and messages kept in {@code dir} (created if new); what it held before is there again. */
    public static LocalSqs kept(Path dir) {
        return kept(dir, Ports.free());
    }

    public static LocalSqs kept(Path dir, int port) {
        Path folder = dir.toAbsolutePath().normalize();
        if (!KEPT_IN.compareAndSet(null, folder)) {
            throw new IllegalStateException("ElasticMQ already keeps its queues in " + KEPT_IN.get()
                    + " in this JVM; close it first, or keep these queues in memory");
        }
        ActorSystem system = null;
        try {
            String url = "jdbc:h2:file:" + folder.resolve("queues") + ";WRITE_DELAY=0";
            // ElasticMQ opens the default pool only once per JVM; a later start on another folder points it anew.
            ConnectionPoolSettings settings = ConnectionPool$.MODULE$.singleton$default$4();
            ConnectionPool$.MODULE$.singleton(url, "sa", "", settings,
                    ConnectionPool$.MODULE$.singleton$default$5(url, "sa", "", settings));
            SqlQueuePersistenceConfig config = new SqlQueuePersistenceConfig(true, "org.h2.Driver", url, "sa", "", false);
            system = ActorSystem.create("elasticmq-" + port);
            ActorRef store = system.actorOf(Props.create(SqlQueuePersistenceActor.class, config, List$.MODULE$.empty()));
            ActorRef queues = system.actorOf(Props.create(QueueManagerActor.class, new NowProvider(),
                    StrictSQSLimits$.MODULE$, Option.apply(store)));
            SQSRestServer server = SQSRestServerBuilder
                    .withActorSystem(system)
                    .withQueueManagerActor(queues)
                    .withQueueEventListener(store)
                    .withInterface("127.0.0.1")
                    .withPort(port)
                    .withServerAddress(new NodeAddress("http", "127.0.0.1", port, ""))
                    .start();
            server.waitUntilStarted();
            Object restored = Patterns.ask(store, new QueueEvent.Restore(queues), Duration.ofSeconds(60))
                    .toCompletableFuture().get(60, TimeUnit.SECONDS);
            if (restored instanceof Either<?, ?> either && either.isLeft()) {
                throw new IllegalStateException("ElasticMQ could not restore the queues kept in " + folder + ": "
                        + either.left().get());
            }
            return new LocalSqs(server, system, folder, port);
        } catch (Exception e) {
            if (system != null) {
                system.terminate();
            }
            KEPT_IN.set(null);
            throw e instanceof RuntimeException r ? r : new IllegalStateException("ElasticMQ did not start on " + folder, e);
        }
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
        if (system != null) {
            try {
                system.terminate();
                system.getWhenTerminated().toCompletableFuture().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                // Stopping: the database is closed below either way.
            } finally {
                ConnectionPool$.MODULE$.closeAll();
                KEPT_IN.compareAndSet(keptIn, null);
            }
        }
    }
}
