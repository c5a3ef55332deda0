package dk.livsmester.identity;

import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import dk.livsmester.localaws.CfnTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The events/ fixtures, read the way the Lambda Java runtime reads an event (its own serializers and mix-ins). */
final class Fixtures {
    private Fixtures() {
    }

    /**
     * What template.yaml's globals give every function, the identity functions included: table names and queue URLs
     * (every function's context creates the shared singletons at start, so they must be there; nothing here uses
     * them); and a region, credentials for the SDK's signature, and the fake Cognito's address.
     */
    private static Map<String, String> functionConfiguration(FakeCognito cognito) {
        Map<String, String> p = new HashMap<>(Map.of("livsmester.tables.applications", "test-applications",
                "livsmester.tables.budget", "test-budget", "livsmester.tables.guides", "test-guides",
                "livsmester.tables.events", "test-events", "livsmester.tables.support", "test-support",
                "livsmester.tables.notices", "test-notices",
                "livsmester.queues.review", "http://127.0.0.1:1/review",
                "livsmester.queues.notifications", "http://127.0.0.1:1/notifications",
                "livsmester.queues.matching", "http://127.0.0.1:1/matching", "livsmester.queues.esdh", "http://127.0.0.1:1/esdh"));
        p.put("livsmester.tables.read-log", "test-read-log");
        p.putAll(Map.of("livsmester.aws.region", "eu-west-1", "aws.accessKeyId", "AKIDEXAMPLE", "aws.secretAccessKey", "secret",
                "livsmester.identity.cognito-endpoint", cognito.endpoint()));
        return p;
    }

    /** Configures the handlers created after this (as system properties, which Micronaut reads as configuration). */
    static void configure(FakeCognito cognito, Map<String, String> extra) {
        functionConfiguration(cognito).forEach(System::setProperty);
        extra.forEach(System::setProperty);
    }

    static void unconfigure(FakeCognito cognito, Map<String, String> extra) {
        functionConfiguration(cognito).keySet().forEach(System::clearProperty);
        extra.keySet().forEach(System::clearProperty);
    }

    static <T> T event(String name, Class<T> type) {
        Path file = CfnTemplate.locate(Path.of("")).getParent().resolve("events").resolve(name);
        try (InputStream in = Files.newInputStream(file)) {
            return LambdaEventSerializers.serializerFor(type, Fixtures.class.getClassLoader()).fromJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
