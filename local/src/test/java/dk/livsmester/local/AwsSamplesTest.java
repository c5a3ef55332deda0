package dk.livsmester.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.livsmester.localaws.AwsSamples;
import dk.livsmester.localaws.CfnTemplate;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The copies of AWS's sample events in events/aws/ are the published files, unchanged (their Git blob ids are the
 * ones in aws/aws-lambda-java-libs, as the folder's README lists them), and they have the fields the tests build their
 * events from. A test that compared against an edited sample would check our idea of AWS, not AWS.
 */
class AwsSamplesTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path ROOT = CfnTemplate.locate(Path.of("")).getParent();

    /** File name -> the Git blob id of the published file (aws-lambda-java-libs, aws-lambda-java-tests/src/test/resources). */
    static final Map<String, String> PUBLISHED = Map.of(
            "apigw_http_event.json", "91954656c8b388d86ac742a7176d7b993f3e7a82",
            "sqs_event.json", "129e79bb22d7a63eb9bae5227464e3aec6bbaf5d",
            "cloudwatch_event.json", "0573f3fe946d0fc861204b607fdf9b6074bcf4b0");

    static String gitBlobId(byte[] content) throws Exception {
        MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
        sha1.update(("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(sha1.digest(content));
    }

    static JsonNode sample(String name) throws IOException {
        return JSON.readTree(AwsSamples.file(ROOT, name).toFile());
    }

    @Test
    void everyCopy_isThePublishedFile_byteForByte_andTheReadmeNamesIt() throws Exception {
        String readme = Files.readString(AwsSamples.dir(ROOT).resolve("README.md"));
        for (Map.Entry<String, String> e : PUBLISHED.entrySet()) {
            byte[] bytes = Files.readAllBytes(AwsSamples.file(ROOT, e.getKey()));
            assertEquals(e.getValue(), gitBlobId(bytes), e.getKey() + " differs from AWS's published file");
            assertTrue(readme.contains("`" + e.getKey() + "`") && readme.contains(e.getValue()),
                    "events/aws/README.md names " + e.getKey() + " and its blob id");
        }
        assertTrue(Files.isRegularFile(AwsSamples.dir(ROOT).resolve("LICENSE")), "the licence travels with the copies");
    }

    @Test
    void theFolder_holdsOnlyCheckedSamples() throws IOException {
        Set<String> json = new TreeSet<>();
        try (Stream<Path> files = Files.list(AwsSamples.dir(ROOT))) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).forEach(json::add);
        }
        assertEquals(new TreeSet<>(PUBLISHED.keySet()), json, "a sample added to events/aws/ needs its published blob id here");
    }

    @Test
    void theHttpApiSample_isPayload2_0_forTheDefaultStage() throws IOException {
        JsonNode e = sample("apigw_http_event.json");
        assertEquals("2.0", e.path("version").asText());
        assertEquals("$default", e.path("routeKey").asText());
        assertEquals("/my/path", e.path("rawPath").asText());
        assertTrue(e.path("rawQueryString").isTextual());
        assertTrue(e.path("headers").isObject());
        assertTrue(e.path("body").isTextual());
        assertFalse(e.path("isBase64Encoded").asBoolean(true));
        JsonNode ctx = e.path("requestContext");
        assertEquals("$default", ctx.path("stage").asText());
        assertEquals("$default", ctx.path("routeKey").asText());
        assertEquals(e.path("rawPath").asText(), ctx.path("http").path("path").asText(), "no stage prefix on $default");
        assertEquals("POST", ctx.path("http").path("method").asText());
        assertTrue(ctx.path("authorizer").path("jwt").path("claims").isObject());
        assertTrue(ctx.path("time").isTextual() && ctx.path("timeEpoch").isNumber());
        for (String f : new String[] {"accountId", "apiId", "domainName", "requestId"}) {
            assertTrue(ctx.path(f).isTextual(), "requestContext." + f);
        }
    }

    @Test
    void theSqsSample_hasARecordWithABodyAndTheAttributesLambdaSends() throws IOException {
        JsonNode records = sample("sqs_event.json").path("Records");
        assertTrue(records.isArray() && !records.isEmpty());
        JsonNode r = records.get(0);
        assertTrue(r.path("body").isTextual() && !r.path("body").asText().isEmpty(), "Records[0].body");
        assertEquals("aws:sqs", r.path("eventSource").asText());
        assertTrue(r.path("eventSourceARN").asText().startsWith("arn:aws:sqs:"));
        for (String f : new String[] {"messageId", "receiptHandle", "md5OfBody", "awsRegion"}) {
            assertTrue(r.path(f).isTextual(), "Records[0]." + f);
        }
        for (String a : new String[] {"ApproximateReceiveCount", "SentTimestamp", "ApproximateFirstReceiveTimestamp"}) {
            assertTrue(r.path("attributes").path(a).isTextual(), "Records[0].attributes." + a);
        }
        assertTrue(r.path("messageAttributes").isObject());
    }

    @Test
    void theScheduledSample_isEventBridgesScheduledEvent() throws IOException {
        JsonNode e = sample("cloudwatch_event.json");
        assertEquals("Scheduled Event", e.path("detail-type").asText());
        assertEquals("aws.events", e.path("source").asText());
        assertTrue(e.path("resources").get(0).asText().startsWith("arn:aws:events:"));
        assertTrue(e.path("detail").isObject());
        for (String f : new String[] {"version", "id", "account", "time", "region"}) {
            assertTrue(e.path(f).isTextual(), f);
        }
    }
}
