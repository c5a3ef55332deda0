package dk.livsmester.platform.store;

import java.time.Instant;

/**
 * The first answer to a create request sent with an {@code Idempotency-Key}, kept per caller for a day: a retry with
 * the same key gets that answer instead of a second application, guide or pool. Taking the key is one conditional
 * write, so two requests with the same key at once cannot both run. The key is kept with a hash of the request's body:
 * the same key with another body is a client's mistake, answered as such, never with the first body's answer.
 */
public interface IdempotencyStore {
    /**
     * What a request with a key finds: it runs (the key is now taken), the first answer, the first still running, or
     * the key taken by a request with another body.
     */
    sealed interface Claim permits Run, Replay, Running, OtherBody {
    }

    record Run() implements Claim {
    }

    record Replay(int status, String body) implements Claim {
    }

    record Running() implements Claim {
    }

    record OtherBody() implements Claim {
    }

    /** @param bodyHash a hash of the request's body, compared with the one the key was taken with */
    Claim claim(String key, String bodyHash, Instant now);

    /** Keeps the answer of the request that took the key. */
    void complete(String key, int status, String body, Instant now);

    /** The request that took the key failed: a retry with it runs again. */
    void release(String key);
}
