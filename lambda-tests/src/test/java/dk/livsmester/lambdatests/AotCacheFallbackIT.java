package dk.livsmester.lambdatests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What template.yaml's {@code JAVA_TOOL_OPTIONS=-XX:AOTCache=function.aot} does when the cache does not fit: Lambda's
 * JVM is another build than the one a cache made elsewhere came from, a package may have none, a file may be damaged.
 * In each case the JVM says so in an [aot] line and starts without the cache; only a fitting cache is used.
 */
class AotCacheFallbackIT {
    @TempDir
    static Path dir;
    static Path cache;

    @BeforeAll
    static void makeACache() throws Exception {
        cache = dir.resolve("made-here.aot");
        Result made = java("-XX:AOTCacheOutput=" + cache, "-version");
        assertEquals(0, made.exit, made.output);
        assertTrue(Files.size(cache) > 0, made.output);
    }

    @Test
    void aCacheOfThisJvm_isUsed() throws Exception {
        Result r = java("-XX:AOTCache=" + cache, "-Xlog:aot=info", "-version");
        assertEquals(0, r.exit, r.output);
        assertFalse(r.output.contains("error"), r.output);
    }

    @Test
    void aCacheOfAnotherJvmBuild_isRefusedWithAWarning_andTheJvmStarts() throws Exception {
        byte[] bytes = Files.readAllBytes(cache);
        String version = Runtime.version().toString();
        byte[] ours = version.getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(bytes, ours);
        assertTrue(at > 0, "the cache's header names the JVM build " + version);
        // Another build of the same release, as Lambda's Corretto is to this JDK: the same length, one digit changed.
        bytes[at + ours.length - 1] = (byte) (bytes[at + ours.length - 1] == '0' ? '1' : '0');
        Path other = dir.resolve("another-build.aot");
        Files.write(other, bytes);
        Result r = java("-XX:AOTCache=" + other, "-version");
        assertEquals(0, r.exit, r.output);
        assertTrue(r.output.contains("different version or build"), r.output);
        assertTrue(r.output.contains("openjdk version") || r.output.contains("java version"), r.output);
    }

    @Test
    void noCacheInThePackage_orADamagedOne_onlyWarns() throws Exception {
        Path damaged = dir.resolve("damaged.aot");
        Files.write(damaged, "not a cache".getBytes(StandardCharsets.US_ASCII));
        for (Path p : List.of(dir.resolve("missing.aot"), damaged)) {
            Result r = java("-XX:AOTCache=" + p, "-version");
            assertEquals(0, r.exit, r.output);
            assertTrue(r.output.contains("[aot]"), r.output);
            assertTrue(r.output.contains("version"), r.output);
        }
    }

    record Result(int exit, String output) {
    }

    static Result java(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("java " + String.join(" ", args) + " did not end");
        }
        return new Result(p.exitValue(), out);
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
