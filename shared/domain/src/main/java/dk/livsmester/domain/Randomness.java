package dk.livsmester.domain;

import java.security.SecureRandom;

/**
 * The one generator behind identifiers and codes. Renewable, because a SnapStart snapshot is restored into many
 * execution environments at once, and generator state taken before the snapshot must not be shared by them.
 */
public final class Randomness {
    private static volatile SecureRandom random = new SecureRandom();

    private Randomness() {
    }

    public static SecureRandom secure() {
        return random;
    }

    /** A new generator, seeded afresh from the operating system (called after a snapshot is restored). */
    public static void renew() {
        random = new SecureRandom();
    }
}
