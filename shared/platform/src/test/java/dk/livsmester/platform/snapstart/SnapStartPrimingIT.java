package dk.livsmester.platform.snapstart;

import dk.livsmester.domain.Randomness;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.security.SecureRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SnapStart's hooks as Lambda calls them, against DynamoDB Local. */
class SnapStartPrimingIT {
    static TestStack stack;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void beforeCheckpoint_readsDynamoDb_andWritesNothing() {
        SnapStartPriming priming = stack.bean(SnapStartPriming.class);
        DynamoDbClient dynamo = stack.bean(DynamoDbClient.class);
        String table = stack.bean(TablesConfig.class).getApplications();
        int items = dynamo.scan(b -> b.tableName(table)).count();
        int before = priming.primed();

        priming.beforeCheckpoint(null);

        assertEquals(before + 1, priming.primed());
        assertTrue(priming.lastReadAnswered(), "the priming read reached DynamoDB Local and found no item");
        assertEquals(items, dynamo.scan(b -> b.tableName(table)).count(), "priming writes nothing");
    }

    @Test
    void afterRestore_givesEveryRestoredCopyItsOwnRandomGenerator() {
        SnapStartPriming priming = stack.bean(SnapStartPriming.class);
        SecureRandom before = Randomness.secure();
        int restored = priming.restored();

        priming.afterRestore(null);

        assertNotSame(before, Randomness.secure());
        assertEquals(restored + 1, priming.restored());
    }

    @Test
    void aFailedReadDoesNotFailTheInit() {
        SnapStartPriming broken = new SnapStartPriming(stack.bean(DynamoDbClient.class), new TablesConfig() {
            public String getApplications() {
                return "no-such-table";
            }

            public String getBudget() {
                return "no-such-table";
            }

            public String getGuides() {
                return "no-such-table";
            }

            public String getEvents() {
                return "no-such-table";
            }

            public String getSupport() {
                return "no-such-table";
            }

            public String getNotices() {
                return "no-such-table";
            }

            public String getReadLog() {
                return "no-such-table";
            }
        });

        broken.beforeCheckpoint(null);

        assertFalse(broken.lastReadAnswered());
        assertEquals(1, broken.primed());
    }
}
