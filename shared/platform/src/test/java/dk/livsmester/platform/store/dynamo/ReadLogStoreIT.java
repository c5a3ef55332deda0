package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.Ids;
import dk.livsmester.domain.privacy.ReadLogEntry;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.store.Page;
import dk.livsmester.platform.store.ReadLogStore;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The read log on DynamoDB Local (the table provisioned from template.yaml): written once, searched four ways. */
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

    @Test
    void anEntryIsWrittenOnce_aSecondWriteOfItsIdIsRefusedAndTheFirstStays() {
        ReadLogEntry first = entry(Ids.newId("team"), Ids.newId("citizen"), "app-1", "2026-03-02T10:00:00Z");
        store.append(first);
        ReadLogEntry forged = new ReadLogEntry(first.id(), first.at(), "someone-else", "admin", first.citizenSubject(),
                "application", "app-1", "GET /api/applications/{id}", first.expiresAt());
        assertThrows(IllegalStateException.class, () -> store.append(forged));
        assertEquals(List.of(first), store.search(by(ReadLogStore.By.CITIZEN, first.citizenSubject()), 10, null).items());
        Map<String, AttributeValue> item = stack.bean(DynamoDbClient.class).getItem(b -> b
                .tableName(stack.bean(TablesConfig.class).getReadLog())
                .key(Map.of("pk", AttributeValue.fromS("READ#" + first.id()), "sk", AttributeValue.fromS("META")))).item();
        assertEquals(String.valueOf(first.expiresAt()), item.get("expiresAt").n(), "the time-to-live attribute is a number");
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
}
