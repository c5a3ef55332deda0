package dk.livsmester.platform.store.dynamo;

import dk.livsmester.platform.config.SecurityConfig;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.store.ConfirmationTryStore;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * ApplicationsTable, {@code TRIES#APP#<applicationId>#<window>} and {@code TRIES#CALLER#<subject>#<window>} / {@code META}:
 * a counter {@code tries} and {@code expiresAt} (the table's TTL attribute, a day after the window). Both counters
 * move in one transaction, each only while below the limit.
 */
@Singleton
public class DynamoConfirmationTryStore implements ConfirmationTryStore {
    /** A counter as stored; only written by conditional updates, never read as a whole. */
    public record TryCounter(String id, long tries, long expiresAt) {
    }

    static final ItemCodec<TryCounter> CODEC = new ItemCodec<>(TryCounter.class, "TRIES", "TRIES",
            List.of("tries", "expiresAt"), c -> Map.of());

    /** Thrown inside only: which counter was at its limit. */
    private static final class AtLimit extends RuntimeException {
        final Verdict verdict;

        AtLimit(Verdict verdict) {
            super(verdict.name(), null, false, false);
            this.verdict = verdict;
        }
    }

    private final DynamoCollection<TryCounter> collection;
    private final Transactions tx;
    private final int limit;

    public DynamoConfirmationTryStore(DynamoDbClient client, TablesConfig tables, Transactions tx, SecurityConfig security) {
        this.collection = new DynamoCollection<>(client, tables.getApplications(), CODEC, "confirmation tries");
        this.tx = tx;
        this.limit = security.getConfirmationTriesPerHour();
    }

    @Override
    public Verdict count(String applicationId, String caller, Instant now) {
        long window = ConfirmationTryStore.windowStart(now).getEpochSecond();
        long expires = window + 25 * 3600;
        try {
            tx.begin("count confirmation try")
                    .step("application tries below limit", below("APP#" + applicationId + "#" + window, expires),
                            () -> new AtLimit(Verdict.APPLICATION_LOCKED))
                    .step("caller tries below limit", below("CALLER#" + caller + "#" + window, expires),
                            () -> new AtLimit(Verdict.CALLER_LOCKED))
                    .commit();
            return Verdict.ALLOWED;
        } catch (AtLimit at) {
            return at.verdict;
        }
    }

    private TransactWriteItem below(String id, long expires) {
        return collection.update(id, "ADD #t :one SET #e = :exp, #k = :kind", "attribute_not_exists(#t) OR #t < :max",
                Map.of("#t", "tries", "#e", "expiresAt", "#k", "kind"),
                Map.of(":one", Attributes.n(1), ":exp", Attributes.n(expires), ":kind", Attributes.s("TRIES"),
                        ":max", Attributes.n(limit)));
    }
}
