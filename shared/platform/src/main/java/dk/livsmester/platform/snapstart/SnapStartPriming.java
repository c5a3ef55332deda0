package dk.livsmester.platform.snapstart;

import dk.livsmester.domain.Randomness;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.http.ErrorBody;
import dk.livsmester.platform.store.Json;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PostConstruct;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Duration;
import java.util.Map;

/**
 * SnapStart's runtime hooks for every function. Before the snapshot: one DynamoDB read (the SDK's signing, HTTP
 * client, marshalling and, for a function without read access, its error path) and the JSON mapping of stored bodies,
 * so that a restored copy does not load and compile them on a citizen's request. After a restore: a new random
 * generator, as every copy restored from one snapshot would otherwise share its state. Priming never fails the
 * init: a failed read is still the path primed. Lambda calls the hooks through org.crac; elsewhere they never run.
 */
@Context
public class SnapStartPriming implements Resource {
    private static final Logger LOG = LoggerFactory.getLogger(SnapStartPriming.class);
    /** A key no item has: the read returns nothing, and nothing is written. */
    static final Map<String, AttributeValue> PRIMING_KEY = Map.of(
            "pk", AttributeValue.fromS("PRIMING#snapstart"), "sk", AttributeValue.fromS("PRIMING"));

    /** Shorter than a request's: priming must not hold the init up where the table cannot be reached. */
    static final Duration PRIMING_TIMEOUT = Duration.ofSeconds(3);

    private final DynamoDbClient dynamo;
    private final TablesConfig tables;
    private volatile int primed;
    private volatile boolean lastReadAnswered;
    private volatile int restored;

    public SnapStartPriming(DynamoDbClient dynamo, TablesConfig tables) {
        this.dynamo = dynamo;
        this.tables = tables;
    }

    @PostConstruct
    void register() {
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        try {
            lastReadAnswered = !dynamo.getItem(b -> b.tableName(tables.getApplications()).key(PRIMING_KEY)
                    .overrideConfiguration(o -> o.apiCallTimeout(PRIMING_TIMEOUT))).hasItem();
        } catch (SdkException e) {
            lastReadAnswered = false;
            LOG.info("priming read failed error={}", e.getClass().getSimpleName());
        }
        ErrorBody body = Json.read(Json.write(new ErrorBody("priming", "priming", "priming", null)), ErrorBody.class);
        primed++;
        LOG.info("primed before snapshot json={}", body != null);
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        Randomness.renew();
        restored++;
        LOG.info("restored from snapshot");
    }

    /** How often the hooks ran (for the tests). */
    public int primed() {
        return primed;
    }

    /** Whether the last priming read was answered (with no item, as the key is no one's). */
    public boolean lastReadAnswered() {
        return lastReadAnswered;
    }

    public int restored() {
        return restored;
    }
}
