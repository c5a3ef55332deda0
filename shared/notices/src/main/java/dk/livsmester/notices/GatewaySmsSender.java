package dk.livsmester.notices;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * One SMS through a Danish SMS gateway's HTTP API: a JSON POST of the number, the text and the sender, with the API key
 * as a bearer token. Anything but a 2xx is a failure (the message is retried; the notice stays unsent). A reference
 * fixed per notice goes with it as the client reference and the Idempotency-Key, so a gateway that keeps them sends one
 * SMS when a retry follows a send whose answer was lost.
 */
@Singleton
public class GatewaySmsSender {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final NoticesConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public GatewaySmsSender(NoticesConfig config) {
        this.config = config;
    }

    public void send(String phone, String text, String reference) {
        if (config.getSmsGatewayUrl() == null || config.getSmsGatewayUrl().isBlank()) {
            throw new IllegalStateException("livsmester.notices.sms-gateway-url is not set");
        }
        try {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(config.getSmsGatewayUrl()))
                    .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
                            "to", phone.replace(" ", ""), "text", text, "sender", config.getSmsSender(),
                            "reference", reference))))
                    .header("Idempotency-Key", reference);
            if (config.getSmsGatewayKey() != null && !config.getSmsGatewayKey().isBlank()) {
                r.header("Authorization", "Bearer " + config.getSmsGatewayKey());
            }
            int status = http.send(r.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status / 100 != 2) {
                throw new IllegalStateException("SMS gateway answered " + status);
            }
        } catch (IOException e) {
            throw new IllegalStateException("SMS gateway unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }
}
