package dk.livsmester.identity;

import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dk.livsmester.localaws.LocalLambdaContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The WebClientSettings custom resource, fed CloudFormation's event shape from events/: Create gives the client every
 * setting in one UpdateUserPoolClient; CloudFormation always hears back (SUCCESS, or FAILED with the reason), so a
 * stack never hangs; Delete changes nothing.
 */
class WebClientSettingsHandlerTest {
    static final ObjectMapper JSON = new ObjectMapper();
    FakeCognito cognito;
    HttpServer cloudFormation;
    final List<JsonNode> answers = new CopyOnWriteArrayList<>();
    final List<String> answerContentTypes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        cognito = new FakeCognito();
        Fixtures.configure(cognito, Map.of());
        cloudFormation = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        cloudFormation.createContext("/", ex -> {
            try (ex) {
                answerContentTypes.add(String.valueOf(ex.getRequestHeaders().getFirst("Content-Type")));
                answers.add(JSON.readTree(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                ex.sendResponseHeaders(200, -1);
            }
        });
        cloudFormation.start();
    }

    @AfterEach
    void stop() {
        Fixtures.unconfigure(cognito, Map.of());
        cognito.close();
        cloudFormation.stop(0);
    }

    private CloudFormationCustomResourceEvent event() {
        CloudFormationCustomResourceEvent e = Fixtures.event("cloudformation-web-client-settings-create.json", CloudFormationCustomResourceEvent.class);
        e.setResponseUrl("http://127.0.0.1:" + cloudFormation.getAddress().getPort() + "/pre-signed?X-Amz-Signature=abc");
        return e;
    }

    private void invoke(CloudFormationCustomResourceEvent e) {
        try (WebClientSettingsHandler handler = new WebClientSettingsHandler()) {
            handler.handleRequest(e, new LocalLambdaContext("WebClientSettingsFunction", 20));
        }
    }

    @Test
    void create_givesTheWebClientEverySettingInOneCall_andAnswersSuccess() {
        invoke(event());
        assertEquals(1, cognito.calls.size());
        FakeCognito.Call call = cognito.calls.get(0);
        assertEquals("UpdateUserPoolClient", call.operation());
        JsonNode b = call.body();
        assertEquals("eu-west-1_uPoolId", b.get("UserPoolId").asText());
        assertEquals("abcdefg1234567", b.get("ClientId").asText());
        assertEquals("livsmester-web", b.get("ClientName").asText());
        assertEquals("[\"https://d111111abcdef8.cloudfront.net/callback.html\",\"https://livsmester.kommune.example/callback.html\"]",
                b.get("CallbackURLs").toString());
        assertEquals("[\"https://d111111abcdef8.cloudfront.net/index.html\",\"https://livsmester.kommune.example/index.html\"]",
                b.get("LogoutURLs").toString());
        assertTrue(b.get("AllowedOAuthFlowsUserPoolClient").asBoolean());
        assertEquals("[\"code\"]", b.get("AllowedOAuthFlows").toString());
        assertEquals("[\"openid\",\"email\",\"profile\"]", b.get("AllowedOAuthScopes").toString());
        assertEquals("[\"COGNITO\",\"MitID\",\"EntraID\"]", b.get("SupportedIdentityProviders").toString());
        assertEquals("[\"ALLOW_USER_SRP_AUTH\",\"ALLOW_REFRESH_TOKEN_AUTH\"]", b.get("ExplicitAuthFlows").toString());
        assertEquals(60, b.get("AccessTokenValidity").asInt());
        assertEquals(12, b.get("RefreshTokenValidity").asInt());
        assertEquals("hours", b.get("TokenValidityUnits").get("RefreshToken").asText());
        assertEquals("ENABLED", b.get("PreventUserExistenceErrors").asText());
        assertTrue(b.get("EnableTokenRevocation").asBoolean());

        assertEquals(1, answers.size());
        JsonNode a = answers.get(0);
        assertEquals("SUCCESS", a.get("Status").asText());
        assertEquals("eu-west-1_uPoolId/abcdefg1234567", a.get("PhysicalResourceId").asText());
        assertEquals("unique id for this create request", a.get("RequestId").asText());
        assertEquals("WebClientSettings", a.get("LogicalResourceId").asText());
        assertEquals("arn:aws:cloudformation:eu-west-1:123456789012:stack/livsmester-dev/guid", a.get("StackId").asText());
        assertEquals("null", answerContentTypes.get(0), "no Content-Type: the address is signed without one");
    }

    @Test
    void whenCognitoRefuses_cloudFormationHearsFailedWithTheReason() {
        cognito.status = 400;
        cognito.answer = "{\"__type\":\"ResourceNotFoundException\",\"message\":\"User pool client abcdefg1234567 does not exist.\"}";
        invoke(event());
        assertEquals("FAILED", answers.get(0).get("Status").asText());
        assertTrue(answers.get(0).get("Reason").asText().contains("does not exist"), answers.get(0).toString());
    }

    @Test
    void settingsThatWouldWeakenTheClient_areRefusedBeforeCognitoIsCalled() {
        for (Map.Entry<String, Object> bad : Map.<String, Object>of(
                "AllowedOAuthFlows", List.of("code", "implicit"),
                "CallbackURLs", List.of("http://d111111abcdef8.cloudfront.net/callback.html"),
                "LogoutURLs", List.of("https://*.cloudfront.net/index.html"),
                "AllowedOAuthScopes", List.of("email"),
                "AccessTokenValidityMinutes", "5000").entrySet()) {
            CloudFormationCustomResourceEvent e = event();
            Map<String, Object> props = new HashMap<>(e.getResourceProperties());
            props.put(bad.getKey(), bad.getValue());
            e.setResourceProperties(props);
            answers.clear();
            invoke(e);
            assertEquals("FAILED", answers.get(0).get("Status").asText(), bad.getKey());
            assertTrue(answers.get(0).get("Reason").asText().contains(bad.getKey()), answers.get(0).toString());
        }
        assertEquals(0, cognito.calls.size());
    }

    @Test
    void delete_changesNothing_andAnswersSuccessForTheSameResource() {
        CloudFormationCustomResourceEvent e = event();
        e.setRequestType("Delete");
        e.setPhysicalResourceId("eu-west-1_uPoolId/abcdefg1234567");
        invoke(e);
        assertEquals(0, cognito.calls.size());
        assertEquals("SUCCESS", answers.get(0).get("Status").asText());
        assertEquals("eu-west-1_uPoolId/abcdefg1234567", answers.get(0).get("PhysicalResourceId").asText());
    }
}
