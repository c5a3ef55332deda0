package dk.livsmester.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.livsmester.localaws.AwsSamples;
import dk.livsmester.localaws.CfnTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The local gateway builds events the way API Gateway does for the template's $default stage, compared field by field
 * with AWS's published payload 2.0 sample (events/aws/apigw_http_event.json, see AwsSamples), and answers for the JWT
 * authorizer as API Gateway does: 401 {"message":"Unauthorized"} without invoking the function.
 */
class GatewayEventShapeE2EIT {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Maps whose keys are the request's own (any name): only their type and string values are compared. */
    static final Set<String> FREE_FORM = Set.of("headers", "queryStringParameters", "pathParameters", "stageVariables", "claims");
    /**
     * Fields of the sample that are empty here, and why: the template's $default stage defines no stage variables
     * (API Gateway then sends no {@code stageVariables}); an ID token has no {@code scope} claim (the authorizer's
     * {@code scopes} are then null).
     */
    static final Set<String> EMPTY_BY_DESIGN = Set.of("stageVariables", "scopes");

    static Path root;
    static CfnTemplate template;
    static final String ORIGIN = "http://localhost:8080";
    static Path keys;
    static LocalAuth auth;
    static HttpGateway gateway;
    static URI base;
    static final AtomicReference<APIGatewayV2HTTPEvent> seen = new AtomicReference<>();

