package dk.livsmester.platform.store.dynamo;

import com.fasterxml.jackson.databind.JsonNode;
import dk.livsmester.domain.Money;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.domain.guides.Disability;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.TaskType;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.store.GuideRequestStore;
import dk.livsmester.platform.store.GuideStore;
import dk.livsmester.platform.store.Json;
import dk.livsmester.platform.store.MatchStore;
import dk.livsmester.platform.store.PoolStore;
import dk.livsmester.platform.testing.Guides;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * What is stored, on DynamoDB Local: the counters that conditional updates change are top-level attributes only (not
 * also in the JSON body), and an aggregate is read back with them.
 */
class ItemLayoutIT {
    static TestStack stack;
    static DynamoDbClient dynamo;
    static TablesConfig tables;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        dynamo = stack.bean(DynamoDbClient.class);
        tables = stack.bean(TablesConfig.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    static Map<String, AttributeValue> item(String table, String pk) {
        return dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromS("META")))).item();
    }

    static JsonNode body(Map<String, AttributeValue> item) {
        try {
            return Json.MAPPER.readTree(item.get("body").s());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aGuidesLoad_isKeptOnce_atTheTopLevel_andReadBackWithTheGuide() {
        GuideStore guides = stack.bean(GuideStore.class);
        GuideRequestStore requests = stack.bean(GuideRequestStore.class);
        MatchStore matches = stack.bean(MatchStore.class);
        Guide g = Guides.guide(guides, TaskType.IT, Disability.AUTISM, "Vest", 2);
        Match m = Guides.proposed(requests, matches, g, TaskType.IT);
        var q = requests.get(m.requestId());
        matches.approve(m, m.approve(null, "c", Instant.now()), q, q.withStatus(GuideRequestStatus.MATCHED));

        Map<String, AttributeValue> item = item(tables.getGuides(), "GUIDE#" + g.id());
        assertEquals("1", item.get("activeMatches").n());
        assertEquals("2", item.get("capacity").n());
        assertEquals("ACTIVE", item.get("status").s());
        assertEquals("1", item.get("version").n(), "the approval moved the version with the load");
        for (String counter : new String[]{"activeMatches", "totalMatches", "capacity", "status", "version"}) {
            assertFalse(body(item).has(counter), counter + " is kept once, at the top level");
        }
        assertEquals("Vest", body(item).get("area").asText());
        Guide read = guides.get(g.id());
        assertEquals(1, read.activeMatches());
        assertEquals(1, read.totalMatches());
        assertEquals(g.name(), read.name());
    }

    @Test
    void aPoolsFigures_areKeptOnce_atTheTopLevel() {
        Pool p = stack.pool(Money.dkk(10_000));
        Map<String, AttributeValue> item = item(tables.getBudget(), "POOL#" + p.id());
        for (String figure : new String[]{"totalOre", "availableOre", "committedOre", "disbursedOre", "version"}) {
            assertFalse(body(item).has(figure), figure + " is kept once, at the top level");
        }
        assertEquals(Long.toString(Money.dkk(10_000)), item.get("availableOre").n());
        assertEquals(p, stack.bean(PoolStore.class).get(p.id()));
    }
}
