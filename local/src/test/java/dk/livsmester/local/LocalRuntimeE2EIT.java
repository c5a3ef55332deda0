package dk.livsmester.local;

import com.fasterxml.jackson.databind.JsonNode;
import dk.livsmester.local.Api.Reply;
import dk.livsmester.localaws.CfnTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Starts the local runtime as the first Quick start command does (fresh data folder, free port) and drives the thin
 * slice over HTTP: application → review queue → findings → team approval → pool; guide request → matching queue →
 * proposal → coordinator approval. Then every protected route refuses a missing token, and a restart keeps the data.
 */
class LocalRuntimeE2EIT {
    static Path dataDir;
    static Path root;
    static LocalRuntime runtime;
    static URI base;

    @BeforeAll
    static void start() throws IOException {
        root = CfnTemplate.locate(Path.of("")).getParent();
        dataDir = Files.createTempDirectory("livsmester-e2e");
        runtime = LocalRuntime.start(new RuntimeSettings(0, dataDir, root));
        base = runtime.baseUrl();
    }

    @AfterAll
    static void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    static Reply call(String method, String path, String token, Object body) throws Exception {
        return Api.call(base, method, path, token, body);
    }

    static String token(String role) throws Exception {
        return Api.token(base, role);
    }

    static JsonNode await(String path, String token, Predicate<JsonNode> done) throws Exception {
        return Api.await(base, path, token, done, 30);
    }

    static String applicationJson(String headline, long amountOre) {
        return """
                {"poolId":"pool-2026","applicants":[{"name":"Sofie Krogh","birthDate":"2002-03-04","address":"Prøvevej 3, 8200 Aarhus N",
                "email":"sofie@example.org","phone":"+45 21 21 21 21","receivesAdultDisabilitySupport":true}],
                "contactPerson":{"name":"Anders Fjord","role":"kontaktperson","email":"anders@example.org","phone":"+45 31 31 31 31"},
                "citizenCentre":"Borgercenter Nord","wish":{"headline":"%s","description":"Jeg vil gerne lære at synge sammen med andre.",
                "howItHelps":"Jeg bliver gladere og tør være sammen med andre mennesker i et kor."},
                "subGoal":{"text":"Jeg går til kor en gang om ugen i et halvt år.","lifeTheme":"Socialt liv og Aktiviteter","baseline":2,"target":6},
                "category":"ACTIVITIES","appliedFor":"Sangundervisning","period":{"from":"2026-12-01","to":"2027-06-30"},
                "costLines":[{"item":"Sangtimer","amountOre":%d,"supplier":"Musikskolen"}],"alreadyFinanced":false,"submit":true}
                """.formatted(headline, amountOre);
    }

    @Test
    void theSliceRunsEndToEnd_overHttp() throws Exception {
        assertEquals(200, call("GET", "/api/health", null, null).status());
        assertEquals(200, call("GET", "/", null, null).status(), "the web pages are served from the same origin");
        String finance = token("finance");
        JsonNode pool = call("GET", "/api/pools/pool-2026", finance, null).body();
        long before = pool.get("availableOre").asLong();
        assertEquals(50_000_000L, pool.get("totalOre").asLong(), "the demo pool holds 500,000 DKK");

        String contact = token("contact-person");
        Reply created = call("POST", "/api/applications", contact, applicationJson("Sangundervisning", 450_000));
        assertEquals(201, created.status(), String.valueOf(created.body()));
        String id = created.body().get("id").asText();
        assertEquals("SUBMITTED", created.body().get("status").asText());

        String code = created.body().get("confirmationCode").asText();
        String citizen = token("citizen");
        assertEquals(404, call("GET", "/api/applications/" + id, citizen, null).status(), "not the citizen's yet");
        assertEquals(404, call("POST", "/api/applications/" + id + "/confirmations", citizen,
                Map.of("code", code.equals("000000") ? "111111" : "000000")).status(), "a wrong code confirms nothing");
        Reply confirmed = call("POST", "/api/applications/" + id + "/confirmations", citizen, Map.of("code", code));
        assertEquals(200, confirmed.status(), String.valueOf(confirmed.body()));
        assertEquals(2, confirmed.body().get("confirmations").size(), "contact person (by submitting) and citizen");
        assertFalse(confirmed.body().has("confirmationCode"), "the code is never shown in the application");
        assertEquals(200, call("GET", "/api/applications/" + id, citizen, null).status(), "now the citizen can follow it");

        JsonNode reviewed = await("/api/applications/" + id, contact, a -> a.get("status").asText().equals("IN_REVIEW"));
        assertTrue(reviewed.get("findings").isArray());
        assertFalse(reviewed.get("dueDate").isNull());

        String team = token("team");
        Reply decided = call("POST", "/api/applications/" + id + "/decision", team, Map.of("outcome", "APPROVED"));
        assertEquals(200, decided.status(), String.valueOf(decided.body()));
        assertEquals(450_000, decided.body().get("grantedOre").asLong());
        Reply again = call("POST", "/api/applications/" + id + "/decision", team, Map.of("outcome", "APPROVED"));
        assertEquals(200, again.status(), "the same decision again returns the first result");
        Reply contrary = call("POST", "/api/applications/" + id + "/decision", team,
                Map.of("outcome", "REJECTED", "reasonCodes", new String[]{"R2"}, "text", "nej"));
        assertEquals(409, contrary.status());

        JsonNode after = call("GET", "/api/pools/pool-2026", finance, null).body();
        assertEquals(before - 450_000, after.get("availableOre").asLong());
        assertEquals(450_000, after.get("committedOre").asLong() - pool.get("committedOre").asLong());
        await("/api/applications/" + id + "/letters", contact, l -> l.size() == 2);

        String coordinator = token("coordinator");
        Reply request = call("POST", "/api/guide-requests", contact, Map.of("citizenName", "Jonas Lykke",
                "citizenDisability", "INTELLECTUAL_DISABILITY", "needs", "Vil gerne lære at tage bussen til værkstedet",
                "taskType", "BUS_TRAINING", "sameDisabilityPreferred", true, "area", "Nord"));
        assertEquals(201, request.status(), String.valueOf(request.body()));
        String requestId = request.body().get("id").asText();
        JsonNode proposals = await("/api/matches?status=PROPOSED", coordinator, m -> {
            for (JsonNode n : m.get("items")) {
                if (n.get("requestId").asText().equals(requestId)) {
                    return true;
                }
            }
            return false;
        });
        String matchId = null;
        for (JsonNode n : proposals.get("items")) {
            if (n.get("requestId").asText().equals(requestId)) {
                matchId = n.get("id").asText();
                assertTrue(n.get("score").asInt() > 0);
                assertTrue(n.get("scoreParts").has("taskFit"));
            }
        }
        Reply approved = call("POST", "/api/matches/" + matchId + "/approve", coordinator, Map.of());
        assertEquals(200, approved.status(), String.valueOf(approved.body()));
        assertEquals("MATCHED", call("GET", "/api/guide-requests/" + requestId, contact, null).body().get("status").asText());
    }

