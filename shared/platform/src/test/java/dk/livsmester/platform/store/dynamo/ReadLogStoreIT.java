package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Ids;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.privacy.ReadLogEntry;
import dk.livsmester.platform.config.RetentionConfig;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.config.TimeZoneConfig;
import dk.livsmester.platform.privacy.ReadLog;
import dk.livsmester.platform.store.Page;
import dk.livsmester.platform.store.ReadLogStore;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The read log on DynamoDB Local (the table provisioned from template.yaml): written once, searched four ways; a list
 * read written in batches, the unprocessed puts asked again.
 */
class ReadLogStoreIT {
    static TestStack stack;
    static ReadLogStore store;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        store = stack.bean(ReadLogStore.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    static ReadLogEntry entry(String staff, String citizen, String recordId, String at) {
        return new ReadLogEntry(Ids.newId("read"), Instant.parse(at), staff, "team", citizen, "application", recordId,
                "GET /api/applications/{id}", Instant.parse(at).plusSeconds(86_400).getEpochSecond());
    }

    static ReadLogStore.Search by(ReadLogStore.By by, String key) {
        return new ReadLogStore.Search(by, key, Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2030-01-01T00:00:00Z"));
    }

    /** The entry's item as DynamoDB holds it. */
    static Map<String, AttributeValue> stored(ReadLogEntry e) {
        return stack.bean(DynamoDbClient.class).getItem(b -> b.tableName(stack.bean(TablesConfig.class).getReadLog())
                .key(Map.of("pk", AttributeValue.fromS("READ#" + e.id()), "sk", AttributeValue.fromS("META")))).item();
    }

    @Test
    void anEntryIsWrittenOnce_aSecondWriteOfItsIdIsRefusedAndTheFirstStays() {
        ReadLogEntry first = entry(Ids.newId("team"), Ids.newId("citizen"), "app-1", "2026-03-02T10:00:00Z");
        store.append(first);
        ReadLogEntry forged = new ReadLogEntry(first.id(), first.at(), "someone-else", "admin", first.citizenSubject(),
                "application", "app-1", "GET /api/applications/{id}", first.expiresAt());
        assertThrows(IllegalStateException.class, () -> store.append(forged));
        assertEquals(List.of(first), store.search(by(ReadLogStore.By.CITIZEN, first.citizenSubject()), 10, null).items());
        assertEquals(String.valueOf(first.expiresAt()), stored(first).get("expiresAt").n(),
                "the time-to-live attribute is a number");
    }

    @Test
    void searchesByCitizenStaffAndRecord_newestFirst_withinThePeriod_paged() {
        String staff = Ids.newId("team");
        String citizen = Ids.newId("citizen");
        String app = Ids.newId("app");
        ReadLogEntry a = entry(staff, citizen, app, "2026-03-02T10:00:00Z");
        ReadLogEntry b = entry(staff, citizen, app, "2026-03-02T10:00:00.500Z");
        ReadLogEntry c = entry(staff, null, Ids.newId("app"), "2026-04-10T08:00:00Z");
        ReadLogEntry other = entry(Ids.newId("team"), citizen, app, "2026-05-01T08:00:00Z");
        List.of(a, b, c, other).forEach(store::append);

        assertEquals(List.of(other, b, a), store.search(by(ReadLogStore.By.CITIZEN, citizen), 10, null).items());
        assertEquals(List.of(c, b, a), store.search(by(ReadLogStore.By.STAFF, staff), 10, null).items(),
                "a read of a record without a signed-in citizen is found by its reader");
        assertEquals(List.of(other, b, a), store.search(by(ReadLogStore.By.RECORD, "application#" + app), 10, null).items());

        ReadLogStore.Search march = new ReadLogStore.Search(ReadLogStore.By.STAFF, staff,
                Instant.parse("2026-03-02T10:00:00.100Z"), Instant.parse("2026-03-31T23:59:59Z"));
        assertEquals(List.of(b), store.search(march, 10, null).items(), "both ends of the period hold to the millisecond");

        Page<ReadLogEntry> first = store.search(by(ReadLogStore.By.CITIZEN, citizen), 2, null);
        assertEquals(List.of(other, b), first.items());
        Page<ReadLogEntry> second = store.search(by(ReadLogStore.By.CITIZEN, citizen), 2, first.nextCursor());
        assertEquals(List.of(a), second.items());
    }

    @Test
    void aSearchByPeriodAlone_walksTheMonthsNewestFirst_acrossPages() {
        // A year nobody else writes in, so the period holds only these.
        List<ReadLogEntry> written = new ArrayList<>();
        for (String at : List.of("2031-01-31T23:59:59.999Z", "2031-02-01T00:00:00Z", "2031-02-15T12:00:00Z",
                "2031-04-01T09:00:00Z", "2031-04-02T09:00:00Z")) {
            ReadLogEntry e = entry(Ids.newId("team"), Ids.newId("citizen"), Ids.newId("app"), at);
            store.append(e);
            written.add(0, e);
        }
        ReadLogStore.Search period = new ReadLogStore.Search(ReadLogStore.By.PERIOD, null,
                Instant.parse("2031-01-01T00:00:00Z"), Instant.parse("2031-04-01T23:59:59.999Z"));
        List<ReadLogEntry> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Page<ReadLogEntry> page = store.search(period, 2, cursor);
            seen.addAll(page.items());
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(written.subList(1, 5), seen, "newest first, April 2 left out, the empty March passed over");
        assertNull(cursor);
    }

    /**
     * DynamoDB Local behind a client that counts the write calls and, while told to, sends only the first half of a
     * batch and answers the rest as unprocessed (as DynamoDB does when a partition is busy).
     */
    static final class Throttled implements DynamoDbClient {
        final DynamoDbClient real = stack.bean(DynamoDbClient.class);
        final List<Integer> batchSizes = new ArrayList<>();
        int puts;
        int holdBack;

        @Override
        public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
            Map.Entry<String, List<WriteRequest>> only = request.requestItems().entrySet().iterator().next();
            List<WriteRequest> all = only.getValue();
            batchSizes.add(all.size());
            if (holdBack == 0) {
                return real.batchWriteItem(request);
            }
            holdBack--;
            int sent = all.size() / 2;
            if (sent > 0) {
                real.batchWriteItem(request.toBuilder().requestItems(Map.of(only.getKey(), all.subList(0, sent))).build());
            }
            return BatchWriteItemResponse.builder()
                    .unprocessedItems(Map.of(only.getKey(), all.subList(sent, all.size()))).build();
        }

        @Override
        public PutItemResponse putItem(PutItemRequest request) {
            puts++;
            return real.putItem(request);
        }

        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {
        }
    }

    static DynamoReadLogStore storeOver(Throttled client, List<Long> pauses) {
        return new DynamoReadLogStore(DynamoDbEnhancedClient.builder().dynamoDbClient(client).extensions().build(),
                stack.bean(TablesConfig.class), new BatchPuts(4, 25, pauses::add));
    }

    static List<ReadLogEntry> entries(String staff, int n) {
        List<ReadLogEntry> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(entry(staff, i % 2 == 0 ? Ids.newId("citizen") : null, Ids.newId("app"),
                    Instant.parse("2026-06-01T10:00:00Z").plusMillis(i).toString()));
        }
        return out;
    }

