package dk.livsmester.domain.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The code the creator of an application hands the other party, so that they can confirm it from their own login.
 * Eight characters from an alphabet without look-alikes (no 0/O, 1/I/L), read out or written down: 31^8, about
 * 8.5 * 10^11 codes, against the few tries an hour the API allows. Compared in constant time.
 */
public final class ConfirmationCode {
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final int LENGTH = 8;

    private ConfirmationCode() {
    }

    public static String generate(RandomGenerator random) {
        StringBuilder s = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** What a person typed, as the code is stored: spaces and dashes between groups dropped, upper case. */
    public static String normalise(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** True when {@code typed} is {@code expected}; the time taken does not depend on where they differ. */
    public static boolean matches(String expected, String typed) {
        if (expected == null || expected.isEmpty() || typed == null) {
            return false;
        }
        return MessageDigest.isEqual(normalise(expected).getBytes(StandardCharsets.UTF_8),
                normalise(typed).getBytes(StandardCharsets.UTF_8));
    }
}
