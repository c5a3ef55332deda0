package dk.livsmester.local.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.domain.guides.MatchingRun;
import dk.livsmester.local.LocalRuntime;
import dk.livsmester.local.RuntimeSettings;
import dk.livsmester.localaws.CfnTemplate;
import dk.livsmester.matching.MatchingRunExecution;
import dk.livsmester.platform.events.EventMessage;
import dk.livsmester.platform.store.GuideRequestStore;
import dk.livsmester.platform.store.GuideStore;
import dk.livsmester.platform.store.MatchStore;
import dk.livsmester.platform.store.MatchingRunStore;
import dk.livsmester.domain.guides.AssignmentPlanner;
import dk.livsmester.platform.config.GuidesConfig;
import dk.livsmester.platform.testing.RunSettings;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.store.dynamo.BenchSeeding;
import io.micronaut.context.ApplicationContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A whole matching run end to end on the local runtime (DynamoDB Local and ElasticMQ in-process, every function as
 * deployed): 10,000 waiting requests and 2,000 guides stored, then {@code POST /api/matching-runs} as the coordinator
 * and the run followed over HTTP until DONE: the matches function writes the run and its queue message, the relay
 * sends it, the matching function plans and writes proposals within its time budget and continues through its own
 * message. Then the crash: on fresh data, a run's first invocation dies after some proposals are written, the same
 * message comes again (SQS redelivers it), and the run ends with exactly one proposal per request, each the same as
 * the uninterrupted run's. Not a test:
 * local/bench/matching-run.sh runs it.
 */
