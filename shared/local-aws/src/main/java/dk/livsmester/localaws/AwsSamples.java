package dk.livsmester.localaws;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * AWS's published sample events (from aws/aws-lambda-java-libs, Apache-2.0), which tests build their events from and
 * compare against, so that they check what AWS sends rather than our idea of it. They are not part of the project:
 * they live in the workplace's {@code shared/aws-samples/} beside the checkout (found in the nearest parent folder
 * that has it, so a worktree finds it too), or where {@code LIVSMESTER_AWS_SAMPLES} points.
 */
public final class AwsSamples {
    private AwsSamples() {
    }

    public static Path dir(Path projectRoot) {
        String configured = System.getenv("LIVSMESTER_AWS_SAMPLES");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path p = projectRoot.toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/aws-samples");
            if (Files.isRegularFile(candidate.resolve("apigw_http_event.json"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("AWS's sample events (shared/aws-samples/apigw_http_event.json) are not in any "
                + "folder above " + projectRoot.toAbsolutePath() + "; set LIVSMESTER_AWS_SAMPLES to their folder");
    }

    public static Path file(Path projectRoot, String name) {
        Path f = dir(projectRoot).resolve(name);
        if (!Files.isRegularFile(f)) {
            throw new IllegalStateException("No AWS sample " + f);
        }
        return f;
    }
}
