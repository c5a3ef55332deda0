package dk.livsmester.identity;

import com.amazonaws.services.lambda.runtime.events.CloudFormationCustomResourceEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers CloudFormation for a custom resource: a PUT of the outcome to the pre-signed address in the request. Without
 * an answer the stack waits an hour, so every request gets one, failed or not.
 */
@Singleton
public class CustomResourceResponder {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public void respond(CloudFormationCustomResourceEvent event, boolean success, String physicalId, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Status", success ? "SUCCESS" : "FAILED");
        body.put("Reason", reason == null ? "See the function's log" : reason);
        body.put("PhysicalResourceId", physicalId);
        body.put("StackId", event.getStackId());
        body.put("RequestId", event.getRequestId());
        body.put("LogicalResourceId", event.getLogicalResourceId());
        try {
            // No Content-Type: the address is signed without one.
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(event.getResponseUrl()))
                    .timeout(Duration.ofSeconds(10)).PUT(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
                    .build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() >= 300) {
                throw new IllegalStateException("CloudFormation's response address answered " + r.statusCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
