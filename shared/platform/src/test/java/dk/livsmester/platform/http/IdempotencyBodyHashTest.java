package dk.livsmester.platform.http;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The body's hash the idempotency key is kept with: equal bodies hash alike, any change does not. */
class IdempotencyBodyHashTest {
    static String hash(String body) {
        return IdempotencyFilter.bodyHash(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSameBody_hashesAlike_anotherAmountOrAnotherPerson_doesNot() {
        String first = "{\"poolId\":\"pool-2026\",\"amountOre\":450000}";
        assertEquals(hash(first), hash(new String(first)));
        assertNotEquals(hash(first), hash(first.replace("450000", "450001")));
        assertNotEquals(hash(first), hash(first.replace("pool-2026", "pool-2027")));
        assertEquals(43, hash(first).length(), "SHA-256, base64url without padding");
    }

    @Test
    void noBody_hasAHashToo() {
        assertEquals(hash(""), IdempotencyFilter.bodyHash(new byte[0]));
        assertNotEquals(hash(""), hash("null"));
    }
}
