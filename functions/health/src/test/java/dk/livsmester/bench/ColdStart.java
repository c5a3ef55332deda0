package dk.livsmester.bench;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import dk.livsmester.localaws.LocalLambdaContext;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Cold start: the time from starting a fresh JVM to the first response of one HTTP function (the Micronaut
 * HealthHandler) beside a plain Jackson handler doing the same work, measured in the same run, alternating, median of N.
 * Run by local/bench/cold-start.sh; never a unit test.
 */
public final class ColdStart {
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            child(args[1]);
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        String cp = System.getProperty("java.class.path");
        Map<String, String> handlers = Map.of(
                "Micronaut HealthHandler (the deployed function)", "dk.livsmester.health.HealthHandler",
                "plain RequestHandler + Jackson (baseline)", PlainHealthHandler.class.getName());
        Map<String, List<Double>> times = new java.util.LinkedHashMap<>();
        handlers.keySet().forEach(k -> times.put(k, new ArrayList<>()));
        for (int i = 0; i < runs; i++) {
            for (Map.Entry<String, String> h : handlers.entrySet()) {
                times.get(h.getKey()).add(measure(cp, h.getValue()));
            }
        }
        System.out.printf("| handler | median ms (of %d) | min ms | max ms |%n|---|---|---|---|%n", runs);
        double micronaut = 0;
        double plain = 0;
        for (Map.Entry<String, List<Double>> e : times.entrySet()) {
            List<Double> t = new ArrayList<>(e.getValue());
            Collections.sort(t);
            double median = t.get(t.size() / 2);
            System.out.printf("| %s | %.0f | %.0f | %.0f |%n", e.getKey(), median, t.get(0), t.get(t.size() - 1));
            if (e.getKey().startsWith("Micronaut")) {
                micronaut = median;
            } else {
                plain = median;
            }
        }
        System.out.printf("%nratio Micronaut / plain: %.2f%n", micronaut / plain);
    }

    /** Wall time from starting the child JVM to the line that says it answered. */
    private static double measure(String cp, String handler) throws Exception {
        long t0 = System.nanoTime();
        // The configuration template.yaml gives every function (Micronaut's Lambda handlers start all singletons).
        List<String> command = new ArrayList<>(List.of(javaBin(), "-XX:TieredStopAtLevel=1", "-cp", cp));
        for (String t : List.of("applications", "budget", "guides", "events")) {
            command.add("-Dlivsmester.tables." + t + "=bench-" + t);
        }
        command.addAll(List.of("-Daws.accessKeyId=bench", "-Daws.secretAccessKey=bench",
                ColdStart.class.getName(), "child", handler));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("ANSWERED 200")) {
                    double ms = (System.nanoTime() - t0) / 1e6;
                    p.destroy();
                    p.waitFor();
                    return ms;
                }
            }
        }
        throw new IllegalStateException(handler + " did not answer 200");
    }

    private static String javaBin() {
        return System.getProperty("java.home") + "/bin/java";
    }

    @SuppressWarnings("unchecked")
    private static void child(String handlerClass) throws Exception {
        RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler =
                (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>) Class.forName(handlerClass)
                        .getDeclaredConstructor().newInstance();
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRouteKey("GET /api/health")
                .withRawPath("/api/health").withRawQueryString("").withHeaders(Map.of("accept", "application/json"))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withStage("$default")
                        .withRequestId("bench").withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod("GET").withPath("/api/health").withProtocol("HTTP/1.1").withSourceIp("127.0.0.1").build())
                        .build())
                .build();
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, new LocalLambdaContext("bench", 20));
        System.out.println("ANSWERED " + response.getStatusCode() + " " + response.getBody());
        System.exit(0);
    }
}
