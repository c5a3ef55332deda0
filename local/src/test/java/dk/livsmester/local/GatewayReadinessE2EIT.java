package dk.livsmester.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Ready means ready: the health check answered 200 about two seconds before the demo data existed, so the README's
 * first curl of the pools got an empty list. It now says 503 until the runtime calls the gateway ready, while the
 * other routes already serve (the demo data is loaded through them).
 */
class GatewayReadinessE2EIT {

    @Test
    void health_says503UntilReady_whileOtherRoutesAlreadyServe() throws Exception {
        try (HttpGateway gateway = new HttpGateway(0, Path.of("."))) {
            gateway.add(new HttpGateway.HttpFunction("Fn", (event, ctx) -> APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(200).withBody("{}").build(), 20),
                    List.of(Route.of("Fn", "GET", "/api/health"), Route.of("Fn", "GET", "/api/pools")));
            gateway.start();
            URI base = URI.create("http://127.0.0.1:" + gateway.port());
            assertEquals(503, get(base, "/api/pools"), "nothing is served before the functions are wired");
            gateway.serving();
            assertEquals(503, get(base, "/api/health"));
            assertEquals(200, get(base, "/api/pools"));
            gateway.ready();
            assertEquals(200, get(base, "/api/health"));
        }
    }

    private static int get(URI base, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