public final class MatchingRunBench {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int guides = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20260315L;
        Path root = CfnTemplate.locate(Path.of("")).getParent();
        System.out.printf("data: %,d requests, %,d guides (places scarce), seed %d%n", requests, guides, seed);
        try (LocalRuntime runtime = LocalRuntime.start(new RuntimeSettings(0, Files.createTempDirectory("bench-run"), root));
             ApplicationContext ctx = ApplicationContext.run(new HashMap<String, Object>(runtime.aws().properties()))) {
            Stores s = new Stores(ctx);
            long seedMs = seed(ctx, requests, guides, seed);
            String coordinator = token(runtime.baseUrl(), "coordinator");
            long t0 = System.nanoTime();
            JsonNode started = call(runtime.baseUrl(), "POST", "/api/matching-runs", coordinator);
            String runId = started.get("id").asText();
            JsonNode run = started;
            while (!run.path("status").asText().equals("DONE")) {
                Thread.sleep(250);
                run = call(runtime.baseUrl(), "GET", "/api/matching-runs/" + runId, coordinator);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            Check c = check(s);
            System.out.printf("| end to end over HTTP | %,d ms | parts %d | proposed %,d | without guide %,d | "
                            + "requests with two proposals %d | planMillis %s | seeding %,d ms |%n", ms, run.path("part").asInt() + 1,
                    c.proposals, c.noCandidate, c.duplicates, run.path("planMillis").asText(), seedMs);
        }
        try (LocalRuntime runtime = LocalRuntime.start(new RuntimeSettings(0, Files.createTempDirectory("bench-crash"), root));
             ApplicationContext ctx = ApplicationContext.run(new HashMap<String, Object>(runtime.aws().properties()))) {
            Stores s = new Stores(ctx);
            seed(ctx, requests, guides, seed);
            // A run created without its queue message: this process plays the matching function's invocations.
            MatchingRun run = MatchingRun.requested("run-crash", "bench", Instant.now());
            s.runs.create(run, List.of());
            // What an uninterrupted run would propose on this runtime's data (its demo data has ids of its own, so the
            // first runtime's proposals can differ among equal scores): the plan, made here before the crash.
            Map<String, String> uninterrupted = expected(s, ctx.getBean(AssignmentPlanner.class), run);
            EventMessage message = new EventMessage(EventMessage.MATCHING_RUN_REQUESTED, run.id(), 0, "REQUESTED", Instant.now());
            MatchingRunExecution crashing = new MatchingRunExecution(s.guides, s.requests, s.matches, s.runs,
                    ctx.getBean(AssignmentPlanner.class), untilTheCrash(ctx.getBean(GuidesConfig.class)),
                    new CrashingClock(requests / 3));
            long t0 = System.nanoTime();
            try {
                crashing.execute(message);
                System.out.println("the crash did not happen (fewer requests than the crash point)");
            } catch (CrashingClock.Crash crash) {
                System.out.printf("crashed after %,d proposals written%n", s.matches.all(MatchStatus.PROPOSED).size());
            }
            // SQS delivers the message again; the continuation's messages go through the runtime's relay as deployed.
            ctx.getBean(MatchingRunExecution.class).execute(message);
            MatchingRun after = s.runs.get(run.id());
            while (after.status() != dk.livsmester.domain.guides.MatchingRunStatus.DONE) {
                Thread.sleep(250);
                after = s.runs.get(run.id());
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            Check c = check(s);
            long differing = c.byRequest.entrySet().stream()
                    .filter(e -> !e.getValue().equals(uninterrupted.get(e.getKey()))).count()
                    + uninterrupted.keySet().stream().filter(k -> !c.byRequest.containsKey(k)).count();
            System.out.printf("| crash and redelivery | %,d ms | parts %d | proposed %,d | without guide %,d | "
                            + "requests with two proposals %d | requests whose proposal differs from the uninterrupted run %d |%n",
                    ms, after.part() + 1, c.proposals, c.noCandidate, c.duplicates, differing);
        }
    }

    record Stores(GuideStore guides, GuideRequestStore requests, MatchStore matches, MatchingRunStore runs) {
        Stores(ApplicationContext ctx) {
            this(ctx.getBean(GuideStore.class), ctx.getBean(GuideRequestStore.class), ctx.getBean(MatchStore.class),
                    ctx.getBean(MatchingRunStore.class));
        }
    }

    /**
     * The settings with a budget of an hour: the crashing first part then writes until its clock dies (a third of the
     * requests' worth of readings) instead of ending early on a loaded machine, where planning can take the 20 s.
     */
    static GuidesConfig untilTheCrash(GuidesConfig c) {
        return RunSettings.of(c).budgetSeconds(3600);
    }

    /** The plan of the waiting requests as the run makes it: each planned request's guide, score and alternatives. */
    static Map<String, String> expected(Stores s, AssignmentPlanner planner, MatchingRun run) {
        List<GuideRequest> waiting = new java.util.ArrayList<>();
        GuideRequest.PLANNABLE.forEach(status -> waiting.addAll(s.requests.all(status)));
        waiting.sort(java.util.Comparator.comparing(GuideRequest::createdAt).thenComparing(GuideRequest::id));
        Map<String, String> byRequest = new HashMap<>();
        planner.plan(waiting, s.guides.all(), Guide::freeCapacity, run.requestedAt()).assignments().forEach(a ->
                byRequest.put(a.request().id(), describe(a.chosen().guideId(), a.chosen().score(), a.alternatives())));
        return byRequest;
    }

    static String describe(String guideId, int score, List<dk.livsmester.domain.guides.Candidate> alternatives) {
        return guideId + " " + score + " " + alternatives.stream().map(a -> a.guideId()).toList();
    }

    /** {@code byRequest}: each proposal's guide, score and alternatives, by request. */
    record Check(int proposals, int noCandidate, int duplicates, Map<String, String> byRequest) {
    }

    /** Proposals by request: two PROPOSED matches for one request would be a duplicate. */
    static Check check(Stores s) {
        List<Match> proposed = s.matches.all(MatchStatus.PROPOSED);
        Map<String, Integer> count = new HashMap<>();
        Map<String, String> byRequest = new HashMap<>();
        proposed.forEach(m -> {
            count.merge(m.requestId(), 1, Integer::sum);
            byRequest.put(m.requestId(), describe(m.guideId(), m.score(), m.alternatives()));
        });
        int duplicates = (int) count.values().stream().filter(n -> n > 1).count();
        return new Check(proposed.size(), s.requests.all(GuideRequestStatus.NO_CANDIDATE).size(), duplicates, byRequest);
    }

    /**
     * The data of local/bench/matching.sh's scarce scenario, stored as the stores store it but in batch writes
     * ({@link BenchSeeding}): through the stores, one transaction each, it took 16 minutes on the loaded machine.
     */
    static long seed(ApplicationContext ctx, int requests, int guides, long seed) throws Exception {
        long t0 = System.nanoTime();
        Random random = new Random(seed);
        List<Guide> gs = MatchingBenchmark.guides(random, guides, 1, true);
        List<GuideRequest> rs = MatchingBenchmark.requests(random, requests);
        BenchSeeding.store(ctx.getBean(DynamoDbClient.class), ctx.getBean(TablesConfig.class).getGuides(), gs, rs);
        return (System.nanoTime() - t0) / 1_000_000;
    }

    static String token(URI base, String role) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(base.resolve("/local/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"role\":\"" + role + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body()).get("token").asText();
    }

    static JsonNode call(URI base, String method, String path, String token) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return JSON.readTree(r.body());
    }

    /** The system clock until its n-th reading, then the process "dies": between two writes, as a timeout would. */
    static final class CrashingClock extends Clock {
        static final class Crash extends RuntimeException {
        }

        private final AtomicLong left;

        CrashingClock(long readings) {
            this.left = new AtomicLong(readings);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            if (left.decrementAndGet() < 0) {
                throw new Crash();
            }
            return Instant.now();
        }
    }
}
