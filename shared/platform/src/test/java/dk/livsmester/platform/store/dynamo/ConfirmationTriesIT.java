package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.Ids;
import dk.livsmester.domain.application.ConfirmationLockout;
import dk.livsmester.domain.application.Letter;
import dk.livsmester.platform.store.ApplicationStore;
import dk.livsmester.platform.store.ConfirmationTryStore;
import dk.livsmester.platform.store.ConfirmationTryStore.Verdict;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * F1 on DynamoDB Local: the tries at a confirmation code are counted by one conditional transaction, per application
 * and per caller, so no number of parallel guesses gets past the limit (5 an hour by default); a new hour counts
 * anew; a lockout is recorded, with the creator's letter, once per window.
 */
class ConfirmationTriesIT {
    static final Instant NOW = Instant.parse("2026-12-01T10:15:00Z");
    static TestStack stack;
    static ConfirmationTryStore tries;
    static ApplicationStore applications;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        tries = stack.bean(ConfirmationTryStore.class);
        applications = stack.bean(ApplicationStore.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void fiveTriesAnHourPerApplication_thenLocked_whoeverTries_untilTheNextHour() {
        String app = Ids.newId("app");
        for (int i = 0; i < 5; i++) {
            assertEquals(Verdict.ALLOWED, tries.count(app, "caller-" + i, NOW), "try " + (i + 1));
        }
        assertEquals(Verdict.APPLICATION_LOCKED, tries.count(app, "caller-fresh", NOW));
        assertEquals(Verdict.APPLICATION_LOCKED, tries.count(app, "caller-fresh", NOW.plus(Duration.ofMinutes(44))));
        assertEquals(Verdict.ALLOWED, tries.count(app, "caller-fresh", NOW.plus(Duration.ofMinutes(45))), "a new hour");
    }

    @Test
    void fiveTriesAnHourPerCaller_acrossApplications() {
        String caller = Ids.newId("caller");
        for (int i = 0; i < 5; i++) {
            assertEquals(Verdict.ALLOWED, tries.count(Ids.newId("app"), caller, NOW));
        }
        String untouched = Ids.newId("app");
        assertEquals(Verdict.CALLER_LOCKED, tries.count(untouched, caller, NOW));
        // The refused try moved neither counter: the application has all five of its tries left for others.
        for (int i = 0; i < 5; i++) {
            assertEquals(Verdict.ALLOWED, tries.count(untouched, "other-" + i, NOW));
        }
    }

    @Test
    void parallelGuesses_passTheLimitNeverOnce() throws Exception {
        String app = Ids.newId("app");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Verdict>> all = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String caller = "parallel-" + i;
                all.add(pool.submit(() -> tries.count(app, caller, NOW)));
            }
            int allowed = 0;
            for (Future<Verdict> f : all) {
                allowed += f.get() == Verdict.ALLOWED ? 1 : 0;
            }
            assertEquals(5, allowed, "64 parallel tries, exactly the limit let through");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLockoutIsRecordedWithItsLetterOncePerWindow() {
        String app = Ids.newId("app");
        Instant from = ConfirmationTryStore.windowStart(NOW);
        ConfirmationLockout lockout = new ConfirmationLockout(app, from, from.plus(Duration.ofHours(1)), "caller-x",
                "citizen", NOW);
        Letter letter = new Letter("CONFIRMATION_LOCKED#" + from, "CONFIRMATION_LOCKED", app, 1, "s", "b", "s", "b", NOW, null);
        assertTrue(applications.recordLockout(lockout, letter));
        assertFalse(applications.recordLockout(lockout, letter), "the creator is told once per window");
        assertEquals(List.of(lockout), applications.lockouts(app));
        assertEquals(1, applications.letters(app).size());
    }
}
