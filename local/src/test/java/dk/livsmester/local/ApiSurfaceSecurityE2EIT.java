package dk.livsmester.local;

import com.fasterxml.jackson.databind.JsonNode;
import dk.livsmester.local.SecurityRuntime.Reply;
import dk.livsmester.localaws.CfnTemplate.HttpRoute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static dk.livsmester.local.SecurityRuntime.application;
import static dk.livsmester.local.SecurityRuntime.call;
import static dk.livsmester.local.SecurityRuntime.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The API's surface, generated from template.yaml's routes: a role × route matrix (no token is 401, no role ever
 * gets a 5xx, nobody but the staff who may reads a list of other people's data), a fuzz of every write route (broken
 * JSON, wrong types, a huge and a deep body, unicode) that must answer 4xx naming a field and write nothing, and the
 * edge checks (F7: cursors and ids). Counts are printed for docs/security.md.
 */
class ApiSurfaceSecurityE2EIT {
    static final List<String> ROLES = List.of("citizen-emil", "contact-anders", "team-karim", "coordinator-rasmus",
            "guide-ida", "finance-peter", "auditor-bente", "admin-demo");
    static final Set<String> OPEN = Set.of("/api/health", "/api/openapi.yml", "/api/public/decisions-report",
            "/api/public/decisions-report.csv");
    /** Actions that take no body, so whatever is sent is ignored: they must still never answer 5xx. */
    static final Set<String> BODYLESS = Set.of("POST /api/matching-runs", "POST /api/matches/{id}/accept",
            "POST /api/matches/{id}/decline");
    static final Map<String, String> TOKENS = new LinkedHashMap<>();
    static List<HttpRoute> routes;

    @BeforeAll
    static void tokens() {
        routes = SecurityRuntime.routes();
        ROLES.forEach(r -> TOKENS.put(r, token(r)));
    }

    /** A concrete path for a route: every path parameter an id nobody has. */
    static String path(HttpRoute r) {
        return r.path().replaceAll("\\{no}", "1").replaceAll("\\{[A-Za-z]+}", "x-nobody-has-this");
    }

    @Test
    void roleByRoute_noTokenIs401_noRoleEverGets5xx() {
        Map<Integer, Integer> statuses = new TreeMap<>();
        int checks = 0;
        for (HttpRoute r : routes) {
            Reply anonymous = call(r.method(), path(r), null, r.method().equals("GET") ? null : "{}");
            if (!OPEN.contains(r.path())) {
                assertEquals(401, anonymous.status(), r.method() + " " + r.path() + " without a token");
            }
            for (String role : ROLES) {
                Reply reply = call(r.method(), path(r), TOKENS.get(role), r.method().equals("GET") ? null : "{}");
                assertTrue(reply.status() < 500, role + " " + r.method() + " " + r.path() + " -> " + reply.status() + " " + reply.text());
                statuses.merge(reply.status(), 1, Integer::sum);
                checks++;
            }
        }
        System.out.printf("security: role x route matrix routes=%d checks=%d statuses=%s%n", routes.size(), checks + routes.size(), statuses);
    }

    @Test
    void peopleWhoDoNotDecide_readNoOneElsesLists() {
        // The lists of everyone's applications, the queue, the ledger and the alerts are the staff's.
        List<String> staffLists = List.of("/api/applications?status=SUBMITTED", "/api/applications/queue",
                "/api/pools/pool-2026/ledger", "/api/alerts", "/api/guide-requests?status=OPEN");
        for (String who : List.of("citizen-emil", "contact-anders", "guide-ida", "auditor-bente")) {
            for (String list : staffLists) {
                int status = call("GET", list, TOKENS.get(who), null).status();
                assertTrue(status == 403 || status == 404, who + " " + list + " -> " + status);
            }
        }
    }

    @Test
    void objectLevelAccess_otherPeoplesApplicationsAndRequests_areNotFound() {
        JsonNode app = application("contact-maja", "Object level access");
        String id = app.get("id").asText();
        for (String other : List.of("citizen-emil", "contact-anders", "guide-ida", "coordinator-rasmus")) {
            for (String sub : List.of("", "/letters", "/audit", "/notes")) {
                int status = call("GET", "/api/applications/" + id + sub, TOKENS.get(other), null).status();
                assertTrue(status == 403 || status == 404, other + " GET application" + sub + " -> " + status);
            }
            int revise = call("PUT", "/api/applications/" + id, TOKENS.get(other), SecurityRuntime.applicationJson("x", 1000, false)).status();
            assertTrue(revise == 403 || revise == 404, other + " PUT -> " + revise);
        }
        Reply request = call("POST", "/api/guide-requests", token("contact-maja"), Map.of("citizenName", "Jonas Lykke",
                "citizenDisability", "INTELLECTUAL_DISABILITY", "needs", "Vil gerne lære at tage bussen",
                "taskType", "BUS_TRAINING", "sameDisabilityPreferred", true, "area", "Nord"));
        assertEquals(201, request.status(), request.text());
        String rid = request.json().get("id").asText();
        for (String other : List.of("citizen-emil", "contact-anders", "guide-ida")) {
            int status = call("GET", "/api/guide-requests/" + rid, TOKENS.get(other), null).status();
            assertTrue(status == 403 || status == 404, other + " GET guide request -> " + status);
        }
    }

