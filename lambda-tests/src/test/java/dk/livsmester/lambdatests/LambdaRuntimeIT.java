package dk.livsmester.lambdatests;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dk.livsmester.local.LocalAuth;
import dk.livsmester.localaws.CfnTemplate;
import dk.livsmester.localaws.CfnTemplate.FunctionSpec;
import dk.livsmester.localaws.LocalAws;
import dk.livsmester.localaws.Provisioner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every function of template.yaml, from its deployable jar, in its own JVM under AWS's Runtime Interface Client,
 * against this module's Runtime API emulator, with exactly the environment the template gives it (plus Lambda's own
 * variables and the local endpoint overrides), on DynamoDB Local and ElasticMQ provisioned from the same template.
 * Events are built from AWS's published samples for the stage as deployed ($default). Init times are written to
 * target/lambda/init-times.md.
 */
class LambdaRuntimeIT {
    /** The template's required parameters, as `sam deploy --parameter-overrides` would give them. */
    static final Map<String, String> PARAMETERS = Map.of("MailFrom", "letters@livsmester.invalid");
    /**
     * JVMs initialising at once: this machine's cores (more only makes each init slower); -Dlambda.parallel=1 gives
     * init times without a neighbour, for benchmarks.
     */
    static final int PARALLEL = Math.max(1,
            Integer.getInteger("lambda.parallel", Runtime.getRuntime().availableProcessors()));
    /** -Dlambda.init.timeout.seconds for a machine under heavy load (inits of 2-3 s took 25-70 s at load 30). */
    static final Duration INIT_TIMEOUT = Duration.ofSeconds(Long.getLong("lambda.init.timeout.seconds", 90));

    static Path root;
    static Path work;
    static Path tasks;
    static Path runtimeDir;
    static CfnTemplate template;
    static LocalAws aws;
    static LocalAuth auth;
    static HttpServer jwks;
    static Events events;
    static Map<String, String> overrides;
    static final Map<String, LambdaSandbox> sandboxes = new LinkedHashMap<>();
    static final Map<String, Object> inits = new LinkedHashMap<>();

    @BeforeAll
    static void startEveryFunction() throws Exception {
        root = CfnTemplate.locate(Path.of("")).getParent();
        work = Path.of(System.getProperty("lambda.work.dir", "target/lambda")).toAbsolutePath();
        runtimeDir = Path.of(System.getProperty("lambda.runtime.dir", "target/lambda-runtime")).toAbsolutePath();
        tasks = taskFolder(work);
        template = CfnTemplate.load(root.resolve("template.yaml"));
        events = new Events(root);
        aws = LocalAws.inMemory();
        // The local OpenID provider of a site at this origin stands in for the Cognito user pool and its web client.
        auth = LocalAuth.load(Files.createTempDirectory("lambda-auth"), "https://livsmester.local.example");
        // The JWKS of the local key, where the functions fetch it (Cognito's JWKS URL in AWS).
        jwks = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
        byte[] keys = auth.jwks().getBytes(StandardCharsets.UTF_8);
        jwks.createContext("/.well-known/jwks.json", ex -> {
            ex.getResponseHeaders().set("Content-Type", "application/json");
            ex.sendResponseHeaders(200, keys.length);
            try (OutputStream os = ex.getResponseBody()) {
                os.write(keys);
            }
        });
        jwks.start();
        URI jwksUrl = URI.create("http://127.0.0.1:" + jwks.getAddress().getPort() + "/.well-known/jwks.json");
        overrides = localOverrides(aws, auth, jwksUrl);

        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        // One task folder per deployable jar, unpacked as Lambda unpacks code.
        Map<String, Path> taskRoots = new LinkedHashMap<>();
        List<Future<?>> unpacked = new ArrayList<>();
        for (FunctionSpec f : template.functions()) {
            if (!taskRoots.containsKey(f.codeUri())) {
                Path task = tasks.resolve(Path.of(f.codeUri()).getFileName().toString().replace(".jar", ""));
                taskRoots.put(f.codeUri(), task);
                unpacked.add(pool.submit(() -> {
                    LambdaSandbox.unpack(root.resolve(f.codeUri()), task);
                    return null;
                }));
            }
        }
        for (Future<?> u : unpacked) {
            u.get();
        }
        Map<String, Future<LambdaSandbox.Timing>> started = new LinkedHashMap<>();
        for (FunctionSpec f : template.functions()) {
            started.put(f.logicalId(), pool.submit(() -> {
                Provisioner.Resources.Resolved env = aws.environment(f, PARAMETERS);
                Set<String> missing = new TreeSet<>(env.unresolved());
                missing.removeAll(overrides.keySet());
                if (!missing.isEmpty()) {
                    throw new IllegalStateException(f.logicalId() + ": no local value for " + missing);
                }
                // The endpoints always; the key and issuer settings only where the template's value needs AWS (a
                // function that blanks them, as the identity functions do, keeps its blank).
                Map<String, String> own = new LinkedHashMap<>(overrides);
                own.keySet().removeIf(k -> !aws.endpointOverrides().containsKey(k) && !env.unresolved().contains(k));
                LambdaSandbox s = LambdaSandbox.start(f, taskRoots.get(f.codeUri()), runtimeDir, work.resolve("logs"),
                        env.values(), own, Provisioner.REGION);
                synchronized (sandboxes) {
                    sandboxes.put(f.logicalId(), s);
                }
                return s.awaitReady(INIT_TIMEOUT);
            }));
        }
        started.forEach((id, future) -> {
            try {
                inits.put(id, future.get());
            } catch (Exception e) {
                inits.put(id, e.getCause() == null ? e : e.getCause());
            }
        });
        pool.shutdown();
    }

