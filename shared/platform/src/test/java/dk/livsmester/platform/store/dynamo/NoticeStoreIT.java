package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.Ids;
import dk.livsmester.domain.notice.Notice;
import dk.livsmester.domain.notice.NoticeKind;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.store.NoticeStore;
import dk.livsmester.platform.store.Page;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The notices on DynamoDB Local (NoticesTable provisioned from template.yaml): a mailbox read page by page, newest
 * first, to its end and holding only its own recipient's; every notice written with its time to live, the default
 * 24 months from its creation in the municipality's time zone, kept when its delivery is recorded.
 */
class NoticeStoreIT {
    static TestStack stack;
    static NoticeStore store;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        store = stack.bean(NoticeStore.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    static Notice notice(String to, Instant at) {
        return Notice.of(NoticeKind.LETTER, Ids.newId("app") + "#SUBMITTED", to, "app-x", "Du har fået et brev",
                "You have a letter", "Læs brevet.", "Read the letter.", "/status.html?id=app-x", at);
    }

    /** The notice's item as DynamoDB holds it. */
    static Map<String, AttributeValue> stored(Notice n) {
        return stack.bean(DynamoDbClient.class).getItem(b -> b.tableName(stack.bean(TablesConfig.class).getNotices())
                .key(Map.of("pk", AttributeValue.fromS("NOTICE#" + n.id()), "sk", AttributeValue.fromS("META")))).item();
    }

    @Test
    void aMailboxIsReadPageByPage_newestFirst_toItsEnd_andHoldsOnlyItsRecipients() {
        String alma = Ids.newId("citizen");
        String other = Ids.newId("citizen");
        Instant start = Instant.parse("2026-11-01T09:00:00Z");
        List<Notice> hers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Notice n = notice(alma, start.plusSeconds(3600L * i));
            assertTrue(store.putOnce(n));
            hers.add(n);
        }
        store.putOnce(notice(other, start.plusSeconds(1800)));
        store.putOnce(notice(other, start.plusSeconds(99_999)));

        List<String> read = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = null;
        do {
            Page<Notice> page = store.mailbox(alma, 3, cursor);
            page.items().forEach(n -> read.add(n.id()));
            sizes.add(page.items().size());
            cursor = page.nextCursor();
        } while (cursor != null && sizes.size() < 10);
        assertEquals(hers.stream().sorted(Comparator.comparing(Notice::createdAt).reversed()).map(Notice::id).toList(),
                read, "all seven, newest first, none twice and none of another's");
        assertEquals(List.of(3, 3, 1), sizes);
        assertEquals(read.subList(0, 3), store.mailbox(alma, 3).stream().map(Notice::id).toList(),
                "the latest page, as the mailbox page reads it");
        assertEquals(List.of(), store.mailbox(Ids.newId("nobody"), 3, null).items());
    }

    @Test
    void everyNoticeCarriesItsTimeToLive_24MonthsFromItsCreation_keptWhenItsDeliveryIsRecorded() {
        // 23:30 UTC on 15 March is 00:30 on the 16th in Copenhagen: the period counts from the local day.
        Notice n = notice(Ids.newId("citizen"), Instant.parse("2026-03-15T23:30:00Z"));
        assertTrue(store.putOnce(n));
        long due = Instant.parse("2028-03-15T23:00:00Z").getEpochSecond(); // 16 March 2028, 00:00 in Copenhagen
        AttributeValue expiresAt = stored(n).get("expiresAt");
        assertEquals(String.valueOf(due), expiresAt.n(), "a number (DynamoDB's time to live reads only numbers)");
        assertNull(expiresAt.s());
        assertEquals(n, store.find(n.id()).orElseThrow(), "the notice reads back as written");

        assertTrue(store.markSent(n, n.sent(Instant.parse("2026-03-16T08:00:00Z"))));
        assertEquals(String.valueOf(due), stored(n).get("expiresAt").n(), "the delivery's record keeps the period");
        assertEquals(Notice.Status.SENT, store.find(n.id()).orElseThrow().status());
    }
}
