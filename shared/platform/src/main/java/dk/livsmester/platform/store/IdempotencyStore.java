package dk.livsmester.platform.store;

import java.time.Instant;

/**
 * The first answer to a create request sent with an {@code Idempotency-Key}, kept per caller for a day: a retry with
 * the same key gets that answer instead of a second application, guide or pool. Taking the key is one conditional
 * write, so two requests with the same key at once cannot both run.
 */
public interface IdempotencyStore {
    /** What a request with a key finds: it runs (the key is now taken), the first answer, or the first still running. */
    sealed interface Claim permits Run, Replay, Running {
    }

    record Run() implements Claim {
    }

    record Replay(int status, String body) implements Claim {
    }

    record Running() implements Claim {
    }

    Claim claim(String key, Instant now);

    /** Keeps the answer of the request that took the key. */
    void complete(String key, int status, String body, Instant now);

    /** The request that took the key failed: a retry with it runs again. */
    void release(String key);
}
