package dk.livsmester.health;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.livsmester.localaws.CfnTemplate;
import dk.livsmester.localaws.LocalLambdaContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The deployed handler, fed the HTTP API fixture from events/ (what `sam local invoke -e` would send). */
class HealthHandlerTest {
    static final List<String> TABLES = List.of("applications", "budget", "guides", "events", "support", "notices", "read-log");

    @BeforeAll
    static void configure() {
        // The configuration template.yaml gives every function; no AWS call is made for the health check.
        TABLES.forEach(t -> System.setProperty("livsmester.tables." + t, "test-" + t));
        // Lambda always sets AWS_REGION; the SDK reads this property the same way.
        System.setProperty("aws.region", "eu-central-1");
    }

    @AfterAll
    static void clear() {
        TABLES.forEach(t -> System.clearProperty("livsmester.tables." + t));
        System.clearProperty("aws.region");
    }

    @Test
    void theFixtureEvent_getsA200WithStatusUp_withoutAToken() throws Exception {
        Path fixture = CfnTemplate.locate(Path.of("")).getParent().resolve("events/http-get-health.json");
        APIGatewayV2HTTPEvent event = new ObjectMapper()
                .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(fixture.toFile(), APIGatewayV2HTTPEvent.class);
        try (HealthHandler handler = new HealthHandler()) {
            APIGatewayV2HTTPResponse response = handler.handleRequest(event, new LocalLambdaContext("HealthFunction", 20));
            assertEquals(200, response.getStatusCode(), response.getBody());
            assertTrue(response.getBody().contains("\"status\":\"UP\""), response.getBody());
        }
    }

    @Test
    void snapStartsBeforeCheckpointHook_sendsOneRequestThroughTheRouter() {
        try (HealthHandler handler = new HealthHandler()) {
            assertEquals(-1, handler.lastPrimingStatus());
            handler.beforeCheckpoint(null);
            assertEquals(200, handler.lastPrimingStatus());
            handler.afterRestore(null);
        }
    }
}
