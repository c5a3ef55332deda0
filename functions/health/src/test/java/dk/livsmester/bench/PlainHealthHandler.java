package dk.livsmester.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.Map;

/** The baseline for the cold-start benchmark: the health check as a plain Lambda handler with Jackson, no framework. */
public class PlainHealthHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        if (!"/api/health".equals(event.getRawPath())) {
            return APIGatewayV2HTTPResponse.builder().withStatusCode(404).build();
        }
        try {
            String body = JSON.writeValueAsString(Map.of("status", "UP", "service", "livsmester", "time", Instant.now().toString()));
            return APIGatewayV2HTTPResponse.builder().withStatusCode(200)
                    .withHeaders(Map.of("Content-Type", "application/json")).withBody(body).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
