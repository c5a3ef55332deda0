package dk.livsmester.lambdatests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.livsmester.localaws.AwsSamples;
import dk.livsmester.localaws.Provisioner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Events as Lambda delivers them, each built from AWS's published sample of its kind (events/aws/, see
 * {@link AwsSamples}): the sample's structure kept, its values replaced by this request's.
 */
final class Events {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final Path root;

    Events(Path projectRoot) {
        this.root = projectRoot;
    }

    ObjectNode sample(String name) {
        try {
            return (ObjectNode) JSON.readTree(AwsSamples.file(root, name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An HTTP API payload 2.0 event for the $default stage, as API Gateway sends it: the path as requested (no stage),
     * "METHOD /template" as the route key, lower-case headers, and the JWT authorizer's claims when {@code claims} is
     * given (null: a route without authorizer, or a call that reaches the function past it).
     */
    String http(String method, String routeTemplate, String path, String query, Map<String, String> pathParameters,
                String token, String body, Map<String, String> claims) {
        ObjectNode e = sample("apigw_http_event.json");
        Instant now = Instant.now();
        String routeKey = method + " " + routeTemplate;
        e.put("routeKey", routeKey);
        e.put("rawPath", path);
        e.put("rawQueryString", query == null ? "" : query);
        e.remove("cookies");
        if (query == null || query.isEmpty()) {
            e.remove("queryStringParameters");
        } else {
            // Plain names and values only (the tests' queries need no decoding); repeated names joined by commas.
            ObjectNode q = e.putObject("queryStringParameters");
            for (String pair : query.split("&")) {
                String[] kv = pair.split("=", 2);
                String v = kv.length > 1 ? kv[1] : "";
                q.put(kv[0], q.has(kv[0]) ? q.get(kv[0]).asText() + "," + v : v);
            }
        }
        // The template's $default stage has no stage variables; API Gateway then sends none.
        e.remove("stageVariables");
        ObjectNode headers = e.putObject("headers");
        headers.put("host", "abcdef1234.execute-api." + Provisioner.REGION + ".amazonaws.com");
        headers.put("user-agent", "lambda-tests");
        headers.put("accept", "application/json");
        if (token != null) {
            headers.put("authorization", "Bearer " + token);
        }
        if (body != null) {
            headers.put("content-type", "application/json");
            headers.put("content-length", String.valueOf(body.getBytes(StandardCharsets.UTF_8).length));
        }
        if (pathParameters.isEmpty()) {
            e.remove("pathParameters");
        } else {
            ObjectNode p = e.putObject("pathParameters");
            pathParameters.forEach(p::put);
        }
        if (body == null) {
            e.remove("body");
        } else {
            e.put("body", body);
        }
        e.put("isBase64Encoded", false);
        ObjectNode ctx = (ObjectNode) e.get("requestContext");
        ctx.put("accountId", Provisioner.ACCOUNT_ID);
        ctx.put("apiId", "abcdef1234");
        ctx.put("domainName", headers.get("host").asText());
        ctx.put("domainPrefix", "abcdef1234");
        ctx.put("requestId", UUID.randomUUID().toString());
        ctx.put("routeKey", routeKey);
        ctx.put("stage", "$default");
        ctx.put("time", REQUEST_TIME.format(now));
        ctx.put("timeEpoch", now.toEpochMilli());
        ObjectNode http = (ObjectNode) ctx.get("http");
        http.put("method", method);
        http.put("path", path);
        http.put("sourceIp", "127.0.0.1");
        http.put("userAgent", "lambda-tests");
        if (claims == null) {
            ctx.remove("authorizer");
        } else {
            ObjectNode jwt = ctx.putObject("authorizer").putObject("jwt");
            ObjectNode c = jwt.putObject("claims");
            claims.forEach(c::put);
            // An ID token has no scope claim: the authorizer's scopes are null.
            jwt.putNull("scopes");
        }
        return e.toString();
    }

    /** An SQS event with one record per body, each shaped as AWS's sample record, from the queue {@code queueArn}. */
    String sqs(String queueArn, List<String> bodies, List<String> messageIds) {
        ObjectNode e = sample("sqs_event.json");
        JsonNode template = e.get("Records").get(0);
        ArrayNode records = e.putArray("Records");
        long now = System.currentTimeMillis();
        for (int i = 0; i < bodies.size(); i++) {
            ObjectNode r = template.deepCopy();
            r.put("messageId", messageIds.get(i));
            r.put("receiptHandle", UUID.randomUUID().toString());
            r.put("body", bodies.get(i));
            r.put("md5OfBody", md5(bodies.get(i)));
            r.put("eventSourceARN", queueArn);
            r.put("awsRegion", Provisioner.REGION);
            ObjectNode attributes = (ObjectNode) r.get("attributes");
            attributes.put("SentTimestamp", String.valueOf(now));
            attributes.put("ApproximateFirstReceiveTimestamp", String.valueOf(now));
            records.add(r);
        }
        return e.toString();
    }

    /** EventBridge's scheduled event, as a rule of the template's Schedule events sends it. */
    String scheduled(String ruleName) {
        ObjectNode e = sample("cloudwatch_event.json");
        e.put("id", UUID.randomUUID().toString());
        e.put("account", Provisioner.ACCOUNT_ID);
        e.put("region", Provisioner.REGION);
        e.put("time", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        e.putArray("resources").add("arn:aws:events:" + Provisioner.REGION + ":" + Provisioner.ACCOUNT_ID + ":rule/" + ruleName);
        return e.toString();
    }

    private static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
