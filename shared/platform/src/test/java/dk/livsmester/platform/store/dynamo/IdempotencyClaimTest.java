package dk.livsmester.platform.store.dynamo;

import dk.livsmester.platform.store.IdempotencyStore;
import dk.livsmester.platform.store.dynamo.DynamoIdempotencyStore.KeyRecord;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** What a request finds when its key is taken: the body's hash decides before the first's state does. */
class IdempotencyClaimTest {
    static final KeyRecord DONE = new KeyRecord("k", "DONE", 201L, "{\"id\":\"app-1\"}", 1L, "hash-a", null);
    static final KeyRecord RUNNING = new KeyRecord("k", "RUNNING", null, null, 1L, "hash-a", 1L);

    @Test
    void theSameBody_getsTheFirstAnswer_orWaits() {
        assertEquals(new IdempotencyStore.Replay(201, "{\"id\":\"app-1\"}"), DynamoIdempotencyStore.taken(DONE, "hash-a"));
        assertInstanceOf(IdempotencyStore.Running.class, DynamoIdempotencyStore.taken(RUNNING, "hash-a"));
    }

    @Test
    void anotherBody_isRefused_whetherTheFirstIsDoneOrRunning() {
        assertInstanceOf(IdempotencyStore.OtherBody.class, DynamoIdempotencyStore.taken(DONE, "hash-b"));
        assertInstanceOf(IdempotencyStore.OtherBody.class, DynamoIdempotencyStore.taken(RUNNING, "hash-b"));
    }

    @Test
    void aKeyTakenBeforeBodiesWereHashed_replaysAsBefore() {
        KeyRecord old = new KeyRecord("k", "DONE", 201L, "{}", 1L, null, null);
        assertEquals(new IdempotencyStore.Replay(201, "{}"), DynamoIdempotencyStore.taken(old, "hash-b"));
    }
}
