package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.ContendedException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** How DynamoDB's positional cancellation reasons become the named step's outcome (a client that answers as told). */
class TransactionsTest {
    static final class First extends RuntimeException {
    }

    static final class Second extends RuntimeException {
    }

    static final class Third extends RuntimeException {
    }

    /** A client whose transactions are cancelled with {@code reasons} (one list per attempt, the last repeated). */
    static DynamoDbClient cancelling(AtomicInteger attempts, List<List<String>> reasons) {
        return new DynamoDbClient() {
            @Override
            public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
                List<String> codes = reasons.get(Math.min(attempts.getAndIncrement(), reasons.size() - 1));
                if (codes.isEmpty()) {
                    return TransactWriteItemsResponse.builder().build();
                }
                List<CancellationReason> r = new ArrayList<>();
                codes.forEach(c -> r.add(CancellationReason.builder().code(c).build()));
                throw TransactionCanceledException.builder().cancellationReasons(r).message("cancelled").build();
            }

            @Override
            public String serviceName() {
                return "dynamodb";
            }

            @Override
            public void close() {
            }
        };
    }

    static TransactWriteItem put(String pk) {
        return TransactWriteItem.builder().put(Put.builder().tableName("t")
                .item(Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS("META"))).build()).build();
    }

    static void threeSteps(Transactions tx) {
        tx.begin("test").step("first", put("a"), First::new).step("second", put("b"), Second::new)
                .step("third", put("c"), Third::new).commit();
    }

    @Test
    void theRefusedStepNamesTheOutcome_andWhenSeveralAreRefusedTheOneAddedFirstWins() {
        assertThrows(Second.class, () -> threeSteps(new Transactions(cancelling(new AtomicInteger(),
                List.of(List.of("None", "ConditionalCheckFailed", "None"))))));
        assertThrows(Second.class, () -> threeSteps(new Transactions(cancelling(new AtomicInteger(),
                List.of(List.of("None", "ConditionalCheckFailed", "ConditionalCheckFailed"))))));
        assertThrows(First.class, () -> threeSteps(new Transactions(cancelling(new AtomicInteger(),
                List.of(List.of("ConditionalCheckFailed", "None", "ConditionalCheckFailed"))))));
    }

    @Test
    void aTransactionThatLostOnlyToConcurrentOnes_isRetried_andCommitsWhenItGetsThrough() {
        AtomicInteger attempts = new AtomicInteger();
        threeSteps(new Transactions(cancelling(attempts, List.of(List.of("TransactionConflict", "None", "None"),
                List.of("None", "TransactionConflict", "None"), List.of()))));
        assertEquals(3, attempts.get());
    }

    @Test
    void aTransactionThatKeepsLosingToConcurrentOnes_endsContended_afterTheBoundedAttempts() {
        AtomicInteger attempts = new AtomicInteger();
        assertThrows(ContendedException.class, () -> threeSteps(new Transactions(cancelling(attempts,
                List.of(List.of("TransactionConflict", "None", "None"))))));
        assertEquals(Transactions.MAX_ATTEMPTS, attempts.get());
    }

    @Test
    void dynamoDbsOwnLimits_areCheckedBeforeTheCall() {
        Transactions tx = new Transactions(cancelling(new AtomicInteger(), List.of(List.of())));
        assertThrows(IllegalArgumentException.class, () -> tx.begin("empty").commit());
        assertThrows(IllegalArgumentException.class, () -> tx.begin("twice").step("a", put("a"), First::new)
                .step("a again", put("a"), Second::new).commit());
    }
}
