package dk.livsmester.platform.store;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Runs DynamoDB transactions. Cancellation reasons are positional, one per action; the caller maps them to a named
 * domain outcome. A transaction that lost only to a concurrent transaction ({@code TransactionConflict}) is retried a
 * bounded number of times with jitter.
 */
@Singleton
public class Transactions {
    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);
    public static final TableSchema<Row> SCHEMA = TableSchema.fromBean(Row.class);
    public static final String CONDITION_FAILED = "ConditionalCheckFailed";
    static final int MAX_ATTEMPTS = 8;

    private final DynamoDbClient client;

    public Transactions(DynamoDbClient client) {
        this.client = client;
    }

    /** @param onCancel maps the positional reason codes ("None" where an action was fine) to the exception to throw */
    public void write(List<TransactWriteItem> actions, Function<List<String>, RuntimeException> onCancel) {
        guard(actions);
        for (int attempt = 1; ; attempt++) {
            try {
                client.transactWriteItems(b -> b.transactItems(actions));
                return;
            } catch (TransactionCanceledException e) {
                List<String> codes = e.cancellationReasons().stream().map(CancellationReason::code)
                        .map(c -> c == null ? "None" : c).toList();
                boolean conditionFailed = codes.contains(CONDITION_FAILED);
                if (!conditionFailed && codes.contains("TransactionConflict") && attempt < MAX_ATTEMPTS) {
                    backoff(attempt);
                    continue;
                }
                if (!conditionFailed) {
                    LOG.warn("transaction cancelled codes={} attempts={}", codes, attempt);
                }
                throw onCancel.apply(codes);
            }
        }
    }

    /** DynamoDB's own limits, checked before the call: at most 100 actions, no item twice. */
    static void guard(List<TransactWriteItem> actions) {
        if (actions.isEmpty() || actions.size() > 100) {
            throw new IllegalArgumentException("A transaction takes 1 to 100 actions, not " + actions.size());
        }
        Set<String> keys = new HashSet<>();
        for (TransactWriteItem a : actions) {
            String key = a.put() != null ? a.put().tableName() + a.put().item().get("pk").s() + "|" + a.put().item().get("sk").s()
                    : a.update() != null ? a.update().tableName() + a.update().key().get("pk").s() + "|" + a.update().key().get("sk").s()
                    : a.conditionCheck().tableName() + a.conditionCheck().key();
            if (!keys.add(key)) {
                throw new IllegalArgumentException("A transaction may not touch one item twice: " + key);
            }
        }
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

    public static boolean failedAt(List<String> codes, int index) {
        return index < codes.size() && CONDITION_FAILED.equals(codes.get(index));
    }

    public static TransactWriteItem put(String table, Row row, String condition, Map<String, String> names,
                                        Map<String, AttributeValue> values) {
        Put.Builder p = Put.builder().tableName(table).item(SCHEMA.itemToMap(row, true));
        if (condition != null) {
            p.conditionExpression(condition);
        }
        if (names != null && !names.isEmpty()) {
            p.expressionAttributeNames(names);
        }
        if (values != null && !values.isEmpty()) {
            p.expressionAttributeValues(values);
        }
        return TransactWriteItem.builder().put(p.build()).build();
    }

    public static TransactWriteItem putNew(String table, Row row) {
        return put(table, row, "attribute_not_exists(pk)", null, null);
    }

    /** Replaces an item only if it is still at the version (and status) it was read at. */
    public static TransactWriteItem replaceAt(String table, Row row, long expectedVersion, String expectedStatus) {
        return put(table, row, "#v = :v AND #s = :s", Map.of("#v", "version", "#s", "status"),
                Map.of(":v", num(expectedVersion), ":s", str(expectedStatus)));
    }

    public static TransactWriteItem update(String table, String pk, String sk, String expression, String condition,
                                           Map<String, String> names, Map<String, AttributeValue> values) {
        Update.Builder u = Update.builder().tableName(table)
                .key(Map.of("pk", str(pk), "sk", str(sk)))
                .updateExpression(expression)
                .expressionAttributeValues(values);
        if (condition != null) {
            u.conditionExpression(condition);
        }
        if (names != null && !names.isEmpty()) {
            u.expressionAttributeNames(names);
        }
        return TransactWriteItem.builder().update(u.build()).build();
    }

    public static AttributeValue num(long n) {
        return AttributeValue.builder().n(Long.toString(n)).build();
    }

    public static AttributeValue str(String s) {
        return AttributeValue.builder().s(s).build();
    }
}
