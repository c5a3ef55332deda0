package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.Ids;
import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.guides.SharingConsent;
import dk.livsmester.domain.privacy.PrivacyNotice;
import dk.livsmester.platform.store.PrivacyNoticeStore;
import dk.livsmester.platform.store.SharingConsentStore;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The privacy notice's acknowledgements and the guide requests' sharing choices on DynamoDB Local (the tables
 * provisioned from template.yaml): each written once under its key, the first one kept, and of many writers of the
 * same number exactly one wins.
 */
class ConsentStoresIT {
    static TestStack stack;
    static PrivacyNoticeStore notices;
    static SharingConsentStore sharing;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        notices = stack.bean(PrivacyNoticeStore.class);
        sharing = stack.bean(SharingConsentStore.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void anAcknowledgementIsWrittenOncePerPersonAndVersion_andTheFirstOneStays() {
        String who = Ids.newId("citizen");
        PrivacyNotice.Acknowledgement first = new PrivacyNotice.Acknowledgement(who, "citizen", "2026-12-01",
                Instant.parse("2026-12-01T10:00:00Z"));
        assertTrue(notices.acknowledge(first));
        assertFalse(notices.acknowledge(new PrivacyNotice.Acknowledgement(who, "citizen", "2026-12-01",
                Instant.parse("2026-12-02T10:00:00Z"))), "the same version again: refused by the condition");
        assertEquals(first, notices.acknowledgement(who, "2026-12-01").orElseThrow(), "the first one's time stays");
        assertTrue(notices.acknowledgement(who, "2027-01-01").isEmpty(), "a newer version is not acknowledged by it");
        PrivacyNotice.Acknowledgement newer = new PrivacyNotice.Acknowledgement(who, "citizen", "2027-01-01",
                Instant.parse("2027-01-02T10:00:00Z"));
        assertTrue(notices.acknowledge(newer));
        assertEquals(List.of(first, newer), notices.acknowledgements(who));
        assertTrue(notices.acknowledgements(Ids.newId("nobody")).isEmpty());
    }

    static SharingConsent choice(String requestId, int seq, boolean needs, boolean disability) {
        return new SharingConsent(requestId, seq, needs, disability, "citizen-" + seq, "citizen",
                Instant.parse("2026-12-01T10:00:00Z").plusSeconds(seq), null);
    }

    @Test
    void sharingChoicesAreNumbered_eachNumberTakenOnce_andTheLatestCounts() {
        String request = Ids.newId("req");
        assertTrue(sharing.current(request).isEmpty(), "no choice: nothing recorded");
        SharingConsent first = choice(request, 1, false, false);
        sharing.record(first);
        assertThrows(StaleStateException.class, () -> sharing.record(choice(request, 1, true, true)),
                "number 1 is taken: a second writer of it is refused");
        SharingConsent second = choice(request, 2, true, false);
        sharing.record(second);
        assertEquals(second, sharing.current(request).orElseThrow());
        assertEquals(List.of(first, second), sharing.history(request), "nothing overwritten, oldest first");
        for (int seq = 3; seq <= 11; seq++) {
            sharing.record(choice(request, seq, seq % 2 == 0, true));
        }
        assertEquals(11, sharing.current(request).orElseThrow().seq(), "six-digit numbers sort as numbers (11 after 9)");
    }

    @Test
    void manyWritersOfTheSameNumber_exactlyOneWins() throws Exception {
        String request = Ids.newId("req");
        sharing.record(choice(request, 1, false, false));
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            boolean needs = i % 2 == 0;
            results.add(pool.submit(() -> {
                go.await();
                try {
                    sharing.record(choice(request, 2, needs, !needs));
                    return true;
                } catch (StaleStateException lost) {
                    return false;
                }
            }));
        }
        go.countDown();
        int won = 0;
        for (Future<Boolean> f : results) {
            won += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, won);
        assertEquals(2, sharing.history(request).size());
    }
}