    /** Everything the staff member's search finds, oldest first (all pages). */
    static List<ReadLogEntry> byStaff(String staff) {
        List<ReadLogEntry> seen = new ArrayList<>();
        String cursor = null;
        do {
            Page<ReadLogEntry> page = store.search(by(ReadLogStore.By.STAFF, staff), 100, cursor);
            seen.addAll(0, page.items().reversed());
            cursor = page.nextCursor();
        } while (cursor != null);
        return seen;
    }

    @Test
    void aListRead_isLoggedInBatchWritesOf25_notOnePutPerRecord() {
        Throttled client = new Throttled();
        List<Long> pauses = new ArrayList<>();
        ReadLog log = new ReadLog(storeOver(client, pauses), stack.bean(RetentionConfig.class),
                stack.bean(TimeZoneConfig.class), Clock.systemUTC());
        Caller team = new Caller(Ids.newId("team"), "Tea Team", Role.TEAM);
        List<Application> shown = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            shown.add(Application.create(Ids.newId("app"), TestStack.form("pool-x", 10_000), "contact-test",
                    i % 3 == 0 ? null : Ids.newId("citizen"), Instant.now()));
        }
        log.applications(team, "GET /api/applications", shown);

        assertEquals(List.of(25, 25, 10), client.batchSizes, "three batch writes");
        assertEquals(0, client.puts, "no single puts");
        assertEquals(List.of(), pauses);
        List<ReadLogEntry> found = byStaff(team.subject());
        assertEquals(shown.stream().map(Application::id).sorted().toList(),
                found.stream().map(ReadLogEntry::recordId).sorted().toList(), "one entry per application shown");
        assertEquals(shown.stream().map(a -> String.valueOf(a.citizenSubject())).sorted().toList(),
                found.stream().map(e -> String.valueOf(e.citizenSubject())).sorted().toList());
        ReadLogEntry one = found.get(0);
        assertEquals(List.of(one), store.search(by(ReadLogStore.By.RECORD, one.record()), 10, null).items(),
                "a batch-written entry is in the record's index too");
        assertEquals(String.valueOf(one.expiresAt()), stored(one).get("expiresAt").n(), "the time to live is a number");
    }

    @Test
    void unprocessedPuts_areAskedAgainAfterGrowingPauses_untilEveryEntryIsWrittenOnce() {
        Throttled client = new Throttled();
        client.holdBack = 3;
        List<Long> pauses = new ArrayList<>();
        String staff = Ids.newId("team");
        List<ReadLogEntry> written = entries(staff, 30);
        storeOver(client, pauses).appendAll(written);

        // 25: 12 written, 13 left; 13: 6 written, 7 left; 7: 3 written, 4 left; 4 written; then the last 5 at once.
        assertEquals(List.of(25, 13, 7, 4, 5), client.batchSizes);
        assertEquals(List.of(25L, 50L, 100L), pauses, "the pause doubles");
        assertEquals(written, byStaff(staff), "every entry once, none lost, none twice");
    }

    @Test
    void putsStillUnprocessedAfterTheLastTry_failTheRead() {
        Throttled client = new Throttled();
        client.holdBack = Integer.MAX_VALUE;
        List<Long> pauses = new ArrayList<>();
        String staff = Ids.newId("team");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> storeOver(client, pauses).appendAll(entries(staff, 8)));
        assertTrue(e.getMessage().contains("still unprocessed after 4 tries"), e.getMessage());
        assertEquals(List.of(8, 4, 2, 1), client.batchSizes, "four tries, then the read fails");
        assertEquals(List.of(25L, 50L, 100L), pauses);
        assertEquals(7, byStaff(staff).size(), "what was written stays (over-logged, never under-logged)");
    }

    @Test
    void aBatchNamingOneIdTwice_isRefusedBeforeAnythingIsWritten() {
        Throttled client = new Throttled();
        String staff = Ids.newId("team");
        ReadLogEntry first = entries(staff, 1).get(0);
        ReadLogEntry again = new ReadLogEntry(first.id(), first.at(), "someone-else", "admin", null, "application",
                "app-other", "GET /api/applications", first.expiresAt());
        assertThrows(IllegalArgumentException.class, () -> storeOver(client, new ArrayList<>()).appendAll(List.of(first, again)));
        assertEquals(List.of(), client.batchSizes);
        assertEquals(List.of(), byStaff(staff));
    }
}