    /**
     * The only variables a function gets beyond the template's and Lambda's: the endpoints of the local engines and
     * where the local key's JWKS is with its issuer, named as the template names them (they replace the Cognito
     * values only AWS can resolve). The auth part is the local runtime's own ({@link LocalAuth#functionEnvironment}).
     */
    static Map<String, String> localOverrides(LocalAws aws, LocalAuth auth, URI jwksUrl) {
        Map<String, String> env = new LinkedHashMap<>(aws.endpointOverrides());
        env.putAll(auth.functionEnvironment(jwksUrl));
        return env;
    }

    /**
     * Where the jars are unpacked: in memory (/dev/shm) where the machine has it, as unpacking twelve jars of some
     * 13,000 files each was most of this layer's time on disk; else under target. One folder per checkout.
     */
    static Path taskFolder(Path work) {
        Path shm = Path.of("/dev/shm");
        if (Files.isDirectory(shm) && Files.isWritable(shm)) {
            return shm.resolve("livsmester-lambda-" + Integer.toHexString(work.toString().hashCode())).resolve("task");
        }
        return work.resolve("task");
    }

    @AfterAll
    static void stopEveryFunction() throws IOException {
        if (!inits.isEmpty()) {
            writeInitTable();
        }
        sandboxes.values().forEach(LambdaSandbox::close);
        if (tasks != null && !tasks.startsWith(work)) {
            LambdaSandbox.delete(tasks.getParent());
        }
        if (jwks != null) {
            jwks.stop(0);
        }
        if (aws != null) {
            aws.close();
        }
    }

    static LambdaSandbox running(String id) {
        Object init = inits.get(id);
        if (!(init instanceof LambdaSandbox.Timing)) {
            fail(id + " did not initialise: " + init);
        }
        return sandboxes.get(id);
    }

    /** Invokes an HTTP function with a payload 2.0 event and returns API Gateway's view of the answer. */
    static JsonNode http(String function, String method, String routeTemplate, String path, String query,
                         Map<String, String> params, String token, String body) throws Exception {
        Map<String, String> claims = token == null ? null : auth.authorizerClaims(token);
        RuntimeApiEmulator.Result r = running(function).invoke(events.http(method, routeTemplate, path, query, params, token, body, claims));
        assertFalse(r.error(), function + " reported an invocation error: " + r.errorType() + " " + r.text());
        return Events.JSON.readTree(r.body());
    }

