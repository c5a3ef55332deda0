package dk.livsmester.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dk.livsmester.local.LocalRuntime;
import dk.livsmester.local.RuntimeSettings;
import dk.livsmester.localaws.CfnTemplate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * End-to-end throughput on the local runtime: applications submitted over HTTP by C contact persons at once, until
 * the review function (through the outbox, the relay and the review queue) has put every one IN_REVIEW; beside, in the
 * same run and JVM, the bound: raw single-item PutItems per second on the same DynamoDB Local by as many writers,
 * divided by the item writes one application costs (counted by {@link WriteCounter} during the HTTP phase). Not a
 * test: local/bench/throughput.sh runs it.
 */
public final class ThroughputBench {
    public static void main(String[] args) throws Exception {
        int applications = args.length > 0 ? Integer.parseInt(args[0]) : 400;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Path root = CfnTemplate.locate(Path.of("")).getParent();
        try (LocalRuntime runtime = LocalRuntime.start(new RuntimeSettings(0, Files.createTempDirectory("bench-tp"), root))) {
            URI base = runtime.baseUrl();
            double raw = rawWritesPerSecond(runtime.aws().dynamo(), clients, 4_000);
            String contact = MatchingRunBench.token(base, "contact-person");
            String team = MatchingRunBench.token(base, "team");
            int before = inReview(base, team);
            long writesBefore = WriteCounter.ITEMS.get();
            long t0 = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<Integer>> posted = new ArrayList<>();
            for (int i = 0; i < applications; i++) {
                int n = i;
                posted.add(pool.submit(() -> post(base, contact, application(n))));
            }
            for (Future<Integer> f : posted) {
                if (f.get() != 201) {
                    throw new IllegalStateException("a submission answered " + f.get());
                }
            }
            pool.shutdown();
            long submittedMs = (System.nanoTime() - t0) / 1_000_000;
            while (inReview(base, team) - before < applications) {
                Thread.sleep(500);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            // Letters and other follow-on work may still run; the count is taken once all are reviewed.
            double writesPerApp = (WriteCounter.ITEMS.get() - writesBefore) / (double) applications;
            double perSecond = applications * 1000.0 / ms;
            double bound = raw / writesPerApp;
            System.out.printf("| %d applications, %d clients | submitted in %,d ms | all reviewed in %,d ms | "
                            + "%.1f applications/s | raw PutItem %.0f/s | %.1f item writes per application | bound %.1f/s | %.0f %% |%n",
                    applications, clients, submittedMs, ms, perSecond, raw, writesPerApp, bound, 100 * perSecond / bound);
        }
    }

    static int inReview(URI base, String team) throws Exception {
        JsonNode queue = MatchingRunBench.call(base, "GET", "/api/applications/queue", team);
        JsonNode items = queue.isArray() ? queue : queue.path("items");
        int n = 0;
        for (JsonNode a : items) {
            if (a.path("status").asText().equals("IN_REVIEW")) {
                n++;
            }
        }
        return n;
    }

    static int post(URI base, String token, String body) throws Exception {
        HttpResponse<String> r = MatchingRunBench.HTTP.send(HttpRequest.newBuilder(base.resolve("/api/applications"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return r.statusCode();
    }

    /** Single-item PutItems of about the size of an application item, by {@code writers} at once, per second. */
    static double rawWritesPerSecond(DynamoDbClient dynamo, int writers, int items) throws Exception {
        dynamo.createTable(b -> b.tableName("bench-raw").billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(a -> a.attributeName("pk").attributeType(ScalarAttributeType.S))
                .keySchema(k -> k.attributeName("pk").keyType(KeyType.HASH)));
        String payload = "x".repeat(2_000);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long t0 = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            int n = i;
            done.add(pool.submit(() -> dynamo.putItem(b -> b.tableName("bench-raw").item(Map.of(
                    "pk", AttributeValue.fromS("raw-" + n), "body", AttributeValue.fromS(payload))))));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return items * 1e9 / (System.nanoTime() - t0);
    }

    static String application(int n) {
        return """
                {"poolId":"pool-2026","applicants":[{"name":"Bent Bench %d","birthDate":"2002-03-04","address":"Prøvevej 3, 8200 Aarhus N",
                "email":"bench@example.org","phone":"+45 21 21 21 21","receivesAdultDisabilitySupport":true}],
                "contactPerson":{"name":"Anders Fjord","role":"kontaktperson","email":"anders@example.org","phone":"+45 31 31 31 31"},
                "citizenCentre":"Borgercenter Nord","wish":{"headline":"Kor","description":"Jeg vil gerne lære at synge sammen med andre.",
                "howItHelps":"Jeg bliver gladere og tør være sammen med andre mennesker i et kor."},
                "subGoal":{"text":"Jeg går til kor en gang om ugen i et halvt år.","lifeTheme":"Socialt liv og Aktiviteter","baseline":2,"target":6},
                "category":"ACTIVITIES","appliedFor":"Sangundervisning","period":{"from":"2026-12-01","to":"2027-06-30"},
                "costLines":[{"item":"Sangtimer","amountOre":450000,"supplier":"Musikskolen"}],"alreadyFinanced":false,"submit":true}
                """.formatted(n);
    }
}
