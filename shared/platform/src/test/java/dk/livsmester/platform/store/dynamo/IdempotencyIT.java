package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.Ids;
import dk.livsmester.platform.store.IdempotencyStore;
import dk.livsmester.platform.store.IdempotencyStore.Claim;
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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * F10 on DynamoDB Local: an idempotency key is taken by one conditional write, so of many requests with it at once
 * exactly one runs; the others see it running, later ones its answer; a failed first lets a retry run; after a day
 * the key is free again. The same key with another body is refused while it runs and after, never replayed.
 */
class IdempotencyIT {
    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final String BODY = "hash-of-the-first-body";
    static TestStack stack;
    static IdempotencyStore store;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        store = stack.bean(IdempotencyStore.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void manyAtOnce_oneRuns_theRestSeeItRunning_thenItsAnswer() throws Exception {
        String key = Ids.newId("key");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Claim>> claims = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                claims.add(pool.submit(() -> store.claim(key, BODY, NOW)));
            }
            int runs = 0;
            for (Future<Claim> c : claims) {
                Claim claim = c.get();
                runs += claim instanceof IdempotencyStore.Run ? 1 : 0;
                if (!(claim instanceof IdempotencyStore.Run)) {
                    assertInstanceOf(IdempotencyStore.Running.class, claim);
                }
            }
            assertEquals(1, runs);
        } finally {
            pool.shutdownNow();
        }
        store.complete(key, 201, "{\"id\":\"app-1\"}", NOW);
        assertEquals(new IdempotencyStore.Replay(201, "{\"id\":\"app-1\"}"), store.claim(key, BODY, NOW.plusSeconds(5)));
        assertInstanceOf(IdempotencyStore.Run.class, store.claim(key, BODY, NOW.plus(Duration.ofHours(25))), "kept for a day");
    }

    @Test
    void aFailedFirst_letsTheRetryRun() {
        String key = Ids.newId("key");
        assertInstanceOf(IdempotencyStore.Run.class, store.claim(key, BODY, NOW));
        store.release(key);
        assertInstanceOf(IdempotencyStore.Run.class, store.claim(key, BODY, NOW.plusSeconds(1)));
    }

    @Test
    void aFirstThatCrashedWhileRunning_holdsTheKeyOnlyForItsLease_thenTheRetryRuns() {
        String key = Ids.newId("key");
        assertInstanceOf(IdempotencyStore.Run.class, store.claim(key, BODY, NOW));
        // Never completed nor released (a timeout, a crash): within the lease it still counts as running ...
        assertInstanceOf(IdempotencyStore.Running.class, store.claim(key, BODY, NOW.plus(Duration.ofSeconds(90))));
        // ... and after it, not for the rest of the day.
        assertInstanceOf(IdempotencyStore.Run.class, store.claim(key, BODY, NOW.plus(Duration.ofMinutes(3))));
        assertInstanceOf(IdempotencyStore.Running.class, store.claim(key, BODY, NOW.plus(Duration.ofMinutes(4))),
                "the retry took it, with a lease of its own");
    }

    @Test
    void theSameKeyWithAnotherBody_isRefused_whileItRuns_andAfter_neverReplayed() {
        String key = Ids.newId("key");
        assertInstanceOf(IdempotencyStore.Run.class, store.claim(key, BODY, NOW));
        assertInstanceOf(IdempotencyStore.OtherBody.class, store.claim(key, "another-body", NOW.plusSeconds(1)));
        store.complete(key, 201, "{\"id\":\"app-2\"}", NOW);
        assertInstanceOf(IdempotencyStore.OtherBody.class, store.claim(key, "another-body", NOW.plusSeconds(2)));
        assertEquals(new IdempotencyStore.Replay(201, "{\"id\":\"app-2\"}"), store.claim(key, BODY, NOW.plusSeconds(3)),
                "the first body still gets its answer");
    }
}
