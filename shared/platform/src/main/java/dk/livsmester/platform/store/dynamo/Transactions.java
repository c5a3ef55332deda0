package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.ContendedException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * DynamoDB transactions built from named steps. A step is one action and the domain exception its failed condition
 * means. DynamoDB answers a cancelled transaction with one reason per action, by position; this class is the one
 * place that turns a position back into its step. When several conditions failed, the step added first names the
 * outcome, so a use case adds its most telling step first (the idempotency key before the money). A transaction that
 * lost only to concurrent ones ({@code TransactionConflict}) is retried a bounded number of times with jitter, and
 * then ends in {@link ContendedException}.
 *
 * <p>The commit is the low-level client's, not {@code DynamoDbEnhancedClient.transactWriteItems}: the Enhanced
 * request takes only its own typed puts and updates, and a counter step ({@link DynamoCollection#update}) is an
 * arithmetic update it cannot express; the puts' items are the Enhanced schemas' encoding all the same.
 */
@Singleton
public class Transactions {
    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);
    static final String CONDITION_FAILED = "ConditionalCheckFailed";
    static final int MAX_ATTEMPTS = 8;
    /** DynamoDB's limit on the actions of one transaction. */
    static final int MAX_ACTIONS = 100;

    private final DynamoDbClient client;

    public Transactions(DynamoDbClient client) {
        this.client = client;
    }

    /** One action of a transaction, by name, and what its failed condition means. */
    public record Step(String name, TransactWriteItem action, Supplier<? extends RuntimeException> whenRefused) {
    }

    /** A new transaction for the use case {@code name} (named in the logs). */
    public Transaction begin(String name) {
        return new Transaction(name);
    }

    public final class Transaction {
        private final String name;
        private final List<Step> steps = new ArrayList<>();

        private Transaction(String name) {
            this.name = name;
        }

        public Transaction step(String stepName, TransactWriteItem action, Supplier<? extends RuntimeException> whenRefused) {
            steps.add(new Step(stepName, action, whenRefused));
            return this;
        }

        public Transaction steps(List<Step> more) {
            steps.addAll(more);
            return this;
        }

        /** Writes every step or none; a refused condition throws its step's exception. */
        public void commit() {
            List<TransactWriteItem> actions = steps.stream().map(Step::action).toList();
            guard(actions);
            for (int attempt = 1; ; attempt++) {
                try {
                    client.transactWriteItems(b -> b.transactItems(actions));
                    return;
                } catch (TransactionCanceledException e) {
                    List<String> codes = e.cancellationReasons().stream().map(CancellationReason::code)
                            .map(c -> c == null ? "None" : c).toList();
                    int refused = codes.indexOf(CONDITION_FAILED);
                    if (refused >= 0 && refused < steps.size()) {
                        Step step = steps.get(refused);
                        LOG.info("transaction refused transaction={} step={}", name, step.name());
                        throw step.whenRefused().get();
                    }
                    if (codes.contains("TransactionConflict") && attempt < MAX_ATTEMPTS) {
                        backoff(attempt);
                        continue;
                    }
                    LOG.warn("transaction cancelled transaction={} codes={} attempts={}", name, codes, attempt);
                    throw new ContendedException(name);
                }
            }
        }
    }

    /** DynamoDB's own limits, checked before the call: 1 to 100 actions, no item twice. */
    static void guard(List<TransactWriteItem> actions) {
        if (actions.isEmpty() || actions.size() > MAX_ACTIONS) {
            throw new IllegalArgumentException("A transaction takes 1 to 100 actions, not " + actions.size());
        }
        Set<String> keys = new HashSet<>();
        for (TransactWriteItem a : actions) {
            String key = a.put() != null ? a.put().tableName() + keyOf(a.put().item())
                    : a.update() != null ? a.update().tableName() + keyOf(a.update().key())
                    : a.delete() != null ? a.delete().tableName() + keyOf(a.delete().key())
                    : a.conditionCheck().tableName() + keyOf(a.conditionCheck().key());
            if (!keys.add(key)) {
                throw new IllegalArgumentException("A transaction may not touch one item twice: " + key);
            }
        }
    }

    private static String keyOf(Map<String, AttributeValue> item) {
        return item.get("pk").s() + "|" + item.get("sk").s();
    }

    private static void backoff(int attempt) {
        long cap = Math.min(400, 10L << attempt);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, cap + 1));
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a transaction", ie);
        }
    }
}