    static JsonNode bodyOf(JsonNode response) throws IOException {
        return Events.JSON.readTree(response.get("body").asText());
    }

    @Test
    void everyFunctionOfTheTemplate_initialisesUnderTheRuntimeInterfaceClient() {
        Set<String> declared = template.resourcesOfType("AWS::Serverless::Function").keySet();
        assertEquals(new TreeSet<>(declared), new TreeSet<>(inits.keySet()), "every function of the template was started");
        assertTrue(declared.size() >= 13, "the template's functions were found: " + declared);
        List<String> failed = new ArrayList<>();
        inits.forEach((id, init) -> {
            if (!(init instanceof LambdaSandbox.Timing)) {
                failed.add(id + ": " + init);
            }
        });
        assertTrue(failed.isEmpty(), "did not initialise: " + String.join("\n", failed));
        for (LambdaSandbox s : sandboxes.values()) {
            assertTrue(s.alive(), s.function().logicalId() + " is waiting for work");
        }
    }

    @Test
    void eachFunctionGetsExactlyTheTemplatesEnvironment_lambdasVariables_andOnlyTheLocalOverrides() {
        assertEquals(Set.of("LIVSMESTER_AWS_DYNAMODB_ENDPOINT", "LIVSMESTER_AWS_SQS_ENDPOINT"), aws.endpointOverrides().keySet());
        for (FunctionSpec f : template.functions()) {
            LambdaSandbox.Environment env = running(f.logicalId()).environment();
            Provisioner.Resources.Resolved resolved = aws.environment(f, PARAMETERS);
            assertEquals(resolved.values(), env.template(), f.logicalId());
            // An override either points a client at a local engine (off in AWS, so not in the template) or replaces
            // what only AWS can resolve (the Cognito user pool's issuer and keys); it never changes a template value.
            for (String k : env.localOverrides().keySet()) {
                assertTrue(aws.endpointOverrides().containsKey(k) ? !f.environment().containsKey(k) : resolved.unresolved().contains(k),
                        f.logicalId() + ": " + k + " overrides a value the template gives");
            }
            assertTrue(env.localOverrides().keySet().containsAll(resolved.unresolved()), f.logicalId());
            assertEquals(f.handler(), env.reserved().get("_HANDLER"));
            assertEquals(Provisioner.REGION, env.reserved().get("AWS_REGION"));
            assertEquals(String.valueOf(f.memorySize()), env.reserved().get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"));
            assertEquals("snap-start", env.reserved().get("AWS_LAMBDA_INITIALIZATION_TYPE"), "SnapStart on published versions");
            assertFalse(env.all().containsKey("LIVSMESTER_AWS_REGION"), "the region is Lambda's AWS_REGION");
        }
        // A function's own variables reach it, and only it.
        assertEquals("true", running("NotificationsFunction").environment().all().get("LIVSMESTER_MAIL_ENABLED"));
        assertEquals("letters@livsmester.invalid", running("NotificationsFunction").environment().all().get("LIVSMESTER_MAIL_FROM"));
        assertFalse(running("HealthFunction").environment().all().containsKey("LIVSMESTER_MAIL_ENABLED"));
        assertEquals("14", running("FollowUpFunction").environment().all().get("LIVSMESTER_GUIDES_INACTIVITY_DAYS"));
    }

    @Test
    void health_answers200WithoutAToken() throws Exception {
        JsonNode r = http("HealthFunction", "GET", "/api/health", "/api/health", null, Map.of(), null, null);
        assertEquals(200, r.get("statusCode").asInt(), r.toString());
        assertEquals("UP", bodyOf(r).get("status").asText());
    }

    @Test
    void applications_createsWithAValidToken_refusesWithout_andAWrongRoleIsForbidden() throws Exception {
        assertTrue(createApplication().startsWith("app-"));

        // Past API Gateway's authorizer (which answers 401 itself in AWS), the function checks the token again.
        JsonNode anonymous = http("ApplicationsFunction", "POST", "/api/applications", "/api/applications", null, Map.of(),
                null, Files.readString(root.resolve("events/application-ebike.json")));
        assertEquals(401, anonymous.get("statusCode").asInt(), anonymous.toString());
        assertEquals("UNAUTHENTICATED", bodyOf(anonymous).get("code").asText());

        JsonNode forbidden = http("ApplicationsFunction", "GET", "/api/applications", "/api/applications", "status=SUBMITTED",
                Map.of(), auth.tokenFor("citizen"), null);
        assertEquals(403, forbidden.get("statusCode").asInt(), forbidden.toString());
    }

    @Test
    void review_reportsExactlyTheFailedMessageOfABatch() throws Exception {
        String id = createApplication();
        // The message the applications function itself put on the review queue (through its outbox).
        String good = awaitMessageAbout(aws.queueUrl("ReviewQueue"), id);
        String bad = good.replace(id, "A-DOES-NOT-EXIST");
        String goodId = UUID.randomUUID().toString();
        String badId = UUID.randomUUID().toString();
        RuntimeApiEmulator.Result r = running("ReviewFunction").invoke(events.sqs(aws.resources().queueArns().get("ReviewQueue"),
                List.of(good, bad), List.of(goodId, badId)));
        assertFalse(r.error(), r.errorType() + " " + r.text());
        JsonNode failures = Events.JSON.readTree(r.body()).get("batchItemFailures");
        assertEquals(1, failures.size(), r.text());
        assertEquals(badId, failures.get(0).get("itemIdentifier").asText());

        JsonNode reviewed = http("ApplicationsFunction", "GET", "/api/applications/{id}", "/api/applications/" + id, null,
                Map.of("id", id), auth.tokenFor("team"), null);
        assertEquals("IN_REVIEW", bodyOf(reviewed).get("status").asText(), reviewed.toString());
    }

    @Test
    void scheduledFunctions_completeOnEventBridgesEvent() throws Exception {
        RuntimeApiEmulator.Result reconciled = running("ReconciliationFunction").invoke(events.scheduled("Daily"));
        assertFalse(reconciled.error(), reconciled.errorType() + " " + reconciled.text());
        assertTrue(Events.JSON.readTree(reconciled.body()).asText().startsWith("pools="), reconciled.text());
        RuntimeApiEmulator.Result relayed = running("OutboxRelayFunction").invoke(events.scheduled("EveryMinute"));
        assertFalse(relayed.error(), relayed.errorType() + " " + relayed.text());
        assertTrue(Events.JSON.readTree(relayed.body()).asText().startsWith("sent="), relayed.text());
        // The alerts' run, then the notices' sweep (deadlines, follow-ups, matches): both results in one answer.
        RuntimeApiEmulator.Result swept = running("FollowUpFunction").invoke(events.scheduled("EveryQuarterHour"));
        assertFalse(swept.error(), swept.errorType() + " " + swept.text());
        assertTrue(Events.JSON.readTree(swept.body()).asText().contains("Result[pipeline="), swept.text());

        RuntimeApiEmulator.Result retained = running("RetentionFunction").invoke(events.scheduled("Daily"));
        assertFalse(retained.error(), retained.errorType() + " " + retained.text());
        assertTrue(Events.JSON.readTree(retained.body()).asText().startsWith("anonymised="), retained.text());
    }

    @Test
    void anEventTheHandlerCannotRead_isReportedAsAnInvocationError_andTheRuntimeGoesOn() throws Exception {
        RuntimeApiEmulator.Result r = running("HealthFunction").invoke("this is not JSON");
        assertTrue(r.error(), "reported to /invocation/{id}/error: " + r.text());
        assertNotNull(r.errorType(), "with Lambda-Runtime-Function-Error-Type");
        JsonNode error = Events.JSON.readTree(r.body());
        assertTrue(error.has("errorMessage") && error.has("errorType"), r.text());
        health_answers200WithoutAToken();
    }

    @Test
    void aFunctionWhoseInitFails_reportsItToInitError_andItsRuntimeExits() throws Exception {
        FunctionSpec review = template.functions().stream().filter(f -> f.logicalId().equals("ReviewFunction")).findFirst().orElseThrow();
        Map<String, String> broken = new LinkedHashMap<>(overrides);
        // A DynamoDB endpoint that is no URI: the handler's constructor (Micronaut's context) cannot build its client.
        broken.put("LIVSMESTER_AWS_DYNAMODB_ENDPOINT", "http://[not-a-host");
        try (LambdaSandbox s = LambdaSandbox.start(review, tasks.resolve("application-review"), runtimeDir,
                work.resolve("logs/init-error"), aws.environment(review, PARAMETERS).values(), broken, Provisioner.REGION)) {
            LambdaSandbox.InitFailed e = assertThrows(LambdaSandbox.InitFailed.class, () -> s.awaitReady(INIT_TIMEOUT));
            assertEquals("init", e.error.phase());
            assertEquals("Runtime.BadFunctionCode", e.error.errorType());
            JsonNode body = Events.JSON.readTree(e.error.body());
            assertTrue(body.has("errorMessage") && body.has("errorType"), e.error.body());
            assertEquals(1, s.awaitExit(Duration.ofSeconds(20)), "the runtime exits after reporting its init error");
        }
    }

    /** events/application-ebike.json sent by a contact person through the applications function: 201, its id. */
    static String createApplication() throws Exception {
        openPool();
        JsonNode created = http("ApplicationsFunction", "POST", "/api/applications", "/api/applications", null, Map.of(),
                auth.tokenFor("contact-person"), Files.readString(root.resolve("events/application-ebike.json")));
        assertEquals(201, created.get("statusCode").asInt(), created.toString());
        return bodyOf(created).get("id").asText();
    }

    static void openPool() throws Exception {
        synchronized (LambdaRuntimeIT.class) {
            JsonNode r = http("LedgerFunction", "POST", "/api/pools", "/api/pools", null, Map.of(), auth.tokenFor("finance"),
                    "{\"id\":\"pool-2026\",\"name\":\"Livsmestermidler 2026\",\"ownerUnit\":\"Voksenhandicap\","
                            + "\"windowFrom\":\"2026-01-01\",\"windowTo\":\"2027-12-31\",\"totalOre\":50000000}");
            int status = r.get("statusCode").asInt();
            assertTrue(status == 201 || status == 409, "pool opened (or already open): " + r);
        }
    }

    static String awaitMessageAbout(String queueUrl, String subjectId) throws InterruptedException {
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            for (Message m : aws.sqs().receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1)).messages()) {
                aws.sqs().deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(m.receiptHandle()));
                if (m.body().contains(subjectId)) {
                    return m.body();
                }
            }
        }
        throw new AssertionError("No message about " + subjectId + " on " + queueUrl);
    }

    /** Init times as measured here, for docs/benchmarks.md (issue 12). */
    static void writeInitTable() throws IOException {
        StringBuilder t = new StringBuilder();
        t.append("Init under the Runtime Interface Client, ").append(PARALLEL).append(" JVMs initialising at once on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores (").append(System.getProperty("java.vm.name"))
                .append(' ').append(System.getProperty("java.version")).append(")\n\n")
                .append("| Function | Handler | Init (ms): process start to restore/next | Restore to first /next (ms) | First invocation (ms) |\n")
                .append("|---|---|---:|---:|---:|\n");
        inits.forEach((id, init) -> {
            String handler = sandboxes.containsKey(id) ? sandboxes.get(id).function().handler() : "";
            if (init instanceof LambdaSandbox.Timing ignored) {
                LambdaSandbox.Timing tm = sandboxes.get(id).timing();
                t.append("| ").append(id).append(" | `").append(handler).append("` | ").append(tm.initMs()).append(" | ")
                        .append(tm.restoreMs()).append(" | ").append(tm.firstInvokeMs() < 0 ? "–" : tm.firstInvokeMs()).append(" |\n");
            } else {
                t.append("| ").append(id).append(" | `").append(handler).append("` | failed | | |\n");
            }
        });
        Files.createDirectories(work);
        Files.writeString(work.resolve("init-times.md"), t);
        System.out.println(t);
    }
}
