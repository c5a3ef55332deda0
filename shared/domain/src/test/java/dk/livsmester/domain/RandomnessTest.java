package dk.livsmester.domain;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RandomnessTest {
    @Test
    void renew_replacesTheGenerator_thatIdsDrawFrom() {
        SecureRandom before = Randomness.secure();
        assertSame(before, Randomness.secure());
        Randomness.renew();
        assertNotSame(before, Randomness.secure());
        assertTrue(Ids.newId("app").startsWith("app-"));
    }
}
