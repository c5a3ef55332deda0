package dk.livsmester.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.livsmester.localaws.CfnTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pilot's intake replayed through the HTTP API of the local runtime: 58 applications across the pilot's categories
 * (docs/domain.md sections 2.8 and 2.10); 30 granted fully or partly to 29 citizens (one twice: a folk high school extension); 20 rejected,
 * five for each of the four reasons; 8 still open. Status counts, pool figures, ledger, reconciliation and audit
 * entries must agree with each other. People and amounts are invented.
 */
class PilotReplayE2EIT {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static LocalRuntime runtime;
    static URI base;
    static final Map<String, String> TOKENS = new HashMap<>();

    @BeforeAll
    static void start() throws Exception {
        Path root = CfnTemplate.locate(Path.of("")).getParent();
        runtime = LocalRuntime.start(new RuntimeSettings(0, Files.createTempDirectory("livsmester-replay"), root));
        base = runtime.baseUrl();
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    static JsonNode call(String method, String path, String sub, Object body, int expected) throws Exception {
        String token = TOKENS.computeIfAbsent(sub, s -> {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(base.resolve("/local/token"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"sub\":\"" + s + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
                return JSON.readTree(r.body()).get("token").asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30));
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, r.statusCode(), method + " " + path + ": " + r.body());
        return r.body().isBlank() ? null : JSON.readTree(r.body());
    }

    /** One application of the replay and what the team will do with it. */
    record Case(String citizen, String category, String appliedFor, long dkk, Long grantDkk, String reject, boolean open,
                boolean needsInfo, boolean alreadyFinanced, Boolean carAccess, boolean vagueGoal, boolean extendsEarlier) {
    }

    static final String[] CATEGORIES = {"TRANSPORT", "ACTIVITIES", "EDUCATION", "COMMUNITY", "ACCOMPANIMENT", "EQUIPMENT"};
    static final String[] ITEMS = {"Elcykel", "Sangundervisning", "Højskoleophold", "Fællesskab i foreningen", "Ledsagelse til koncert", "Udstyr til hobby"};

    static List<Case> cases() {
        List<Case> out = new ArrayList<>();
        // 29 granted citizens; citizen 1 gets a taxi (1,600 DKK) and citizen 2 a service dog (85,000 DKK, two approvals).
        out.add(new Case("Borger 01", "TRANSPORT", "Taxa i en begrænset periode", 1_600, 1_600L, null, false, false, false, null, false, false));
        out.add(new Case("Borger 02", "SERVICE_DOG", "Servicehund: køb og uddannelse", 85_000, 85_000L, null, false, false, false, null, false, false));
        for (int i = 3; i <= 29; i++) {
            int k = i % CATEGORIES.length;
            long ask = 4_000 + (i * 1_237L) % 11_000;
            Long grant = i % 4 == 0 ? ask - 1_000 : ask;
            out.add(new Case(String.format("Borger %02d", i), CATEGORIES[k], ITEMS[k], ask, grant, null, false, false, false, null, false, false));
        }
        // The 30th grant: the folk high school extension of citizen 05's stay (a follow-on of an earlier grant).
        out.add(new Case("Borger 05", "EDUCATION", "Forlængelse af højskoleophold", 9_000, 9_000L, null, false, false, false, null, false, true));
        // 20 rejections, five for each reason, from 20 other citizens.
        for (int i = 0; i < 20; i++) {
            String reason = "R" + (i % 4 + 1);
            String who = String.format("Borger %02d", 30 + i);
            switch (reason) {
                case "R1" -> out.add(new Case(who, "ACTIVITIES", "Fodbold", 2_500, null, reason, false, false, false, null, true, false));
                case "R2" -> out.add(new Case(who, "EQUIPMENT", "Ny telefon", 6_000, null, reason, false, false, false, null, false, false));
                case "R3" -> out.add(new Case(who, "ACTIVITIES", "Dans", 3_000, null, reason, false, false, true, null, false, false));
                default -> out.add(new Case(who, "TRANSPORT", "Kørekort", 14_000, null, reason, false, false, false, false, false, false));
            }
        }
        // 8 still open: 6 in review, 2 waiting for more information.
        for (int i = 0; i < 8; i++) {
            out.add(new Case(String.format("Borger %02d", 50 + i), "ACTIVITIES", "Skydning", 2_000 + i * 500L, null, null,
                    true, i < 2, false, null, false, false));
        }
        return out;
    }

    static ObjectNode form(Case c, String extendsId) {
        ObjectNode f = JSON.createObjectNode();
        f.put("poolId", "pool-2026");
        ArrayNode applicants = f.putArray("applicants");
        ObjectNode a = applicants.addObject();
        a.put("name", c.citizen());
        a.put("birthDate", LocalDate.of(1996, 1, 1).plusDays(c.citizen().hashCode() % 2000 + 2000).toString());
        a.put("address", "Testgade 1, 8000 Aarhus C");
        a.put("receivesAdultDisabilitySupport", true);
        ObjectNode cp = f.putObject("contactPerson");
        cp.put("name", "Maja Winther");
        cp.put("role", "bostøtte");
        cp.put("email", "maja@example.org");
        f.put("citizenCentre", c.citizen().hashCode() % 2 == 0 ? "Borgercenter Vest" : "Borgercenter Midtby");
        ObjectNode w = f.putObject("wish");
        w.put("headline", c.appliedFor());
        w.put("description", "Jeg ønsker mig " + c.appliedFor().toLowerCase() + ".");
        w.put("howItHelps", "Det hjælper mig til at klare mere selv og være sammen med andre mennesker.");
        ObjectNode g = f.putObject("subGoal");
        g.put("text", c.vagueGoal() ? "Fodbold" : "Jeg deltager selv i en aktivitet hver uge i et halvt år.");
        f.put("category", c.category());
        f.put("appliedFor", c.appliedFor());
        ObjectNode p = f.putObject("period");
        p.put("from", LocalDate.now().plusDays(7).toString());
        p.put("to", LocalDate.now().plusMonths(6).toString());
        ObjectNode line = f.putArray("costLines").addObject();
        line.put("item", c.appliedFor());
        line.put("amountOre", c.dkk() * 100);
        f.put("alreadyFinanced", c.alreadyFinanced());
        if (c.carAccess() != null) {
            f.put("carAccess", c.carAccess());
        }
        if (extendsId != null) {
            f.put("extendsApplicationId", extendsId);
        }
        f.put("submit", true);
        return f;
    }

    /** What the team does with one application; returns the granted øre and the audit entries it should leave. */
    static long[] decide(String id, Case c) throws Exception {
        long grantedOre = 0;
        int expectedAudit = 0;
        ObjectNode d = JSON.createObjectNode();
        if (c.grantDkk() != null) {
            boolean partial = c.grantDkk() < c.dkk();
            d.put("outcome", partial ? "PARTIALLY_APPROVED" : "APPROVED");
            d.put("grantedOre", c.grantDkk() * 100);
            if (partial) {
                d.put("text", "Vi dækker det meste");
            }
            boolean twoPeople = c.grantDkk() > 50_000;
            // The pilot's citizens signed on paper: the team records that confirmation in person (one audit entry).
            call("POST", "/api/applications/" + id + "/in-person-confirmation", "team-helle",
                    JSON.createObjectNode().put("reason", "Underskrevet på papir i piloten"), 200);
            call("POST", "/api/applications/" + id + "/decision", "team-helle", d, twoPeople ? 202 : 200);
            if (twoPeople) {
                call("POST", "/api/applications/" + id + "/decision", "team-karim", d, 200);
            }
            grantedOre += c.grantDkk() * 100;
            expectedAudit += 5 + (twoPeople ? 1 : 0);
        } else if (c.reject() != null) {
            d.put("outcome", "REJECTED");
            d.putArray("reasonCodes").add(c.reject());
            d.put("text", "Afslag med kort begrundelse");
            call("POST", "/api/applications/" + id + "/decision", "team-lise", d, 200);
            expectedAudit += 4;
        } else if (c.needsInfo()) {
            d.put("outcome", "NEEDS_INFO");
            d.put("text", "Fortæl mere om delmålet");
            call("POST", "/api/applications/" + id + "/decision", "team-lise", d, 200);
            expectedAudit += 4;
        } else {
            expectedAudit += 3;
        }
        return new long[]{grantedOre, expectedAudit};
    }

    static String submit(Case c, String extendsId) throws Exception {
        String contact = c.citizen().hashCode() % 2 == 0 ? "contact-maja" : "contact-anders";
        return call("POST", "/api/applications", contact, form(c, extendsId), 201).get("id").asText();
    }

    /** Waits until the review queue has drained and the team's queue holds {@code n} applications. */
    static void awaitReviewed(int n) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        while (call("GET", "/api/applications/queue", "team-helle", null, 200).size() != n
                || call("GET", "/api/applications?status=SUBMITTED&limit=100", "team-helle", null, 200).get("items").size() > 0) {
            assertTrue(System.currentTimeMillis() < until, "the review queue did not drain");
            Thread.sleep(250);
        }
    }

    @Test
    void aPilotSizedIntake_endsWithCountsFiguresLedgerAndAuditThatAgree() throws Exception {
        List<Case> cases = cases();
        assertEquals(58, cases.size());
        Map<String, String> ids = new HashMap<>();
        Map<String, Case> byId = new HashMap<>();
        Case extension = null;
        for (Case c : cases) {
            if (c.extendsEarlier()) {
                extension = c;
                continue;
            }
            String id = submit(c, null);
            ids.putIfAbsent(c.citizen(), id);
            byId.put(id, c);
        }
        awaitReviewed(57);
        long grantedOre = 0;
        int expectedAudit = 0;
        for (Map.Entry<String, Case> e : new ArrayList<>(byId.entrySet())) {
            long[] r = decide(e.getKey(), e.getValue());
            grantedOre += r[0];
            expectedAudit += (int) r[1];
        }
        // The extension can only be applied for once the first stay is granted: it comes last.
        String extensionId = submit(extension, ids.get("Borger 05"));
        byId.put(extensionId, extension);
        awaitReviewed(8 + 1);
        long[] r = decide(extensionId, extension);
        grantedOre += r[0];
        expectedAudit += (int) r[1];
        // Status counts.
        Map<String, Integer> counts = new HashMap<>();
        for (String s : List.of("DRAFT", "SUBMITTED", "IN_REVIEW", "NEEDS_INFO", "APPROVED", "PARTIALLY_APPROVED", "REJECTED")) {
            counts.put(s, call("GET", "/api/applications?status=" + s + "&limit=100", "team-helle", null, 200).get("items").size());
        }
        assertEquals(30, counts.get("APPROVED") + counts.get("PARTIALLY_APPROVED"), counts.toString());
        assertEquals(20, counts.get("REJECTED"));
        assertEquals(6, counts.get("IN_REVIEW"));
        assertEquals(2, counts.get("NEEDS_INFO"));
        assertEquals(0, counts.get("SUBMITTED") + counts.get("DRAFT"));
        // 29 distinct citizens granted, one twice.
        Set<String> grantedCitizens = new HashSet<>();
        for (String s : List.of("APPROVED", "PARTIALLY_APPROVED")) {
            for (JsonNode a : call("GET", "/api/applications?status=" + s + "&limit=100", "team-helle", null, 200).get("items")) {
                grantedCitizens.add(a.get("applicants").get(0).get("name").asText());
            }
        }
        assertEquals(29, grantedCitizens.size());
        // Rejections carry their reason, and the rules had flagged R1, R3 and R4 as blocking.
        for (JsonNode a : call("GET", "/api/applications?status=REJECTED&limit=100", "team-helle", null, 200).get("items")) {
            String reason = a.get("decision").get("reasonCodes").get(0).asText();
            if (!reason.equals("R2")) {
                boolean flagged = false;
                for (JsonNode f : a.get("findings")) {
                    flagged |= f.get("code").asText().equals(reason) && f.get("severity").asText().equals("BLOCKING");
                }
                assertTrue(flagged, "the rules flagged " + reason + " on " + a.get("id"));
            }
        }
        // Pool figures agree with the decisions, the ledger and the pipeline.
        JsonNode pool = call("GET", "/api/pools/pool-2026", "finance-peter", null, 200);
        assertEquals(grantedOre, pool.get("committedOre").asLong());
        assertEquals(50_000_000L - grantedOre, pool.get("availableOre").asLong());
        long pipeline = 0;
        for (Case c : cases) {
            if (c.open()) {
                pipeline += c.dkk() * 100;
            }
        }
        assertEquals(pipeline, pool.get("pipelineOre").asLong());
        JsonNode figures = call("GET", "/api/pools/pool-2026/figures", "finance-peter", null, 200);
        long byCategory = 0;
        for (JsonNode b : figures.get("byCategory")) {
            byCategory += b.get("committedOre").asLong();
        }
        assertEquals(grantedOre, byCategory);
        assertEquals(30, figures.get("grants").get("count").asInt());
        assertEquals(160_000, figures.get("grants").get("minOre").asLong());
        assertEquals(8_500_000, figures.get("grants").get("maxOre").asLong());
        assertEquals(30, call("GET", "/api/pools/pool-2026/ledger", "finance-peter", null, 200).size());
        JsonNode recon = call("POST", "/api/pools/pool-2026/reconciliation", "finance-peter", null, 200);
        assertTrue(recon.get("ok").asBoolean(), recon.toString());
        assertEquals(0, recon.get("driftOre").asLong());
        // One audit entry per state change.
        int audit = 0;
        for (String id : byId.keySet()) {
            audit += call("GET", "/api/applications/" + id + "/audit", "team-helle", null, 200).size();
        }
        assertEquals(expectedAudit, audit);
        evaluationAgrees(cases, grantedCitizens.size());
    }

    /**
     * The management's evaluation agrees with the replayed intake (and with the counts above), and the public report
     * shows what it may: no shown cell is about fewer than five people, and no hidden one is alone in a line.
     */
    static void evaluationAgrees(List<Case> cases, int citizensGranted) throws Exception {
        JsonNode ev = call("GET", "/api/evaluation?poolId=pool-2026", "team-helle", null, 200);
        long partial = cases.stream().filter(c -> c.grantDkk() != null && c.grantDkk() < c.dkk()).count();
        assertEquals(58, ev.get("received").asInt());
        assertEquals(30 - partial, ev.get("outcomes").get("approved").asInt());
        assertEquals(partial, ev.get("outcomes").get("partiallyApproved").asInt());
        assertEquals(20, ev.get("outcomes").get("rejected").asInt());
        assertEquals(8, ev.get("outcomes").get("open").asInt());
        for (JsonNode r : ev.get("rejectionReasons")) {
            assertEquals(5, r.get("count").asInt(), r.toString());
        }
        assertEquals(4, ev.get("rejectionReasons").size());
        JsonNode repeats = ev.get("repeats");
        assertEquals(30, repeats.get("grants").asInt());
        assertEquals(citizensGranted, repeats.get("citizensGranted").asInt());
        assertEquals(1, repeats.get("repeatGrants").asInt());
        assertEquals(1, repeats.get("citizensGrantedMoreThanOnce").asInt());
        assertEquals(1, repeats.get("followOnApplications").asInt());
        assertEquals(cases.stream().map(Case::citizen).distinct().count(), ev.get("uniqueCitizens").get("applied").asLong());
        assertEquals(20, ev.get("uniqueCitizens").get("onlyRejected").asInt());
        // Every decision was made the day it was submitted: 50 in time, none past the 14 days.
        JsonNode times = ev.get("timeToDecision");
        assertEquals(50, times.get("decided").asInt());
        assertEquals(0.0, times.get("medianDays").asDouble());
        assertEquals(0, times.get("breaches").asInt());
        assertEquals(14, times.get("answerDays").asInt());
        // Every grant's sub-goal came without a ruler start or target; no follow-up is due on the day of the grant.
        assertEquals(30, ev.get("subGoals").get("granted").asInt());
        assertEquals(0, ev.get("followUps").get(0).get("due").asInt());
        // So no follow-up has a ruler answer to measure against its sub-goal yet: nothing counted, no share, no median.
        for (JsonNode m : ev.get("subGoalProgress").get("milestones")) {
            assertEquals(0, m.get("answered").asInt(), m.toString());
            assertFalse(m.hasNonNull("medianProgress"), m.toString());
        }
        assertEquals(0, ev.get("subGoalProgress").get("followUps").size());
        // The citizen centres to filter by are the replay's, and filtering by each splits the intake without a gap.
        Set<String> centres = new HashSet<>();
        ev.get("citizenCentres").forEach(c -> centres.add(c.asText()));
        assertTrue(centres.containsAll(Set.of("Borgercenter Vest", "Borgercenter Midtby")), centres.toString());
        int split = 0;
        for (String centre : centres) {
            split += call("GET", "/api/evaluation?poolId=pool-2026&citizenCentre="
                    + java.net.URLEncoder.encode(centre, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"), "team-helle",
                    null, 200).get("received").asInt();
        }
        assertEquals(58, split);
        JsonNode cohort = ev.get("guideCohorts").get(0);
        assertEquals(19, cohort.get("interested").asInt());
        assertEquals(19, cohort.get("certified").asInt());
        assertEquals(0, cohort.get("stopped").asInt());

        JsonNode report = call("GET", "/api/public/decisions-report?poolId=pool-2026", "team-helle", null, 200);
        assertEquals(50, report.get("total").get("total").get("count").asInt(), report.get("total").toString());
        int shownInRows = 0;
        for (JsonNode row : report.get("byCategory")) {
            int hidden = row.get("total").hasNonNull("count") ? 0 : 1;
            for (JsonNode c : row.get("cells")) {
                hidden += c.hasNonNull("count") ? 0 : 1;
                shownInRows += c.hasNonNull("count") ? c.get("count").asInt() : 0;
            }
            assertTrue(hidden != 1, "a hidden cell alone in its row could be worked out: " + row);
        }
        assertTrue(shownInRows <= 50);
        // Five rejections per reason, each a different person: shown.
        for (JsonNode r : report.get("byReason")) {
            assertEquals(5, r.get("count").asInt(), r.toString());
        }
    }
}
