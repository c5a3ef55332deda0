package dk.livsmester.lambdatests;

import dk.livsmester.lambdatests.bench.PlainSdkHandler;
import dk.livsmester.local.LocalAuth;
import dk.livsmester.localaws.CfnTemplate;
import dk.livsmester.localaws.CfnTemplate.FunctionSpec;
import dk.livsmester.localaws.LocalAws;
import dk.livsmester.localaws.Provisioner;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cold starts as a citizen meets them: every HTTP function's deployable jar, unpacked as Lambda unpacks it, in a fresh
 * JVM under the real Runtime Interface Client, to its first answer to a real request with a real token that reads
 * DynamoDB Local; beside a plain SDK handler (no framework) doing one query from the same task folder. Each with and
 * without the function's AOT cache (made first by one training run of the same request), alternating, median of N.
 * Not a test (no assertion, never in `verify`): local/bench/cold-start.sh runs it and prints the table.
 */
public class ColdStartBench {
    /** Also runnable without Maven, on the lambda-tests test class path (local/bench/cold-start.sh uses Maven). */
    public static void main(String[] args) throws Exception {
        new ColdStartBench().coldStarts();
    }

    record Probe(String function, String method, String route, String path, Map<String, String> params, String role,
                 String body) {
    }

    static final List<Probe> PROBES = List.of(
            new Probe("HealthFunction", "GET", "/api/health", "/api/health", Map.of(), null, null),
            new Probe("ApplicationsFunction", "GET", "/api/applications/queue", "/api/applications/queue", Map.of(), "team", null),
            new Probe("DecisionsFunction", "POST", "/api/applications/{id}/decision", "/api/applications/app-none/decision",
                    Map.of("id", "app-none"), "team", "{\"outcome\":\"APPROVED\",\"reason\":\"bench\"}"),
            new Probe("PoolsFunction", "GET", "/api/pools", "/api/pools", Map.of(), "finance", null),
            new Probe("GuidesFunction", "GET", "/api/guides", "/api/guides", Map.of(), "coordinator", null),
            new Probe("MatchesFunction", "GET", "/api/matches", "/api/matches", Map.of(), "coordinator", null),
            new Probe("LedgerFunction", "POST", "/api/applications/{id}/close", "/api/applications/app-none/close",
                    Map.of("id", "app-none"), "finance", "{}"),
            new Probe("NoticesFunction", "GET", "/api/notices", "/api/notices", Map.of(), "team", null),
            new Probe("PlainSdkBaseline", "GET", "/api/applications/queue", "/api/applications/queue", Map.of(), "team", null));

    record Run(long firstAnswerMs, long initMs, long invokeMs, long rssKb, int status) {
    }

    @Test
    void coldStarts() throws Exception {
        int runs = Integer.getInteger("bench.runs", 7);
        // -Dbench.functions=HealthFunction,PlainSdkBaseline: only these (the baseline is needed for the ratio).
        String only = System.getProperty("bench.functions", "");
        List<Probe> probes = PROBES.stream().filter(p -> only.isBlank() || List.of(only.split(",")).contains(p.function()))
                .toList();
        Path root = CfnTemplate.locate(Path.of("")).getParent();
        Path work = Path.of(System.getProperty("lambda.work.dir", "target/lambda")).toAbsolutePath().resolve("bench");
        Path runtimeDir = Path.of(System.getProperty("lambda.runtime.dir", "target/lambda-runtime")).toAbsolutePath();
        Path tasks = LambdaRuntimeIT.taskFolder(work);
        CfnTemplate template = CfnTemplate.load(root.resolve("template.yaml"));
        Events events = new Events(root);
        try (LocalAws aws = LocalAws.inMemory()) {
            LocalAuth auth = LocalAuth.load(Files.createTempDirectory("bench-auth"), "https://livsmester.local.example");
            HttpServer jwks = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
            byte[] keys = auth.jwks().getBytes(StandardCharsets.UTF_8);
            jwks.createContext("/.well-known/jwks.json", ex -> {
                ex.sendResponseHeaders(200, keys.length);
                try (OutputStream os = ex.getResponseBody()) {
                    os.write(keys);
                }
            });
            jwks.start();
            Map<String, String> overrides = LambdaRuntimeIT.localOverrides(aws, auth,
                    URI.create("http://127.0.0.1:" + jwks.getAddress().getPort() + "/.well-known/jwks.json"));
            Map<String, FunctionSpec> specs = new LinkedHashMap<>();
            Map<String, Path> taskRoots = new LinkedHashMap<>();
            for (Probe p : probes) {
                boolean baseline = p.function().equals("PlainSdkBaseline");
                FunctionSpec f = template.functions().stream()
                        .filter(s -> s.logicalId().equals(baseline ? "ApplicationsFunction" : p.function())).findFirst().orElseThrow();
                if (baseline) {
                    f = new FunctionSpec(p.function(), PlainSdkHandler.class.getName(), f.timeoutSeconds(), f.environment(),
                            List.of(), List.of(), List.of(), f.codeUri(), f.memorySize(), f.runtime(), false);
                }
                Path task = tasks.resolve(p.function());
                LambdaSandbox.unpack(root.resolve(f.codeUri()), task);
                if (baseline) {
                    // The baseline's one class beside the applications function's jars: the same SDK, Jackson, client.
                    String name = PlainSdkHandler.class.getName().replace('.', '/') + ".class";
                    Path target = task.resolve(name);
                    Files.createDirectories(target.getParent());
                    try (var in = PlainSdkHandler.class.getClassLoader().getResourceAsStream(name)) {
                        Files.copy(in, target);
                    }
                }
                specs.put(p.function(), f);
                taskRoots.put(p.function(), task);
            }
            // Training: one run of each, with the request it is measured with, writes task/function.aot.
            for (Probe p : probes) {
                run(p, specs.get(p.function()), taskRoots.get(p.function()), runtimeDir, work, aws, auth, overrides, events,
                        "-XX:AOTCacheOutput=" + LambdaSandbox.AOT_CACHE);
            }
            Map<String, List<Run>> results = new LinkedHashMap<>();
            for (int i = 0; i < runs; i++) {
                for (String variant : List.of("JIT", "AOT")) {
                    for (Probe p : probes) {
                        results.computeIfAbsent(p.function() + " " + variant, k -> new ArrayList<>())
                                .add(run(p, specs.get(p.function()), taskRoots.get(p.function()), runtimeDir, work, aws, auth,
                                        overrides, events, variant.equals("AOT") ? "-XX:AOTCache=" + LambdaSandbox.AOT_CACHE : null));
                    }
                }
            }
            jwks.stop(0);
            String table = table(results, runs);
            Files.writeString(work.resolve("cold-starts.md"), table);
            System.out.println(table);
            LambdaSandbox.delete(tasks);
        }
    }

