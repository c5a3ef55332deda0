package dk.livsmester.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.livsmester.localaws.CfnTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The security suite's one local runtime (fresh data, free port), started by the first class that asks and stopped
 * when the test JVM ends, so the suite's classes share its start-up. Calls answer status, headers and JSON.
 */
final class SecurityRuntime {
    static final ObjectMapper JSON = Api.JSON;
    private static LocalRuntime runtime;
    private static Path dataDir;
    static final Path ROOT = CfnTemplate.locate(Path.of("")).getParent();

    record Reply(int status, HttpHeaders headers, String text) {
        JsonNode json() {
            try {
                return text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
            } catch (IOException e) {
                return JSON.getNodeFactory().textNode(text);
            }
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private SecurityRuntime() {
    }

    static synchronized URI base() {
        if (runtime == null) {
            try {
                dataDir = Files.createTempDirectory("livsmester-security");
                runtime = LocalRuntime.start(new RuntimeSettings(0, dataDir, ROOT));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            LocalRuntime started = runtime;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return runtime.baseUrl();
    }

    /** The runtime's data folder: its OpenID provider's signing key is there (for the forgery matrix). */
    static Path dataDir() {
        base();
        return dataDir;
    }

    /** The template's HTTP routes: method and path, as API Gateway routes them. */
    static java.util.List<CfnTemplate.HttpRoute> routes() {
        return CfnTemplate.load(ROOT.resolve("template.yaml")).functions().stream().flatMap(f -> f.routes().stream()).toList();
    }

    static Reply call(String method, String path, String token, Object body) {
        return call(method, path, token, body, Map.of());
    }

    static Reply call(String method, String path, String token, Object body, Map<String, String> headers) {
        try {
            HttpResponse<String> r = Api.send(base(), method, path, token, body, headers);
            return new Reply(r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An access token of a demo person, by subject ("citizen-nora"), from the runtime's script endpoint. */
    static String token(String sub) {
        Reply r = call("POST", "/local/token", null, Map.of("sub", sub));
        if (r.status() != 200) {
            throw new AssertionError("No token for " + sub + ": " + r.text());
        }
        return r.json().get("token").asText();
    }

    /** A submitted application by {@code creator}, as its creator sees the answer (with the confirmation code). */
    static JsonNode application(String creator, String headline) {
        Reply r = call("POST", "/api/applications", token(creator), applicationJson(headline, 250_000, true));
        if (r.status() != 201) {
            throw new AssertionError("Could not create an application: " + r.status() + " " + r.text());
        }
        return r.json();
    }

    static String applicationJson(String headline, long amountOre, boolean submit) {
        return LocalRuntimeE2EIT.applicationJson(headline, amountOre).replace("\"submit\":true", "\"submit\":" + submit);
    }
}
