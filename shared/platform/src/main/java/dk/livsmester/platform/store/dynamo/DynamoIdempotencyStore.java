package dk.livsmester.platform.store.dynamo;

import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.store.IdempotencyStore;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * EventsTable, {@code IDEMPOTENCY#<hash of caller, route and key>} / {@code META}: {@code status} RUNNING, DONE or
 * FAILED, the answer's {@code code} and {@code answer}, the {@code bodyHash} of the request that took it, and
 * {@code expiresAt} (the table's TTL attribute), and {@code runningUntil}, the lease of a RUNNING key. A key is taken
 * by one conditional update: only when it is new, failed, past its day, or RUNNING past its lease.
 */
@Singleton
public class DynamoIdempotencyStore implements IdempotencyStore {
    /** A key as stored; its top-level attributes are what the conditions and the replay read. */
    public record KeyRecord(String id, String status, Long code, String answer, Long expiresAt, String bodyHash,
                            Long runningUntil) {
    }

    static final ItemCodec<KeyRecord> CODEC = new ItemCodec<>(KeyRecord.class, "IDEMPOTENCY", "IDEMPOTENCY",
            List.of("status", "code", "answer", "expiresAt", "bodyHash", "runningUntil"), r -> Map.of());
    static final Duration KEPT = Duration.ofHours(24);
    /**
     * How long a RUNNING key holds: longer than any function's timeout (60 s), so a request that crashed or timed out
     * between taking the key and keeping its answer frees it for the retry instead of blocking it for a day.
     */
    static final Duration LEASE = Duration.ofMinutes(2);

    /** Thrown inside only: the key is taken by a request that did not fail. */
    private static final class Taken extends RuntimeException {
        Taken() {
            super("idempotency key taken", null, false, false);
        }
    }

    private final DynamoCollection<KeyRecord> collection;
    private final Transactions tx;

    public DynamoIdempotencyStore(DynamoDbClient client, TablesConfig tables, Transactions tx) {
        this.collection = new DynamoCollection<>(client, tables.getEvents(), CODEC, "idempotency key");
        this.tx = tx;
    }

    @Override
    public Claim claim(String key, String bodyHash, Instant now) {
        try {
            tx.begin("claim idempotency key").step("key free", collection.update(key,
                    "SET #s = :running, #e = :exp, #k = :kind, #b = :body, #h = :hash, #l = :lease REMOVE #c, #a",
                    "attribute_not_exists(pk) OR #s = :failed OR #e < :now OR (#s = :running AND #l < :now)",
                    Map.of("#s", "status", "#e", "expiresAt", "#k", "kind", "#b", "body", "#c", "code", "#a", "answer",
                            "#h", "bodyHash", "#l", "runningUntil"),
                    Map.of(":running", Attributes.s("RUNNING"), ":failed", Attributes.s("FAILED"),
                            ":exp", Attributes.n(now.plus(KEPT).getEpochSecond()), ":now", Attributes.n(now.getEpochSecond()),
                            ":kind", Attributes.s("IDEMPOTENCY"), ":body", Attributes.s("{\"id\":\"" + key + "\"}"),
                            ":hash", Attributes.s(bodyHash),
                            ":lease", Attributes.n(now.plus(LEASE).getEpochSecond()))),
                    Taken::new).commit();
            return new Run();
        } catch (Taken taken) {
            return taken(collection.find(key).orElse(null), bodyHash);
        }
    }

    /** What a request finds when the key is taken: another body is refused whatever the first's state. */
    static Claim taken(KeyRecord r, String bodyHash) {
        if (r != null && r.bodyHash() != null && !r.bodyHash().equals(bodyHash)) {
            return new OtherBody();
        }
        if (r != null && "DONE".equals(r.status()) && r.code() != null) {
            return new Replay(r.code().intValue(), r.answer());
        }
        return new Running();
    }

    @Override
    public void complete(String key, int status, String body, Instant now) {
        tx.begin("complete idempotency key").step("key running", collection.update(key,
                "SET #s = :done, #c = :code, #a = :answer", "#s = :running",
                Map.of("#s", "status", "#c", "code", "#a", "answer"),
                Map.of(":done", Attributes.s("DONE"), ":running", Attributes.s("RUNNING"), ":code", Attributes.n(status),
                        ":answer", Attributes.s(body == null ? "" : body))), Taken::new).commit();
    }

    @Override
    public void release(String key) {
        tx.begin("release idempotency key").step("key running", collection.update(key, "SET #s = :failed",
                "#s = :running", Map.of("#s", "status"),
                Map.of(":failed", Attributes.s("FAILED"), ":running", Attributes.s("RUNNING"))), Taken::new).commit();
    }
}
