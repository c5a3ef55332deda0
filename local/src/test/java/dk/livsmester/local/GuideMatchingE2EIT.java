package dk.livsmester.local;

import com.fasterxml.jackson.databind.JsonNode;
import dk.livsmester.local.Api.Reply;
import dk.livsmester.localaws.CfnTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The peer-guide marketplace over HTTP against the local runtime (fresh data folder, free port), with the pilot's
 * figures: 27 requests against the 19 demo guides are proposed (one by one from the queue, then improved by a global
 * matching run), approved, accepted and given first meetings, and the coordinator's figures (open requests, waiting
 * times, active matches per guide) agree with what the test did. Then a guide's decline re-queues a request, a paused
 * guide cannot be approved (409), a closure frees the place and the citizen asks again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GuideMatchingE2EIT {
    static LocalRuntime runtime;
    static URI base;
    static String coordinator;
    static String contact;

    /** 27 requests: task type, the citizen's disability, same disability preferred, area. */
    static final String[][] REQUESTS = {
            {"BUS_TRAINING", "AUTISM", "true", "Vest"}, {"BUS_TRAINING", "INTELLECTUAL_DISABILITY", "true", "Nord"},
            {"BUS_TRAINING", "AUTISM", "false", "Syd"}, {"BUS_TRAINING", "ACQUIRED_BRAIN_INJURY", "false", "Vest"},
            {"BUS_TRAINING", "INTELLECTUAL_DISABILITY", "true", "Vest"}, {"BUS_TRAINING", "AUTISM", "true", "Nord"},
            {"VISITING_FRIEND", "PHYSICAL", "true", "Vest"}, {"VISITING_FRIEND", "INTELLECTUAL_DISABILITY", "false", "Midtbyen"},
            {"VISITING_FRIEND", "AUTISM", "true", "Syd"}, {"VISITING_FRIEND", "OTHER", "false", "Midtbyen"},
            {"ACCOMPANIMENT", "PHYSICAL", "false", "Vest"}, {"ACCOMPANIMENT", "AUTISM", "true", "Syd"},
            {"ACCOMPANIMENT", "INTELLECTUAL_DISABILITY", "true", "Vest"}, {"ACCOMPANIMENT", "OTHER", "false", "Midtbyen"},
            {"IT", "AUTISM", "true", "Nord"}, {"IT", "PHYSICAL", "false", "Midtbyen"},
            {"IT", "ACQUIRED_BRAIN_INJURY", "true", "Syd"}, {"IT", "AUTISM", "false", "Midtbyen"},
            {"SHOPPING", "ACQUIRED_BRAIN_INJURY", "true", "Syd"}, {"SHOPPING", "INTELLECTUAL_DISABILITY", "true", "Midtbyen"},
            {"SHOPPING", "AUTISM", "false", "Vest"},
            {"EXERCISE", "PHYSICAL", "true", "Vest"}, {"EXERCISE", "AUTISM", "false", "Nord"},
            {"EXERCISE", "OTHER", "false", "Midtbyen"},
            {"WISHES_AND_GOALS", "AUTISM", "true", "Midtbyen"}, {"WISHES_AND_GOALS", "INTELLECTUAL_DISABILITY", "false", "Nord"},
            {"CITY_TRAINING", "INTELLECTUAL_DISABILITY", "true", "Midtbyen"}};

    static final List<String> requestIds = new ArrayList<>();
    static Instant firstAsked;

    @BeforeAll
    static void start() throws Exception {
        Path root = CfnTemplate.locate(Path.of("")).getParent();
        Path dataDir = Files.createTempDirectory("livsmester-guides-e2e");
        runtime = LocalRuntime.start(new RuntimeSettings(0, dataDir, root));
        base = runtime.baseUrl();
        coordinator = token("coordinator");
        contact = token("contact-person");
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

    static JsonNode ok(String method, String path, String token, Object body) throws Exception {
        Reply r = call(method, path, token, body);
        assertTrue(r.status() / 100 == 2, method + " " + path + " -> " + r.status() + " " + r.body());
        return r.body();
    }

    static String token(String role) throws Exception {
        return Api.token(base, role);
    }

    static JsonNode await(String path, String token, Predicate<JsonNode> done) throws Exception {
        return Api.await(base, path, token, done, 60);
    }

    static List<JsonNode> matches(String status) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        ok("GET", "/api/matches?status=" + status + "&limit=100", coordinator, null).get("items").forEach(out::add);
        return out;
    }

    static Map<String, JsonNode> guidesById() throws Exception {
        Map<String, JsonNode> out = new HashMap<>();
        ok("GET", "/api/guides", coordinator, null).forEach(g -> out.put(g.get("id").asText(), g));
        return out;
    }

    static String newRequest(String task, String disability, boolean same, String area, int n) throws Exception {
        Reply r = call("POST", "/api/guide-requests", contact, Map.of("citizenName", "Borger " + n,
                "citizenDisability", disability, "needs", "Ønsker en guide til " + task.toLowerCase(), "taskType", task,
                "timing", "AFTER_MEETING", "sameDisabilityPreferred", same, "area", area,
                "availability", List.of("MON_AM", "WED_PM", "THU_PM")));
        assertEquals(201, r.status(), String.valueOf(r.body()));
        assertEquals("OPEN", r.body().get("status").asText());
        assertEquals(Set.of("id", "status"), fieldNames(r.body()), "201 {id, status}");
        return r.body().get("id").asText();
    }

    static Set<String> fieldNames(JsonNode n) {
        Set<String> out = new HashSet<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    @Order(1)
    void twentySevenRequests_areProposed_approved_andGivenFirstMeetings_andTheFiguresAreRight() throws Exception {
        Map<String, JsonNode> guides = guidesById();
        assertEquals(19, guides.size());
        int capacity = guides.values().stream().mapToInt(g -> g.get("capacity").asInt()).sum();

        firstAsked = Instant.now();
        for (int i = 0; i < REQUESTS.length; i++) {
            String[] q = REQUESTS[i];
            requestIds.add(newRequest(q[0], q[1], Boolean.parseBoolean(q[2]), q[3], i + 1));
        }
        assertEquals(27, requestIds.size());

        // The matching queue proposes one by one, counting the proposals already waiting against each guide.
        await("/api/guide-figures", coordinator, f -> f.get("requestsByStatus").get("OPEN").asInt() == 0);
        // Then a global run plans all waiting requests at once.
        Reply started = call("POST", "/api/matching-runs", coordinator, null);
        assertEquals(202, started.status(), String.valueOf(started.body()));
        String runId = started.body().get("id").asText();
        JsonNode run = await("/api/matching-runs/" + runId, coordinator, r -> r.get("status").asText().equals("DONE"));
        assertEquals(27, run.get("requests").asInt());
        assertEquals(0, run.get("withoutGuide").asInt(), "38 places for 27 requests: everyone gets a proposal");
        assertEquals(27, run.get("proposed").asInt() + run.get("kept").asInt());
        assertTrue(run.get("totalScore").asLong() >= run.get("greedyScore").asLong(), run.toString());

        // The coordinator's queue and figures while all 27 wait for a decision.
        JsonNode figures = ok("GET", "/api/guide-figures", coordinator, null);
        Instant at = Instant.parse(figures.get("at").asText());
        long elapsed = Duration.between(firstAsked, at).toSeconds() + 1;
        assertEquals(27, figures.get("requestsByStatus").get("PROPOSED").asInt(), figures.toString());
        assertEquals(0, figures.get("requestsByStatus").get("OPEN").asInt());
        assertEquals(0, figures.get("requestsByStatus").get("MATCHED").asInt());
        JsonNode waiting = figures.get("waiting");
        assertEquals(27, waiting.get("count").asInt());
        assertTrue(waiting.get("longestSeconds").asLong() <= elapsed, waiting.toString());
        assertTrue(waiting.get("medianSeconds").asLong() <= waiting.get("longestSeconds").asLong());
        JsonNode first = ok("GET", "/api/guide-requests/" + requestIds.get(0), coordinator, null);
        assertEquals(first.get("createdAt").asText(), waiting.get("oldestSince").asText(), "the first request waited longest");
        assertEquals(0, figures.get("activeMatches").asInt());
        assertEquals(capacity, figures.get("freeCapacity").asInt());

        JsonNode queue = ok("GET", "/api/guide-requests?status=PROPOSED&limit=100", coordinator, null);
        assertEquals(27, queue.get("items").size());
        Instant previous = Instant.MIN;
        for (JsonNode q : queue.get("items")) {
            Instant created = Instant.parse(q.get("createdAt").asText());
            assertFalse(created.isBefore(previous), "oldest first");
            previous = created;
            long w = q.get("waitingSeconds").asLong();
            assertTrue(w >= 0 && w <= elapsed + 5, q.toString());
        }

        // Every proposal as the contract says, and no guide proposed beyond what it can take.
        List<JsonNode> proposed = matches("PROPOSED");
        assertEquals(27, proposed.size());
        Map<String, Integer> perGuide = new HashMap<>();
        for (JsonNode m : proposed) {
            assertTrue(fieldNames(m).containsAll(Set.of("id", "requestId", "guideId", "score", "scoreParts")));
            int sum = 0;
            for (JsonNode part : m.get("scoreParts")) {
                sum += part.asInt();
            }
            assertEquals(m.get("score").asInt(), sum, m.toString());
            assertTrue(m.get("scoreParts").has("taskFit") && m.get("scoreParts").has("rotation"));
            perGuide.merge(m.get("guideId").asText(), 1, Integer::sum);
        }
        perGuide.forEach((g, n) -> assertTrue(n <= guides.get(g).get("capacity").asInt(), g + " proposed " + n + " times"));

        // The coordinator approves them all: every one fits.
        for (JsonNode m : proposed) {
            Reply approved = call("POST", "/api/matches/" + m.get("id").asText() + "/approve", coordinator, Map.of());
            assertEquals(200, approved.status(), String.valueOf(approved.body()));
            assertEquals("APPROVED", approved.body().get("status").asText());
        }
        figures = ok("GET", "/api/guide-figures", coordinator, null);
        assertEquals(27, figures.get("requestsByStatus").get("MATCHED").asInt());
        assertEquals(0, figures.get("waiting").get("count").asInt(), "nobody is waiting any more");
        assertEquals(27, figures.get("activeMatches").asInt());
        assertEquals(capacity - 27, figures.get("freeCapacity").asInt());
        Map<String, Integer> approvedPerGuide = new HashMap<>();
        for (JsonNode m : matches("APPROVED")) {
            approvedPerGuide.merge(m.get("guideId").asText(), 1, Integer::sum);
        }
        assertEquals(perGuide, approvedPerGuide);
        for (JsonNode load : figures.get("guides")) {
            String g = load.get("guideId").asText();
            assertEquals(approvedPerGuide.getOrDefault(g, 0).intValue(), load.get("activeMatches").asInt(), load.toString());
            assertTrue(load.get("activeMatches").asInt() <= load.get("capacity").asInt());
            assertEquals(load.get("capacity").asInt() - load.get("activeMatches").asInt(), load.get("free").asInt());
        }

        // The guides say yes (Ida herself, through her own login; the coordinator for the others) and every match
        // gets its first meeting, facilitated by a staff member of the guide team.
        String idaToken = call("POST", "/local/token", null, Map.of("sub", "guide-ida")).body().get("token").asText();
        String idaId = guides.values().stream().filter(g -> g.get("name").asText().equals("Ida Brink")).findFirst()
                .orElseThrow().get("id").asText();
        LocalDate day = LocalDate.now().plusDays(7);
        int n = 0;
        for (JsonNode m : matches("APPROVED")) {
            String id = m.get("id").asText();
            boolean ida = m.get("guideId").asText().equals(idaId);
            assertEquals(200, call("POST", "/api/matches/" + id + "/accept", ida ? idaToken : coordinator, null).status());
            Reply scheduled = call("POST", "/api/matches/" + id + "/first-meeting", coordinator, Map.of(
                    "startsAt", String.format("%sT%02d:00", day.plusDays(n % 5), 9 + n % 6),
                    "place", "Borgercenter " + (n % 2 == 0 ? "Vest" : "Midtbyen"), "facilitator", "Sara Medarbejder"));
            assertEquals(200, scheduled.status(), String.valueOf(scheduled.body()));
            n++;
        }
        List<JsonNode> accepted = matches("ACCEPTED");
        assertEquals(27, accepted.size());
        for (JsonNode m : accepted) {
            JsonNode meeting = m.get("meetings").get(0);
            assertEquals("FIRST", meeting.get("kind").asText());
            assertEquals("PLANNED", meeting.get("status").asText());
            assertEquals("Sara Medarbejder", meeting.get("facilitator").asText());
        }
        assertEquals(27, ok("GET", "/api/guide-figures", coordinator, null).get("activeMatches").asInt());
        JsonNode idasOwn = ok("GET", "/api/matches?status=ACCEPTED", idaToken, null);
        assertEquals(approvedPerGuide.getOrDefault(idaId, 0).intValue(), idasOwn.get("items").size(), "a guide sees her own matches");
    }

    @Test
    @Order(2)
    void aDeclineReQueues_aPausedGuideIs409_aClosureFreesThePlace_andTheCitizenAsksAgain() throws Exception {
        // A new IT request (IT guides have places left) is proposed and approved; the guide says no.
        String q = newRequest("IT", "AUTISM", true, "Nord", 28);
        JsonNode request = await("/api/guide-requests/" + q, coordinator, r -> r.get("status").asText().equals("PROPOSED"));
        String firstMatch = "M-" + q + "-0";
        JsonNode proposal = ok("GET", "/api/matches/" + firstMatch, coordinator, null);
        String declining = proposal.get("guideId").asText();
        ok("POST", "/api/matches/" + firstMatch + "/approve", coordinator, Map.of());
        JsonNode declined = ok("POST", "/api/matches/" + firstMatch + "/decline", coordinator, null);
        assertEquals("DECLINED", declined.get("status").asText());
        // Back on the queue through the outbox: a new round, a new match id, another guide.
        JsonNode again = await("/api/guide-requests/" + q, coordinator, r -> r.get("status").asText().equals("PROPOSED")
                && r.get("round").asInt() == 1);
        assertTrue(again.get("excludedGuideIds").toString().contains(declining));
        JsonNode second = ok("GET", "/api/matches/M-" + q + "-1", coordinator, null);
        String guide = second.get("guideId").asText();
        assertNotEquals(declining, guide);

        // The proposed guide pauses: approval is refused with 409; resumed, it goes through.
        ok("POST", "/api/guides/" + guide + "/status", coordinator, Map.of("status", "PAUSED"));
        Reply refused = call("POST", "/api/matches/M-" + q + "-1/approve", coordinator, Map.of());
        assertEquals(409, refused.status());
        assertEquals("GUIDE_AT_CAPACITY", refused.body().get("code").asText());
        Reply illegal = call("POST", "/api/guides/" + guide + "/status", coordinator, Map.of("status", "CERTIFIED"));
        assertEquals(409, illegal.status());
        assertEquals("ILLEGAL_TRANSITION", illegal.body().get("code").asText());
        ok("POST", "/api/guides/" + guide + "/status", coordinator, Map.of("status", "ACTIVE"));
        int loadBefore = guidesById().get(guide).get("activeMatches").asInt();
        ok("POST", "/api/matches/M-" + q + "-1/approve", coordinator, Map.of());
        assertEquals(loadBefore + 1, guidesById().get(guide).get("activeMatches").asInt());

        // Accepted, met, logged, debriefed, closed with both sides' feedback: the place is free again.
        String m = "M-" + q + "-1";
        ok("POST", "/api/matches/" + m + "/accept", coordinator, null);
        // Yesterday: a meeting is marked held only once it has begun.
        ok("POST", "/api/matches/" + m + "/first-meeting", coordinator, Map.of("startsAt", LocalDate.now().minusDays(1) + "T10:00",
                "place", "Biblioteket", "facilitator", "Sara Medarbejder"));
        ok("POST", "/api/matches/" + m + "/meetings/1/log", coordinator, Map.of("held", true, "log", "Godt første møde"));
        Reply badLog = call("POST", "/api/matches/" + m + "/meetings/1/log", coordinator, Map.of("held", true));
        assertEquals(400, badLog.status());
        ok("POST", "/api/matches/" + m + "/debrief", coordinator, Map.of("notes", "Guiden var glad", "followUpNeeded", false));
        Reply busOnIt = call("POST", "/api/matches/" + m + "/bus-training", coordinator,
                Map.of("startsOn", LocalDate.now().plusDays(3).toString(), "at", "08:30", "place", "Rådhuspladsen"));
        assertEquals(409, busOnIt.status());
        assertEquals("NOT_BUS_TRAINING", busOnIt.body().get("code").asText());
        JsonNode closed = ok("POST", "/api/matches/" + m + "/close", coordinator,
                Map.of("citizenFeedback", "Jeg kan selv bruge min tablet nu", "guideFeedback", "Det gik godt"));
        assertEquals("CLOSED", closed.get("status").asText());
        assertEquals(loadBefore, guidesById().get(guide).get("activeMatches").asInt());
        assertEquals("CLOSED", ok("GET", "/api/guide-requests/" + q, contact, null).get("status").asText());

        // The citizen asks again, for a new task.
        Reply asked = call("POST", "/api/guide-requests/" + q + "/ask-again", contact,
                Map.of("taskType", "SHOPPING", "needs", "Vil gerne lære at handle ind selv"));
        assertEquals(201, asked.status(), String.valueOf(asked.body()));
        String next = asked.body().get("id").asText();
        assertEquals(q, ok("GET", "/api/guide-requests/" + next, contact, null).get("previousRequestId").asText());
        assertEquals(409, call("POST", "/api/guide-requests/" + q + "/ask-again", contact, Map.of()).status());

        JsonNode figures = ok("GET", "/api/guide-figures", coordinator, null);
        assertEquals(27, figures.get("activeMatches").asInt(), "the 27 from before; the 28th is closed");
        assertEquals(1, figures.get("requestsByStatus").get("CLOSED").asInt());
        assertEquals(200, call("GET", "/api/alerts", coordinator, null).status());
        assertEquals(403, call("GET", "/api/guide-figures", contact, null).status());
        assertEquals(request.get("id").asText(), q);
    }
}
