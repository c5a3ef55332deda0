package dk.livsmester.domain;

/** Short, URL-safe, sortable-enough identifiers (time prefix + randomness). */
public final class Ids {
    private static final char[] ALPHABET = "0123456789abcdefghijkmnpqrstuvwxyz".toCharArray();

    private Ids() {
    }

    public static String newId(String prefix) {
        StringBuilder sb = new StringBuilder(prefix).append('-');
        long t = System.currentTimeMillis();
        sb.append(Long.toString(t, 36));
        for (int i = 0; i < 8; i++) {
            sb.append(ALPHABET[Randomness.secure().nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }
}
