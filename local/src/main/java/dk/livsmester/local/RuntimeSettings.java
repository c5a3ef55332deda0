package dk.livsmester.local;

import java.nio.file.Path;

/** The local runtime's own settings: PORT (default 8080) and DATA_DIR (default .data in the project). */
public record RuntimeSettings(int port, Path dataDir, Path projectRoot) {
    public static RuntimeSettings fromEnvironment(Path projectRoot) {
        String port = firstSet(System.getProperty("PORT"), System.getenv("PORT"), "8080");
        String dir = firstSet(System.getProperty("DATA_DIR"), System.getenv("DATA_DIR"), null);
        Path data = dir == null ? projectRoot.resolve(".data") : Path.of(dir).toAbsolutePath();
        try {
            return new RuntimeSettings(Integer.parseInt(port), data, projectRoot);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORT must be a number, not " + port, e);
        }
    }

    private static String firstSet(String a, String b, String fallback) {
        if (a != null && !a.isBlank()) {
            return a;
        }
        if (b != null && !b.isBlank()) {
            return b;
        }
        return fallback;
    }
}
