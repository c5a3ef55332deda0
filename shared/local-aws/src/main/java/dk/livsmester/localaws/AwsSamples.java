package dk.livsmester.localaws;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * AWS's published sample events (from aws/aws-lambda-java-libs, Apache-2.0), which tests build their events from and
 * compare against, so that they check what AWS sends rather than our idea of it. They are copied unchanged into the
 * repository's {@code events/aws/} (its README says where each comes from; {@code AwsSamplesTest} proves the copies
 * are the published files).
 */
public final class AwsSamples {
    /** The folder, relative to the project root. */
    public static final String DIR = "events/aws";

    private AwsSamples() {
    }

    public static Path dir(Path projectRoot) {
        return projectRoot.resolve(DIR);
    }

    public static Path file(Path projectRoot, String name) {
        Path f = dir(projectRoot).resolve(name);
        if (!Files.isRegularFile(f)) {
            throw new IllegalStateException("No AWS sample " + f + " (see " + DIR + "/README.md)");
        }
        return f;
    }
}
