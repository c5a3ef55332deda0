package dk.livsmester.local;

import com.fasterxml.jackson.databind.JsonNode;
import dk.livsmester.local.Api.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * F11 end to end: the local runtime as its own process (the Quick start's, queues kept in its data folder), SIGKILLed
 * while contact persons submit applications and the team approves others, then started again on the same data.
 * Within a bound every application whose create was answered 201 is reviewed (none stays SUBMITTED), every approval
 * answered 200 is APPROVED with exactly one decision letter, and the pool adds up: available + committed + disbursed
 * = total, the committed sum is the approved grants, and the ledger reconciles with no drift.
 */
class CrashRecoveryE2EIT {
    static final long GRANT = 100_000;
    /** Messages in flight at the kill come back after the queues' visibility timeout (180 s); the relay runs every minute. */
    static final int RECOVERY_SECONDS = 420;

    Process runtime;

    @AfterEach
    void stop() throws InterruptedException {
        if (runtime != null && runtime.isAlive()) {
            runtime.destroy();
            if (!runtime.waitFor(60, TimeUnit.SECONDS)) {
                runtime.destroyForcibly();
            }
        }
    }

    /** {@code java -cp <this test's classpath> LocalRuntime} in the project, on a free port and the given data folder. */
    Process start(Path data, int port, String log) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LocalRuntime.class.getName())
                .directory(SecurityRuntime.ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(data.resolve(log).toFile());
        pb.environment().put("PORT", String.valueOf(port));
        pb.environment().put("DATA_DIR", data.toString());
        pb.environment().remove("LIVSMESTER_LOCAL_QUEUES");
        pb.environment().remove("LIVSMESTER_LOCAL_AWS");
        Process p = pb.start();
        URI base = base(port);
        long until = System.currentTimeMillis() + 400_000;
        while (System.currentTimeMillis() < until) {
            if (!p.isAlive()) {
                throw new AssertionError("The runtime ended with " + p.exitValue() + "; see " + data.resolve(log));
            }
            try {
                if (Api.call(base, "GET", "/api/health", null, null).status() == 200) {
                    return p;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The runtime did not become ready; see " + data.resolve(log));
    }

    static URI base(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static String application(String poolId, int n) {
        return LocalRuntimeE2EIT.applicationJson("Kor " + n, GRANT).replace("\"pool-2026\"", "\"" + poolId + "\"");
    }

    @Test
    void aSigkillUnderLoad_losesNoReviewNoLetterAndNoMoney() throws Exception {
        Path data = Files.createTempDirectory("livsmester-crash");
        int port = freePort();
        runtime = start(data, port, "runtime-1.log");
        URI base = base(port);
        String finance = Api.token(base, "finance");
        String poolId = "crash-" + System.nanoTime() % 1_000_000;
        LocalDate today = LocalDate.now();
        Reply pool = Api.call(base, "POST", "/api/pools", finance, Map.of("id", poolId, "name", "Crash test pool",
                "ownerUnit", "Test", "windowFrom", today.minusDays(30).toString(), "windowTo", today.plusDays(365).toString(),
                "totalOre", 100_000_000L, "citizenConfirmationRequired", false));
        assertEquals(201, pool.status(), String.valueOf(pool.body()));

        // Applications in review for the team to approve under load.
        String contact = Api.token(base, "contact-person");
        String team = Api.token(base, "team");
        List<String> toApprove = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Reply r = Api.call(base, "POST", "/api/applications", contact, application(poolId, i));
            assertEquals(201, r.status(), String.valueOf(r.body()));
            toApprove.add(r.body().get("id").asText());
        }
        for (String id : toApprove) {
            Api.await(base, "/api/applications/" + id, team, a -> a.path("status").asText().equals("IN_REVIEW"), 120);
        }

        Set<String> created = ConcurrentHashMap.newKeySet();
        Set<String> approved = ConcurrentHashMap.newKeySet();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService load = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 4; t++) {
            int thread = t;
            load.submit(() -> {
                for (int n = 0; !killed.get(); n++) {
                    try {
                        Reply r = Api.call(base, "POST", "/api/applications", contact, application(poolId, 1000 * thread + n));
                        if (r.status() == 201) {
                            created.add(r.body().get("id").asText());
                        }
                    } catch (Exception refused) {
                        return null;
                    }
                }
                return null;
            });
        }
        for (int t = 0; t < 4; t++) {
            int thread = t;
            load.submit(() -> {
                for (int i = thread; i < toApprove.size() && !killed.get(); i += 4) {
                    try {
                        Reply r = Api.call(base, "POST", "/api/applications/" + toApprove.get(i) + "/decision", team,
                                Map.of("outcome", "APPROVED"));
                        if (r.status() == 200) {
                            approved.add(toApprove.get(i));
                        }
                    } catch (Exception refused) {
                        return null;
                    }
                }
                return null;
            });
        }
        long until = System.currentTimeMillis() + 120_000;
        while (approved.size() < 15 && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        runtime.destroyForcibly();
        killed.set(true);
        assertTrue(runtime.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, runtime.exitValue(), "killed by SIGKILL (128 + 9)");
        load.shutdown();
        assertTrue(load.awaitTermination(60, TimeUnit.SECONDS));
        assertTrue(approved.size() >= 15 && approved.size() < toApprove.size(), "killed mid-approvals: " + approved.size());
        assertTrue(!created.isEmpty(), "killed mid-creates");

        int port2 = freePort();
        runtime = start(data, port2, "runtime-2.log");
        URI again = base(port2);
        String team2 = Api.token(again, "team");
        String finance2 = Api.token(again, "finance");
        long deadline = System.currentTimeMillis() + RECOVERY_SECONDS * 1000L;
        for (String id : created) {
            awaitUntil(again, "/api/applications/" + id, team2, a -> !a.path("status").asText().equals("SUBMITTED"), deadline);
        }
        long committed = 0;
        for (String id : toApprove) {
            JsonNode app = Api.call(again, "GET", "/api/applications/" + id, team2, null).body();
            String status = app.path("status").asText();
            if (approved.contains(id)) {
                assertEquals("APPROVED", status, id);
            }
            if (status.equals("APPROVED")) {
                committed += GRANT;
                JsonNode letters = awaitUntil(again, "/api/applications/" + id + "/letters", team2,
                        l -> count(l, "DECISION") >= 1, deadline);
                assertEquals(1, count(letters, "DECISION"), "one decision letter: " + letters);
                assertEquals(1, count(letters, "RECEIPT"), "one receipt: " + letters);
            } else {
                assertEquals("IN_REVIEW", status, "an approval is all or nothing: " + id);
            }
        }
        JsonNode figures = Api.call(again, "GET", "/api/pools/" + poolId, finance2, null).body();
        long total = figures.get("totalOre").asLong();
        assertEquals(total, figures.get("availableOre").asLong() + figures.get("committedOre").asLong()
                + figures.get("disbursedOre").asLong(), figures.toString());
        assertEquals(committed, figures.get("committedOre").asLong(), "committed = the approved grants: " + figures);
        Reply reconciled = Api.call(again, "POST", "/api/pools/" + poolId + "/reconciliation", finance2, null);
        assertEquals(200, reconciled.status(), String.valueOf(reconciled.body()));
        assertEquals(0, reconciled.body().get("driftOre").asLong(), reconciled.body().toString());
        assertTrue(reconciled.body().get("ok").asBoolean(), reconciled.body().toString());
        System.out.printf("crash test: %d approvals and %d creates acknowledged before the kill; %d granted in all;"
                + " recovered in %d s after the restart%n", approved.size(), created.size(), committed / GRANT,
                (System.currentTimeMillis() - (deadline - RECOVERY_SECONDS * 1000L)) / 1000);
    }

    static long count(JsonNode letters, String kind) {
        long n = 0;
        for (JsonNode l : letters.isArray() ? letters : letters.path("items")) {
            n += l.path("kind").asText().equals(kind) ? 1 : 0;
        }
        return n;
    }

    static JsonNode awaitUntil(URI base, String path, String token, java.util.function.Predicate<JsonNode> done,
                               long deadline) throws Exception {
        int seconds = (int) Math.max(1, (deadline - System.currentTimeMillis()) / 1000);
        return Api.await(base, path, token, done, seconds);
    }
}
