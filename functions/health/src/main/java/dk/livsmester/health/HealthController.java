package dk.livsmester.health;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

/** Open endpoints (no token): the health check and the API's OpenAPI document. */
@Controller("/api")
public class HealthController {
    private final String openApi;

    public HealthController() {
        try (InputStream in = HealthController.class.getResourceAsStream("/openapi.yml")) {
            this.openApi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/health")
    public Map<String, Object> health() {
        return Map.of("status", "UP", "service", "livsmester", "time", Instant.now().toString());
    }

    @Get("/openapi.yml")
    @Produces("application/yaml")
    public HttpResponse<String> openApi() {
        return HttpResponse.ok(openApi).contentType(MediaType.of("application/yaml"));
    }
}
