package dk.livsmester.notifications;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The region is Lambda's: with {@code AWS_REGION} set in the environment and nothing else, every AWS client the
 * functions build (DynamoDB, SQS, SES v2) uses it. Found on AWS: a fixed eu-west-1 in configuration sent a function in
 * eu-central-1 to dynamodb.eu-west-1.amazonaws.com. A child JVM, because the environment of this one is fixed.
 */
class RegionTest {

    @Test
    void withOnlyAwsRegionSet_everyClientUsesThatRegion() throws Exception {
        List<String> lines = probe(Map.of("AWS_REGION", "eu-central-1"), List.of());
        assertEquals(List.of("dynamodb=eu-central-1", "sqs=eu-central-1", "sesv2=eu-central-1"), lines);
    }

    @Test
    void aConfiguredRegion_winsOverTheEnvironment_asTheLocalRuntimeSetsIt() throws Exception {
        List<String> lines = probe(Map.of("AWS_REGION", "eu-central-1"), List.of("-Dlivsmester.aws.region=eu-north-1"));
        assertEquals(List.of("dynamodb=eu-north-1", "sqs=eu-north-1", "sesv2=eu-north-1"), lines);
    }

    private static List<String> probe(Map<String, String> env, List<String> jvmArgs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), RegionProbe.class.getName()));
        Path errors = java.nio.file.Files.createTempFile("region-probe", ".err");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(errors.toFile());
        Map<String, String> e = pb.environment();
        e.keySet().removeIf(k -> k.startsWith("AWS_") || k.startsWith("LIVSMESTER_") || k.startsWith("MICRONAUT_"));
        e.put("AWS_CONFIG_FILE", "/nonexistent");
        e.put("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent");
        e.put("AWS_ACCESS_KEY_ID", "probe");
        e.put("AWS_SECRET_ACCESS_KEY", "probe");
        // The table names, as the template gives every function (SnapStart's priming bean needs them at start).
        for (String table : List.of("APPLICATIONS", "BUDGET", "GUIDES", "EVENTS", "SUPPORT", "NOTICES", "READ_LOG")) {
            e.put("LIVSMESTER_TABLES_" + table, "probe-" + table.toLowerCase(java.util.Locale.ROOT));
        }
        e.putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the probe did not end");
        assertEquals(0, p.exitValue(), "probe failed: " + java.nio.file.Files.readString(errors));
        return out.lines().filter(l -> l.matches("(dynamodb|sqs|sesv2)=.*")).toList();
    }
}