    @Test
    void everyProtectedRoute_refusesAMissingOrForgedToken_andWrongRolesAreForbidden() throws Exception {
        CfnTemplate template = CfnTemplate.load(root.resolve("template.yaml"));
        int checked = 0;
        for (CfnTemplate.FunctionSpec f : template.functions()) {
            for (CfnTemplate.HttpRoute r : f.routes()) {
                if (r.authorizerNone()) {
                    continue;
                }
                String path = r.path().replaceAll("\\{[^}]+}", "x-1");
                Object body = r.method().equals("GET") ? null : "{}";
                // The gateway's JWT authorizer answers first, as API Gateway's does (the functions' own check is
                // proven under the Lambda runtime, lambda-tests/).
                for (String token : new String[]{null, "forged.token.value"}) {
                    Reply refused = call(r.method(), path, token, body);
                    assertEquals(401, refused.status(), r.method() + " " + r.path());
                    assertEquals("Unauthorized", refused.body().get("message").asText(), r.method() + " " + r.path());
                }
                checked++;
            }
        }
        assertTrue(checked >= 15);
        assertEquals(403, call("POST", "/api/applications/x-1/decision", token("citizen"), Map.of("outcome", "APPROVED")).status());
        assertEquals(403, call("POST", "/api/guides", token("finance"), Map.of("name", "X")).status());
        assertEquals(403, call("GET", "/api/matches", token("contact-person"), null).status());
        assertEquals(403, call("GET", "/api/applications?status=SUBMITTED", token("citizen"), null).status());
        assertEquals(403, call("POST", "/api/applications", token("finance"), applicationJson("Dans", 100_000)).status());
    }

    @Test
    void badInput_getsAMessagePerField_inDanishAndEnglish_andWritesNothing() throws Exception {
        String team = token("team");
        int before = call("GET", "/api/applications?status=SUBMITTED&limit=100", team, null).body().get("items").size()
                + call("GET", "/api/applications?status=DRAFT&limit=100", team, null).body().get("items").size();
        String bad = applicationJson("Dans", -5).replace("\"2002-03-04\"", "\"2999-01-01\"");
        Reply r = call("POST", "/api/applications", token("contact-person"), bad);
        assertEquals(400, r.status());
        assertEquals("INVALID_INPUT", r.body().get("code").asText());
        boolean amount = false;
        boolean birth = false;
        for (JsonNode e : r.body().get("errors")) {
            assertFalse(e.get("da").asText().isBlank());
            assertFalse(e.get("en").asText().isBlank());
            amount |= e.get("field").asText().equals("costLines[0].amountOre");
            birth |= e.get("field").asText().equals("applicants[0].birthDate");
        }
        assertTrue(amount && birth, r.body().toString());
        Reply notJson = call("POST", "/api/applications", token("contact-person"), "{\"costLines\": \"many\"");
        assertEquals(400, notJson.status());
        int after = call("GET", "/api/applications?status=SUBMITTED&limit=100", team, null).body().get("items").size()
                + call("GET", "/api/applications?status=DRAFT&limit=100", team, null).body().get("items").size();
        assertEquals(before, after, "nothing was written");
    }

    @Test
    void aRestartKeepsTheData_andLoadsTheDemoDataOnlyOnce() throws Exception {
        String coordinator = token("coordinator");
        int guides = call("GET", "/api/guides", coordinator, null).body().size();
        assertEquals(19, guides);
        runtime.close();
        runtime = LocalRuntime.start(new RuntimeSettings(0, dataDir, root));
        base = runtime.baseUrl();
        assertEquals(19, call("GET", "/api/guides", token("coordinator"), null).body().size());
        assertEquals(200, call("GET", "/api/pools/pool-2026", token("finance"), null).status());
    }
}