    /** One fresh JVM: start, init (SnapStart's hooks included), the first request, its answer; then stopped. */
    static Run run(Probe p, FunctionSpec f, Path task, Path runtimeDir, Path work, LocalAws aws, LocalAuth auth,
                   Map<String, String> overrides, Events events, String javaToolOptions) throws Exception {
        Provisioner.Resources.Resolved env = aws.environment(f, LambdaRuntimeIT.PARAMETERS);
        Map<String, String> values = new LinkedHashMap<>(env.values());
        values.remove("JAVA_TOOL_OPTIONS");
        if (javaToolOptions != null) {
            values.put("JAVA_TOOL_OPTIONS", javaToolOptions);
        }
        Map<String, String> own = new LinkedHashMap<>(overrides);
        own.keySet().removeIf(k -> !aws.endpointOverrides().containsKey(k) && !env.unresolved().contains(k));
        try (LambdaSandbox s = LambdaSandbox.start(f, task, runtimeDir, work.resolve("logs"), values, own, Provisioner.REGION)) {
            LambdaSandbox.Timing init = s.awaitReady(LambdaRuntimeIT.INIT_TIMEOUT);
            String token = p.role() == null ? null : auth.tokenFor(p.role());
            String event = events.http(p.method(), p.route(), p.path(), null, p.params(), token, p.body(),
                    token == null ? null : auth.authorizerClaims(token));
            RuntimeApiEmulator.Result r = s.invoke(event);
            long answered = s.sinceStartMs();
            int status = r.error() ? 0 : Events.JSON.readTree(r.body()).path("statusCode").asInt();
            return new Run(answered, init.initMs(), r.durationMs(), s.rssKb(), status);
        }
    }

    static String table(Map<String, List<Run>> results, int runs) {
        StringBuilder sb = new StringBuilder();
        sb.append("| function | cache | first answer ms (median of ").append(runs).append(") | min–max | init ms | ")
                .append("first request ms (after restore) | RSS MB | status | × plain SDK |\n|---|---|---|---|---|---|---|---|---|\n");
        Map<String, Long> baseline = new LinkedHashMap<>();
        for (String v : List.of("JIT", "AOT")) {
            baseline.put(v, median(results.get("PlainSdkBaseline " + v).stream().map(Run::firstAnswerMs).toList()));
        }
        results.forEach((key, list) -> {
            String[] parts = key.split(" ");
            List<Long> first = list.stream().map(Run::firstAnswerMs).sorted().toList();
            long median = median(first);
            sb.append("| ").append(parts[0]).append(" | ").append(parts[1].equals("AOT") ? "AOT cache" : "none")
                    .append(" | ").append(median).append(" | ").append(first.get(0)).append("–").append(first.get(first.size() - 1))
                    .append(" | ").append(median(list.stream().map(Run::initMs).toList()))
                    .append(" | ").append(median(list.stream().map(Run::invokeMs).toList()))
                    .append(" | ").append(median(list.stream().map(Run::rssKb).toList()) / 1024)
                    .append(" | ").append(list.get(0).status())
                    .append(" | ").append(String.format("%.2f", median / (double) baseline.get(parts[1]))).append(" |\n");
        });
        return sb.toString();
    }

    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