    @BeforeAll
    static void start() throws Exception {
        root = CfnTemplate.locate(Path.of("")).getParent();
        template = CfnTemplate.load(root.resolve("template.yaml"));
        keys = Files.createTempDirectory("gateway-auth");
        auth = LocalAuth.load(keys, ORIGIN);
        gateway = new HttpGateway(0, root);
        gateway.local(auth.provider());
        gateway.authorizers(HttpApiAuthorizer.fromTemplate(template, auth));
        Map<String, String> defaults = HttpApiAuthorizer.defaults(template);
        // Every route of the template, each answered by a function that records the event it was handed.
        for (CfnTemplate.FunctionSpec f : template.functions()) {
            List<Route> routes = f.routes().stream().map(r -> Route.of(f.logicalId(), r, defaults)).toList();
            if (!routes.isEmpty()) {
                gateway.add(new HttpGateway.HttpFunction(f.logicalId(), (event, ctx) -> {
                    seen.set(event);
                    return APIGatewayV2HTTPResponse.builder().withStatusCode(200).withBody("{}").build();
                }, f.timeoutSeconds()), routes);
            }
        }
        gateway.start();
        gateway.serving();
        gateway.ready();
        base = URI.create("http://127.0.0.1:" + gateway.port());
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    static JsonNode sample() throws Exception {
        return JSON.readTree(AwsSamples.file(root, "apigw_http_event.json").toFile());
    }

    static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        seen.set(null);
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aProtectedRequest_becomesTheEventApiGatewaySends_fieldByFieldAgainstAwsSample() throws Exception {
        long before = System.currentTimeMillis();
        HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve("/api/applications/A-1/notes?status=SUBMITTED&status=DRAFT&q=a%20b"))
                .header("Authorization", "Bearer " + auth.tokenFor("team"))
                .header("Cookie", "a=1; b=2")
                .header("X-Custom-Header", "one")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"hello\"}")));
        assertEquals(200, r.statusCode(), r.body());
        APIGatewayV2HTTPEvent event = seen.get();
        assertNotNull(event, "the function was invoked");
        JsonNode ours = JSON.valueToTree(event);

        List<String> differences = new ArrayList<>();
        compare("", sample(), ours, differences);
        assertTrue(differences.isEmpty(), "differs from AWS's sample: " + differences + "\nours: " + ours.toPrettyString());

        // The values that must agree with API Gateway's for this request on the $default stage.
        assertEquals("2.0", ours.get("version").asText());
        assertEquals("POST /api/applications/{id}/notes", ours.get("routeKey").asText());
        assertEquals(ours.get("routeKey"), ours.at("/requestContext/routeKey"));
        assertEquals("$default", ours.at("/requestContext/stage").asText());
        assertEquals("/api/applications/A-1/notes", ours.get("rawPath").asText(), "no stage in front of the path");
        assertEquals(ours.get("rawPath"), ours.at("/requestContext/http/path"));
        assertEquals("POST", ours.at("/requestContext/http/method").asText());
        assertEquals("status=SUBMITTED&status=DRAFT&q=a%20b", ours.get("rawQueryString").asText());
        assertEquals("SUBMITTED,DRAFT", ours.at("/queryStringParameters/status").asText());
        assertEquals("a b", ours.at("/queryStringParameters/q").asText());
        assertEquals("A-1", ours.at("/pathParameters/id").asText());
        assertEquals("{\"text\":\"hello\"}", ours.get("body").asText());
        assertFalse(ours.get("isBase64Encoded").asBoolean());
        long epoch = ours.at("/requestContext/timeEpoch").asLong();
        assertTrue(epoch >= before && epoch <= System.currentTimeMillis(), "timeEpoch is the request's, in ms");
        assertTrue(ours.at("/requestContext/time").asText().matches("\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} \\+0000"),
                "time as API Gateway writes it: " + ours.at("/requestContext/time"));
        assertEquals(List.of("a=1", "b=2"), event.getCookies());
        for (Iterator<String> names = ours.get("headers").fieldNames(); names.hasNext(); ) {
            String name = names.next();
            assertEquals(name.toLowerCase(), name, "header names are lower case");
        }
        assertNull(event.getHeaders().get("cookie"), "cookies are not repeated in the headers");
        assertEquals("one", event.getHeaders().get("x-custom-header"));
        Map<String, String> claims = event.getRequestContext().getAuthorizer().getJwt().getClaims();
        DemoUser team = auth.firstWithRole("team").orElseThrow();
        assertEquals(team.sub(), claims.get("sub"));
        assertEquals(auth.issuer(), claims.get("iss"));
        assertEquals("[team]", claims.get("cognito:groups"), "arrays as API Gateway writes them");
        assertTrue(claims.get("exp").matches("\\d+"), "numbers as strings");
    }

    /**
     * Every field of the sample is in ours with the same JSON type; objects are compared inside, arrays by their
     * elements' type, free-form maps by their values' type.
     */
    static void compare(String at, JsonNode sample, JsonNode ours, List<String> differences) {
        for (Iterator<Map.Entry<String, JsonNode>> it = sample.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String path = at + "/" + f.getKey();
            JsonNode mine = ours.get(f.getKey());
            if (mine == null || mine.isNull()) {
                if (!EMPTY_BY_DESIGN.contains(f.getKey())) {
                    differences.add(path + " missing");
                }
                continue;
            }
            if (mine.getNodeType() != f.getValue().getNodeType()) {
                differences.add(path + " is " + mine.getNodeType() + ", AWS's is " + f.getValue().getNodeType());
            } else if (FREE_FORM.contains(f.getKey())) {
                mine.forEach(v -> {
                    if (!v.isTextual()) {
                        differences.add(path + " has a value that is not a string: " + v);
                    }
                });
            } else if (mine.isObject()) {
                compare(path, f.getValue(), mine, differences);
            } else if (mine.isArray()) {
                JsonNode first = f.getValue().isEmpty() ? null : f.getValue().get(0);
                mine.forEach(v -> {
                    if (first != null && v.getNodeType() != first.getNodeType()) {
                        differences.add(path + "[] is " + v.getNodeType() + ", AWS's is " + first.getNodeType());
                    }
                });
            }
        }
    }

    @Test
    void theAuthorizerAnswers401ItselfForNoForgedOrExpiredTokens_andTheFunctionIsNotInvoked() throws Exception {
        String expired = LocalAuth.load(keys, ORIGIN, Clock.offset(Clock.systemUTC(), TokenIssuer.LIFETIME.plusMinutes(2).negated()))
                .tokenFor("team");
        String otherKey = LocalAuth.load(Files.createTempDirectory("other-key"), ORIGIN).tokenFor("team");
        for (String header : new String[]{null, "Bearer forged.token.value", "Bearer " + expired, "Bearer " + otherKey}) {
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("/api/applications/A-1"));
            if (header != null) {
                b.header("Authorization", header);
            }
            HttpResponse<String> r = send(b);
            assertEquals(401, r.statusCode(), String.valueOf(header));
            assertEquals("{\"message\":\"Unauthorized\"}", r.body());
            assertTrue(r.headers().firstValue("www-authenticate").orElse("").startsWith("Bearer "));
            assertNull(seen.get(), "API Gateway does not invoke the function when its authorizer refuses");
        }
        // A token without "Bearer " is taken as it is, as API Gateway does.
        assertEquals(200, send(HttpRequest.newBuilder(base.resolve("/api/applications/A-1"))
                .header("Authorization", auth.tokenFor("team"))).statusCode());
    }

    @Test
    void routesWithAuthorizerNone_passWithoutAToken_andGetNoAuthorizerContext() throws Exception {
        assertEquals(200, send(HttpRequest.newBuilder(base.resolve("/api/health"))).statusCode());
        assertNull(seen.get().getRequestContext().getAuthorizer());
    }

    @Test
    void theAudienceMustBeTheTemplatesAppClient_andIssuerTheUserPools() {
        Map<String, HttpApiAuthorizer> authorizers = HttpApiAuthorizer.fromTemplate(template, auth);
        assertEquals(Set.of("Api.CognitoJwt"), authorizers.keySet());
        HttpApiAuthorizer a = authorizers.get("Api.CognitoJwt");
        assertEquals(auth.issuer(), a.issuer(), "the local issuer stands in for the template's user pool");
        assertEquals(Set.of(auth.clientId()), a.audiences(), "the local client stands in for the template's UserPoolClient");
        String token = auth.tokenFor("team");
        assertTrue(a.authorize(Map.of("authorization", "Bearer " + token), List.of()).allowed());
        HttpApiAuthorizer otherClient = new HttpApiAuthorizer("authorization", auth.issuer(), Set.of("another-client"), auth.jwks());
        HttpApiAuthorizer.Outcome refused = otherClient.authorize(Map.of("authorization", "Bearer " + token), List.of());
        assertFalse(refused.allowed());
        assertEquals("the token does not have a valid audience", refused.error());
        HttpApiAuthorizer otherIssuer = new HttpApiAuthorizer("authorization", "https://elsewhere", Set.of(auth.clientId()), auth.jwks());
        assertFalse(otherIssuer.authorize(Map.of("authorization", "Bearer " + token), List.of()).allowed());
        assertFalse(a.authorize(Map.of("authorization", "Bearer " + token), List.of("livsmester/admin")).allowed(),
                "a route's scopes must be in the token's scope claim");
    }
}
