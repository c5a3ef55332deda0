package dk.livsmester.local.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.livsmester.local.LocalRuntime;
import dk.livsmester.local.RuntimeSettings;
import dk.livsmester.localaws.CfnTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The security suite's one local runtime (fresh data, free port), started by the first class that asks and stopped
 * when the test JVM ends, so the suite's classes share its start-up. Calls answer status, headers and JSON.
 */
final class SecurityRuntime {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
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
            HttpRequest.Builder b = HttpRequest.newBuilder(base().resolve(path)).timeout(Duration.ofSeconds(30));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            headers.forEach(b::header);
            if (body != null) {
                b.header("Content-Type", "application/json");
                b.method(method, HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
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
        return """
                {"poolId":"pool-2026","applicants":[{"name":"Sofie Krogh","birthDate":"2002-03-04","address":"Prøvevej 3, 8200 Aarhus N",
                "email":"sofie@example.org","phone":"+45 21 21 21 21","receivesAdultDisabilitySupport":true}],
                "contactPerson":{"name":"Anders Fjord","role":"kontaktperson","email":"anders@example.org","phone":"+45 31 31 31 31"},
                "citizenCentre":"Borgercenter Nord","wish":{"headline":"%s","description":"Jeg vil gerne lære at synge sammen med andre.",
                "howItHelps":"Jeg bliver gladere og tør være sammen med andre mennesker i et kor."},
                "subGoal":{"text":"Jeg går til kor en gang om ugen i et halvt år.","lifeTheme":"Socialt liv og Aktiviteter","baseline":2,"target":6},
                "category":"ACTIVITIES","appliedFor":"Sangundervisning","period":{"from":"2026-12-01","to":"2027-06-30"},
                "costLines":[{"item":"Sangtimer","amountOre":%d,"supplier":"Musikskolen"}],"alreadyFinanced":false,"submit":%s}
                """.formatted(headline, amountOre, submit);
    }
}