    /** Bodies no write route may accept. */
    static Map<String, String> fuzzBodies() {
        Map<String, String> b = new LinkedHashMap<>();
        b.put("broken JSON", "{\"a\": ");
        b.put("not an object", "[1,2,3]");
        b.put("a number", "42");
        b.put("a string", "\"0102031234\"");
        b.put("wrong types", "{\"poolId\":[1],\"name\":{\"x\":1},\"amountOre\":\"100\",\"capacity\":1.5,\"status\":7,"
                + "\"text\":[\"0102031234\"],\"grantedOre\":0.5,\"code\":123,\"citizenName\":true,\"period\":5}");
        b.put("deep", "[".repeat(5_000) + "]".repeat(5_000));
        b.put("huge", "{\"name\":\"" + "x".repeat(1_000_000) + "\"}");
        b.put("unicode", "{\"name\":\"\\u0000\\u202e\\ud83d\\ude00\",\"text\":\"\\ud800\",\"citizenName\":\"\\u200b\"}");
        return b;
    }

    @Test
    void everyWriteRoute_refusesEveryFuzzedBody_with4xx_andWritesNothing() {
        List<HttpRoute> writes = routes.stream().filter(r -> !r.method().equals("GET") && !OPEN.contains(r.path())).toList();
        long applications = count("/api/applications?mine=true&limit=100", "contact-anders");
        int guides = call("GET", "/api/guides", TOKENS.get("coordinator-rasmus"), null).json().size();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (HttpRoute r : writes) {
            for (Map.Entry<String, String> body : fuzzBodies().entrySet()) {
                // A route that refuses a role before reading the body is tried with the next role, so the body is read.
                for (String role : List.of("contact-anders")) {
                    Reply reply = call(r.method(), path(r), TOKENS.get(role), body.getValue());
                    for (String staff : List.of("coordinator-rasmus", "team-karim", "finance-peter", "admin-demo")) {
                        if (reply.status() != 403) {
                            break;
                        }
                        reply = call(r.method(), path(r), TOKENS.get(staff), body.getValue());
                    }
                    statuses.merge(reply.status(), 1, Integer::sum);
                    String text = reply.text() == null ? "" : reply.text();
                    boolean ignoresBody = BODYLESS.contains(r.method() + " " + r.path());
                    if ((reply.status() < 400 && !ignoresBody) || reply.status() >= 500 || text.contains("dk.livsmester") || text.contains("java.")
                            || text.contains("0102031234") || text.contains("through reference")) {
                        failures.add(role + " " + r.method() + " " + r.path() + " " + body.getKey() + " -> " + reply.status()
                                + " " + text.substring(0, Math.min(200, text.length())));
                    }
                }
            }
        }
        System.out.printf("security: fuzz routes=%d requests=%d statuses=%s%n", writes.size(),
                statuses.values().stream().mapToInt(Integer::intValue).sum(), statuses);
        assertEquals(List.of(), failures);
        assertEquals(applications, count("/api/applications?mine=true&limit=100", "contact-anders"), "no application written");
        assertEquals(guides, call("GET", "/api/guides", TOKENS.get("coordinator-rasmus"), null).json().size(), "no guide written");
    }

    static long count(String path, String who) {
        return call("GET", path, TOKENS.get(who), null).json().get("items").size();
    }

    @Test
    void cursorsAndIds_fromTheWrongPlace_are400_never500() {
        String maja = TOKENS.containsKey("contact-maja") ? TOKENS.get("contact-maja") : token("contact-maja");
        application("contact-maja", "Cursor one");
        application("contact-maja", "Cursor two");
        String cursor = call("GET", "/api/applications?mine=true&limit=1", maja, null).json().get("nextCursor").asText();
        assertEquals(200, call("GET", "/api/applications?mine=true&limit=1&cursor=" + cursor, maja, null).status(), "its own");
        String bare = cursor.substring(0, cursor.lastIndexOf('.'));
        Map<String, String> wrong = new LinkedHashMap<>();
        wrong.put("another caller's", "/api/applications?mine=true&limit=1&cursor=" + cursor + "#anders");
        wrong.put("forged (no seal)", "/api/applications?mine=true&limit=1&cursor=" + bare);
        wrong.put("empty object", "/api/applications?mine=true&limit=1&cursor=e30");
        wrong.put("another list's", "/api/applications?status=SUBMITTED&limit=1&cursor=" + cursor + "#finance");
        wrong.put("tampered seal", "/api/applications?mine=true&limit=1&cursor=" + bare + ".AAAAAAAAAAAAAAAAAAAAAA");
        for (Map.Entry<String, String> w : wrong.entrySet()) {
            String[] parts = w.getValue().split("#");
            String who = parts.length > 1 ? (parts[1].equals("anders") ? TOKENS.get("contact-anders") : TOKENS.get("finance-peter")) : maja;
            Reply r = call("GET", parts[0], who, null);
            assertEquals(400, r.status(), w.getKey() + " " + r.text());
            assertEquals("cursor", r.json().get("errors").get(0).get("field").asText());
        }
        String longId = "a".repeat(5_000);
        int checked = 0;
        for (HttpRoute r : routes) {
            if (r.path().contains("{")) {
                Reply reply = call(r.method(), r.path().replaceAll("\\{no}", "1").replaceAll("\\{[A-Za-z]+}", longId),
                        TOKENS.get("admin-demo"), r.method().equals("GET") ? null : "{}");
                assertTrue(reply.status() == 400 || reply.status() == 404, r.path() + " with a 5,000-character id -> " + reply.status());
                checked++;
            }
        }
        assertTrue(checked >= 12, "routes with an id: " + checked);
        assertFalse(call("GET", "/api/applications/%00x", maja, null).status() >= 500);
    }
}
