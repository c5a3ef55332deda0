package dk.livsmester.local.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The coordinator's follow-up of matches (first meeting, meetings, alerts, figures, closure), the guide registry's
 * status changes, and the guide's own page. Most of these need states that take weeks to reach (a match quiet for 14
 * days, a first meeting held, a guide with active matches asked to stop): those tests stage the API's answers in the
 * browser, in the shapes of the OpenAPI document, and check what the page sends. The last test drives the same pages
 * against the runtime itself.
 */
class MatchFollowUpBrowserIT extends BrowserTest {
    // ---- the contract's shapes (functions/matches and functions/guides of the follow-up) ---------------------------

    static Map<String, Object> meeting(int no, String kind, String startsAt, String place, String facilitator, String status, String log) {
        Map<String, Object> m = new HashMap<>();
        m.put("no", no);
        m.put("kind", kind);
        m.put("startsAt", startsAt);
        m.put("place", place);
        m.put("facilitator", facilitator);
        m.put("status", status);
        m.put("log", log);
        return m;
    }

    static Map<String, Object> match(String id, String requestId, String guideId, String task, String status, List<Map<String, Object>> meetings) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", id);
        m.put("requestId", requestId);
        m.put("guideId", guideId);
        m.put("taskType", task);
        m.put("score", 80);
        m.put("scoreParts", Map.of("taskFit", 35, "area", 20));
        m.put("alternatives", List.of());
        m.put("status", status);
        m.put("proposedAt", "2026-10-20T08:00:00Z");
        m.put("approvedBy", "coordinator-rasmus");
        m.put("approvedAt", "2026-10-21T08:00:00Z");
        m.put("meetings", meetings);
        m.put("version", 3);
        return m;
    }

    static Map<String, Object> with(Map<String, Object> match, String key, Object value) {
        Map<String, Object> m = new HashMap<>(match);
        m.put(key, value);
        return m;
    }

    static Map<String, Object> request(String id, String citizen, String task) {
        return Map.of("id", id, "citizenName", citizen, "taskType", task, "area", "Vest", "status", "MATCHED",
                "needs", "Hjælp til at komme ud.", "createdAt", "2026-10-01T09:00:00Z", "round", 0);
    }

    static Map<String, Object> alert(String id, String kind, String matchId, String guideId, String requestId, int days, String status) {
        return Map.of("id", id, "kind", kind, "matchId", matchId, "guideId", guideId, "requestId", requestId,
                "lastActivityAt", "2026-11-09T09:00:00Z", "daysWithoutMeeting", days, "status", status,
                "createdAt", "2026-11-23T06:00:00Z", "version", 1);
    }

    static Map<String, Object> page(Object... items) {
        return Map.of("items", List.of(items));
    }

    /** Two active demo guides of the real registry: [id, name] each. */
    static List<String[]> twoGuides() {
        List<String[]> out = new ArrayList<>();
        for (JsonNode g : Browser.call("GET", "/api/guides", Browser.token("coordinator-rasmus"), null)) {
            if (g.get("status").asText().equals("ACTIVE") && out.size() < 2) {
                out.add(new String[]{g.get("id").asText(), g.get("name").asText()});
            }
        }
        return out;
    }

    @Test
    void theCoordinatorSeesFiguresAndAlerts_schedulesTheFirstMeetingByKeyboard_andClosesAMatch() {
        List<String[]> guides = twoGuides();
        String g1 = guides.get(0)[0];
        String g1Name = guides.get(0)[1];
        String g2 = guides.get(1)[0];
        String g2Name = guides.get(1)[1];
        Map<String, Object> waitingForAnswer = match("M-req-a-0", "req-a", g1, "VISITING_FRIEND", "APPROVED", List.of());
        Map<String, Object> going = match("M-req-b-0", "req-b", g2, "BUS_TRAINING", "ACCEPTED", List.of(
                meeting(1, "FIRST", "2026-11-02T10:00:00", "Borgercenter Vest", "Sara Holm", "HELD", "Vi mødtes og aftalte ture."),
                meeting(2, "AGREED", "2026-11-09T10:00:00", "Busstoppestedet", null, "HELD", "Første tur gik godt."),
                meeting(3, "AGREED", "2026-12-07T10:00:00", null, null, "PLANNED", null)));
        Map<String, Object> fresh = match("M-req-c-0", "req-c", g1, "SHOPPING", "ACCEPTED", List.of());
        Map<String, Object> scheduled = with(fresh, "meetings", List.of(
                meeting(1, "FIRST", "2026-12-03T10:00:00", "Borgercenter Vest, mødelokale 2", "Sara Holm", "PLANNED", null)));
        Map<String, Object> closed = with(with(scheduled, "status", "CLOSED"), "closure", Map.of("citizenFeedback", "Ella fik det, hun ville.",
                "guideFeedback", "Det var en god tid.", "closedBy", "coordinator-rasmus", "closedAt", "2026-11-23T12:00:00Z"));
        Map<String, Object> inactive = alert("INACTIVE-M-req-b-0-20261109", "INACTIVE_MATCH", "M-req-b-0", g2, "req-b", 14, "OPEN");
        Map<String, Object> debrief = alert("DEBRIEF-M-req-b-0", "DEBRIEF_DUE", "M-req-b-0", g2, "req-b", 0, "OPEN");
        Map<String, Object> stubs = new HashMap<>();
        stubs.put("GET /api/matches?status=PROPOSED&limit=100", page());
        stubs.put("GET /api/guide-requests?status=OPEN&limit=100", page());
        stubs.put("GET /api/guide-requests?status=NO_CANDIDATE&limit=100", page());
        stubs.put("GET /api/matches?status=APPROVED&limit=100", page(waitingForAnswer));
        stubs.put("GET /api/matches?status=ACCEPTED&limit=100", page(going, fresh));
        stubs.put("GET /api/guide-requests/req-a", request("req-a", "Malou Berg", "VISITING_FRIEND"));
        stubs.put("GET /api/guide-requests/req-b", request("req-b", "Kasper Holt", "BUS_TRAINING"));
        stubs.put("GET /api/guide-requests/req-c", request("req-c", "Ella Friis", "SHOPPING"));
        stubs.put("GET /api/alerts?limit=100", page(inactive, debrief));
        stubs.put("POST /api/alerts/" + inactive.get("id") + "/acknowledge", Browser.respond(200, with(inactive, "status", "ACKNOWLEDGED"),
                Map.of("GET /api/alerts?limit=100", page(debrief))));
        stubs.put("GET /api/guide-figures", Map.of("at", "2026-11-23T06:00:00Z",
                "requestsByStatus", Map.of("OPEN", 2, "PROPOSED", 1, "NO_CANDIDATE", 1, "NEEDS_INFO", 1, "MATCHED", 7, "CLOSED", 3),
                "waiting", Map.of("count", 5, "oldestSince", "2026-11-10T09:00:00Z", "longestSeconds", 12 * 86_400 + 3_600,
                        "medianSeconds", 4 * 86_400, "meanSeconds", 5 * 86_400),
                "activeGuides", 15, "activeMatches", 7, "freeCapacity", 21,
                "guides", List.of(Map.of("guideId", g1, "status", "ACTIVE", "capacity", 3, "activeMatches", 2, "free", 1, "totalMatches", 6),
                        Map.of("guideId", g2, "status", "ACTIVE", "capacity", 2, "activeMatches", 1, "free", 1, "totalMatches", 2))));
        stubs.put("GET /api/matches/M-req-c-0", fresh);
        stubs.put("POST /api/matches/M-req-c-0/first-meeting", Browser.respond(200, scheduled, Map.of("GET /api/matches/M-req-c-0", scheduled)));
        stubs.put("POST /api/matches/M-req-c-0/close", Browser.respond(200, closed, Map.of("GET /api/matches/M-req-c-0", closed)));
        b.stubApi(stubs);

        b.signIn("coordinator-rasmus");
        String figures = b.text(By.id("guide-figures"));
        assertTrue(figures.contains("Ønsker, der venter på en guide\n5"), figures);
        assertTrue(figures.contains("Længste ventetid\n12 dage") && figures.contains("Midterste ventetid\n4 dage"), figures);
        assertTrue(figures.contains("Aktive match\n7") && figures.contains("Ledige pladser\n21"), figures);
        b.click(By.cssSelector("details.per-guide summary"));
        assertTrue(b.text(By.id("guide-load")).contains(g1Name + " Aktiv 2 3 1 6"), b.text(By.id("guide-load")));

        String alerts = b.text(By.id("alerts"));
        assertTrue(alerts.contains(g2Name + " og Kasper Holt har ikke haft et møde i 14 dage."), alerts);
        assertTrue(alerts.contains("Det første møde mellem " + g2Name + " og Kasper Holt er holdt. Tal med " + g2Name + " om, hvordan det gik."), alerts);
        assertTrue(alerts.contains("Sidste aktivitet: 9. november 2026."), alerts);

        String rowB = b.text(By.cssSelector("#active-matches tr[data-match='M-req-b-0']"));
        assertTrue(rowB.contains("Guiden har sagt ja") && rowB.contains("2. november 2026 kl. 10.00 (holdt)"), rowB);
        assertEquals("9. november 2026 kl. 10.00 (holdt)", b.text(By.cssSelector("#active-matches tr[data-match='M-req-b-0'] .last-meeting")),
                "the last meeting is the latest held one, not the planned one after it");
        String rowA = b.text(By.cssSelector("#active-matches tr[data-match='M-req-a-0']"));
        assertTrue(rowA.contains("Malou Berg: Besøgsven") && rowA.contains("Venter på guidens svar") && rowA.contains("Ikke planlagt")
                && rowA.contains("Intet møde endnu"), rowA);
        b.axe("coordinator: figures, alerts and active matches");
        b.screenshot("coordinator-follow-up-overview");

        // Acknowledge the inactivity alert by keyboard.
        b.tabTo("the acknowledge button of the inactivity alert", e -> inactive.get("id").equals(e.getDomAttribute("data-alert"))
                && "button".equals(e.getTagName()));
        b.press(Keys.ENTER);
        b.waitForText(By.tagName("main"), "Beskeden er kvitteret");
        assertFalse(b.text(By.id("alerts")).contains("14 dage"), "the acknowledged alert is no longer listed");
        assertTrue(b.stubCalls().stream().anyMatch(c -> c.get("key").asText().equals("POST /api/alerts/" + inactive.get("id") + "/acknowledge")));

        // The match without a first meeting: follow it up, and schedule the meeting by keyboard alone.
        b.leaving();
        b.click(By.cssSelector("#active-matches tr[data-match='M-req-c-0'] a.follow-up"));
        b.ready();
        assertEquals("Ella Friis: Indkøb", b.text(By.id("match-heading")));
        assertTrue(b.text(By.id("match-guide")).contains(g1Name));
        b.axe("coordinator: a match to follow up");
        b.tabToId("f-first-date-day");
        b.keys("3");
        b.press(Keys.TAB);
        b.keys("12");
        b.press(Keys.TAB);
        b.keys("2026");
        b.press(Keys.TAB);
        assertEquals("f-first-time", b.active().getAttribute("id"));
        b.keys("10.00");
        b.press(Keys.TAB);
        b.keys("Borgercenter Vest, mødelokale 2");
        b.press(Keys.ENTER); // the facilitator is missing
        b.waitForText(By.id("f-first-facilitator-error"), "Skriv, hvem der leder mødet.");
        assertEquals("f-first-facilitator", b.active().getAttribute("id"), "the field with the error has focus");
        assertEquals("Borgercenter Vest, mødelokale 2", b.byId("f-first-place").getAttribute("value"), "what was typed stays");
        b.axe("coordinator: first meeting with an error");
        b.keys("Sara Holm");
        b.press(Keys.ENTER);
        b.waitForText(By.id("flash"), "Det første møde er planlagt.");
        assertEquals("Planlagt: 3. december 2026 kl. 10.00, Borgercenter Vest, mødelokale 2. Mødeleder: Sara Holm. (planlagt)",
                b.text(By.id("first-meeting")));
        JsonNode sent = b.lastCall("POST /api/matches/M-req-c-0/first-meeting");
        assertEquals("2026-12-03T10:00", sent.get("startsAt").asText());
        assertEquals("Borgercenter Vest, mødelokale 2", sent.get("place").asText());
        assertEquals("Sara Holm", sent.get("facilitator").asText());
        b.screenshot("coordinator-first-meeting");

        // Close the match with a word from both sides; both are needed.
        b.type("f-close-citizenFeedback", "Ella fik det, hun ville.");
        b.click(By.id("close-match"));
        b.waitForText(By.id("f-close-guideFeedback-error"), "Skriv, hvad guiden siger.");
        b.type("f-close-guideFeedback", "Det var en god tid.");
        b.click(By.id("close-match"));
        b.waitForText(By.id("flash"), "Matchet er afsluttet. Guidens plads er ledig.");
        assertTrue(b.text(By.id("closure")).contains("Matchet blev afsluttet 23. november 2026."));
        assertEquals("Det var en god tid.", b.lastCall("POST /api/matches/M-req-c-0/close").get("guideFeedback").asText());
        assertTrue(b.driver.findElements(By.id("close-form")).isEmpty(), "a closed match has nothing more to do");
        b.screenshot("coordinator-match-closed");
    }

    @Test
    void theCoordinatorRunsMatchingForAll_andRecordsTheDebriefAndAnAgreedMeeting() {
        String g = twoGuides().get(0)[0];
        Map<String, Object> going = match("M-req-d-0", "req-d", g, "BUS_TRAINING", "ACCEPTED", List.of(
                meeting(1, "FIRST", "2026-11-16T10:00:00", "Borgercenter Syd", "Sara Holm", "HELD", "Et godt første møde.")));
        Map<String, Object> debriefed = with(going, "debrief", Map.of("notes", "Guiden var glad for mødet.", "followUpNeeded", true,
                "by", "coordinator-rasmus", "at", "2026-11-23T10:00:00Z"));
        Map<String, Object> agreed = with(debriefed, "meetings", List.of(
                meeting(1, "FIRST", "2026-11-16T10:00:00", "Borgercenter Syd", "Sara Holm", "HELD", "Et godt første møde."),
                meeting(2, "AGREED", "2026-12-14T14:00:00", null, null, "PLANNED", null)));
        Map<String, Object> run = Map.of("id", "run-1", "status", "REQUESTED", "requestedBy", "coordinator-rasmus",
                "requestedAt", "2026-11-23T10:00:00Z", "part", 0, "version", 0);
        Map<String, Object> done = new HashMap<>(run);
        done.putAll(Map.of("status", "DONE", "proposed", 3, "kept", 1, "withoutGuide", 2, "requests", 6, "guides", 15));
        Map<String, Object> stubs = new HashMap<>();
        stubs.put("GET /api/matches?status=PROPOSED&limit=100", page());
        stubs.put("GET /api/guide-requests?status=OPEN&limit=100", page());
        stubs.put("GET /api/guide-requests?status=NO_CANDIDATE&limit=100", page());
        stubs.put("GET /api/matches?status=APPROVED&limit=100", page());
        stubs.put("GET /api/matches?status=ACCEPTED&limit=100", page(going));
        stubs.put("GET /api/alerts?limit=100", page());
        stubs.put("GET /api/guide-requests/req-d", request("req-d", "Oskar Bak", "BUS_TRAINING"));
        stubs.put("POST /api/matching-runs", Browser.respond(202, run, Map.of("GET /api/matching-runs/run-1", done)));
        stubs.put("GET /api/matches/M-req-d-0", going);
        stubs.put("POST /api/matches/M-req-d-0/debrief", Browser.respond(200, debriefed, Map.of("GET /api/matches/M-req-d-0", debriefed)));
        stubs.put("POST /api/matches/M-req-d-0/meetings", Browser.respond(200, agreed, Map.of("GET /api/matches/M-req-d-0", agreed)));
        b.stubApi(stubs);

        b.signIn("coordinator-rasmus");
        assertTrue(b.text(By.id("alerts")).contains("Ingen match mangler opfølgning."));
        b.click(By.id("start-run"));
        b.waitForText(By.id("run-result"), "Færdig: 4 forslag. 2 ønsker har ingen ledig guide.");

        b.go("/match.html?id=M-req-d-0");
        assertFalse(b.driver.findElements(By.id("bus-form")).isEmpty(), "a bus-training match whose first meeting was held can plan the programme");
        b.click(By.id("save-debrief"));
        b.waitForText(By.id("f-debrief-notes-error"), "Skriv, hvad I talte om.");
        b.type("f-debrief-notes", "Guiden var glad for mødet.");
        b.click(By.cssSelector("label[for='f-debrief-followUpNeeded']"));
        b.click(By.id("save-debrief"));
        b.waitForText(By.id("debrief"), "Fulgt op 23. november 2026: Guiden var glad for mødet.");
        assertTrue(b.text(By.id("debrief")).contains("Guiden har brug for mere støtte."));
        assertTrue(b.lastCall("POST /api/matches/M-req-d-0/debrief").get("followUpNeeded").asBoolean());

        b.type("f-agree-date-day", "14");
        b.type("f-agree-date-month", "12");
        b.type("f-agree-date-year", "2026");
        b.type("f-agree-time", "kl. 14");
        b.click(By.id("save-agree"));
        b.waitForText(By.id("flash"), "Mødet er tilføjet.");
        JsonNode sent = b.lastCall("POST /api/matches/M-req-d-0/meetings").get("meetings").get(0);
        assertEquals("2026-12-14T14:00", sent.get("startsAt").asText());
        assertTrue(sent.get("place").isNull(), "the place of an agreed meeting may be left out");
        assertTrue(b.text(By.id("meetings")).contains("14. december 2026 kl. 14.00"));
        b.axe("coordinator: debrief and agreed meetings");
        b.screenshot("coordinator-debrief-agreed");
    }

    @Test
    void theCoordinatorMovesGuidesAlongTheirPath_withWhatEachStepNeeds_andARefusalInPlainWords() {
        Map<String, Object> active = Map.of("id", "guide-a", "name", "Aksel Lund", "kind", "PEER", "taskTypes", List.of("IT"),
                "disabilityExperience", List.of(), "area", "Nord", "capacity", 2, "activeMatches", 0, "totalMatches", 3, "status", "ACTIVE");
        Map<String, Object> interested = new HashMap<>(active);
        interested.putAll(Map.of("id", "guide-b", "name", "Bente Mose", "status", "INTERESTED", "totalMatches", 0));
        Map<String, Object> busy = new HashMap<>(active);
        busy.putAll(Map.of("id", "guide-c", "name", "Carla Ø", "activeMatches", 2));
        Map<String, Object> paused = new HashMap<>(active);
        paused.put("status", "PAUSED");
        Map<String, Object> admitted = new HashMap<>(interested);
        admitted.put("status", "ADMITTED");
        Map<String, Object> stubs = new HashMap<>();
        stubs.put("GET /api/guides", List.of(active, interested, busy));
        stubs.put("POST /api/guides/guide-a/status", Browser.respond(200, paused, Map.of("GET /api/guides", List.of(paused, interested, busy))));
        stubs.put("POST /api/guides/guide-b/status", Browser.respond(200, admitted, Map.of("GET /api/guides", List.of(paused, admitted, busy))));
        stubs.put("POST /api/guides/guide-c/status", Browser.respond(409, Map.of("code", "GUIDE_HAS_ACTIVE_MATCHES",
                "messageDa", "Guiden har stadig aktive match. Afslut dem først.", "message", "The guide still has 2 active match(es); close them first.",
                "errors", List.of()), Map.of()));
        b.stubApi(stubs);
        b.signIn("coordinator-rasmus");
        b.go("/guides.html");

        // Pause, by keyboard.
        b.tabTo("the change button of Aksel Lund", e -> "guide-a".equals(e.getDomAttribute("data-guide")));
        b.press(Keys.ENTER);
        b.waitUntil("the status form to have focus", d -> "status-heading".equals(d.switchTo().activeElement().getAttribute("id")));
        assertEquals("Skift status for Aksel Lund", b.text(By.id("status-heading")));
        String options = b.text(By.id("f-newStatus"));
        assertTrue(options.contains("Sæt på pause") && options.contains("Stop som guide") && !options.contains("Optag"), "only the path's moves: " + options);
        b.tabToId("f-newStatus-0");
        b.press(Keys.SPACE);
        b.tabToId("save-status");
        b.press(Keys.ENTER);
        b.waitForText(By.tagName("main"), "Aksel Lund er nu: På pause.");
        assertEquals("På pause", b.text(By.cssSelector("tr[data-guide='guide-a'] .guide-status")));
        assertEquals("PAUSED", b.lastCall("POST /api/guides/guide-a/status").get("status").asText());

        // Admission needs the criminal-record certificate seen.
        b.click(By.cssSelector(".change-status[data-guide='guide-b']"));
        b.click(By.cssSelector("label[for='f-newStatus-0']")); // Optag guiden
        b.click(By.id("save-status"));
        b.waitForText(By.id("f-criminalRecordSeen-error"), "Sæt flueben, når du har set straffeattesten.");
        b.axe("coordinator: guide status change with an error");
        b.click(By.cssSelector("label[for='f-criminalRecordSeen']"));
        b.click(By.id("save-status"));
        b.waitForText(By.tagName("main"), "Bente Mose er nu: Optaget.");
        JsonNode admission = b.lastCall("POST /api/guides/guide-b/status");
        assertEquals("ADMITTED", admission.get("status").asText());
        assertTrue(admission.get("criminalRecordSeen").asBoolean());

        // A guide with active matches cannot stop: the server's reason, in plain words.
        b.click(By.cssSelector(".change-status[data-guide='guide-c']"));
        b.click(By.cssSelector("label[for='f-newStatus-1']")); // Stop som guide
        b.click(By.id("save-status"));
        b.waitForText(By.id("status-note"), "Guiden har stadig aktive match. Afslut dem først.");
        b.screenshot("coordinator-guide-status");
    }

    @Test
    void theGuideSaysYesToANewCitizen_writesAboutAMeeting_andTakesABreak() {
        Map<String, Object> asked = match("M-req-x-0", "req-x", "guide-ida-1", "BUS_TRAINING", "APPROVED", List.of());
        Map<String, Object> accepted = with(asked, "status", "ACCEPTED");
        Map<String, Object> ongoing = match("M-req-y-0", "req-y", "guide-ida-1", "VISITING_FRIEND", "ACCEPTED", List.of(
                meeting(1, "FIRST", "2026-11-20T14:00:00", "Café Ingolf", "Sara Holm", "PLANNED", null)));
        Map<String, Object> logged = with(ongoing, "meetings", List.of(
                meeting(1, "FIRST", "2026-11-20T14:00:00", "Café Ingolf", "Sara Holm", "HELD", "Vi drak kaffe og aftalte at gå en tur.")));
        Map<String, Object> ida = Map.of("id", "guide-ida-1", "name", "Ida Brink", "status", "ACTIVE", "capacity", 2, "activeMatches", 2);
        Map<String, Object> idaPaused = new HashMap<>(ida);
        idaPaused.put("status", "PAUSED");
        Map<String, Object> stubs = new HashMap<>();
        stubs.put("GET /api/matches?status=APPROVED&limit=100", page(asked));
        stubs.put("GET /api/matches?status=ACCEPTED&limit=100", page(ongoing));
        stubs.put("GET /api/guides/guide-ida-1", ida);
        stubs.put("POST /api/matches/M-req-x-0/accept", Browser.respond(200, accepted, Map.of(
                "GET /api/matches?status=APPROVED&limit=100", page(), "GET /api/matches?status=ACCEPTED&limit=100", page(accepted, ongoing))));
        stubs.put("POST /api/matches/M-req-y-0/meetings/1/log", Browser.respond(200, logged, Map.of(
                "GET /api/matches?status=ACCEPTED&limit=100", page(accepted, logged))));
        stubs.put("POST /api/guides/guide-ida-1/status", Browser.respond(200, idaPaused, Map.of("GET /api/guides/guide-ida-1", idaPaused)));
        b.stubApi(stubs);

        b.signIn("guide-ida");
        assertTrue(b.driver.getCurrentUrl().endsWith("/guide.html"), "the guide's start page is their own");
        b.waitForText(By.tagName("main"), "Nye borgere til dig (1)");
        assertTrue(b.text(By.tagName("main")).contains("En borger vil gerne have hjælp til: Bustræning"));
        b.axe("guide: my citizens");
        b.tabTo("the yes button", e -> "accept".equals(e.getDomAttribute("data-answer")));
        b.press(Keys.ENTER);
        b.waitForText(By.id("flash"), "Tak. Koordinatoren planlægger jeres første møde.");
        assertTrue(b.text(By.tagName("main")).contains("Nye borgere til dig (0)"));
        assertTrue(b.text(By.tagName("main")).contains("Borgere, du er guide for (2)"));

        // Write about the first meeting; the answer and a note are both needed.
        b.click(By.id("m1-save-log"));
        b.waitForText(By.id("m1-held-error"), "Svar på, om mødet blev holdt.");
        assertTrue(b.text(By.id("m1-log-error")).contains("Skriv en kort note."));
        b.axe("guide: a meeting note with errors");
        b.click(By.cssSelector("label[for='m1-held-0']"));
        b.type("m1-log", "Vi drak kaffe og aftalte at gå en tur.");
        b.click(By.id("m1-save-log"));
        b.waitForText(By.id("flash"), "Tak. Det er gemt.");
        assertTrue(b.text(By.id("meetings-1")).contains("holdt"));
        JsonNode log = b.lastCall("POST /api/matches/M-req-y-0/meetings/1/log");
        assertTrue(log.get("held").asBoolean());
        assertEquals("Vi drak kaffe og aftalte at gå en tur.", log.get("log").asText());

        b.click(By.id("pause"));
        b.waitForText(By.id("flash"), "Du holder pause nu.");
        assertEquals("Du er: på pause.", b.text(By.id("guide-status")));
        assertEquals("Start igen", b.text(By.id("pause")));
        assertEquals("PAUSED", b.lastCall("POST /api/guides/guide-ida-1/status").get("status").asText());
        b.screenshot("guide-my-citizens");
    }

    @Test
    void onTheRuntime_theCoordinatorSeesTheFiguresAndAlerts_takesTheGuidesAnswerByPhone_andTheGuideHasHerPage() {
        JsonNode proposed = CoordinatorBrowserIT.proposedMatchFor("Liv Aagaard", "SHOPPING", "Syd");
        String coordinator = Browser.token("coordinator-rasmus");
        String matchId = proposed.get("id").asText();
        Browser.call("POST", "/api/matches/" + matchId + "/approve", coordinator, Map.of());
        JsonNode figures = Browser.call("GET", "/api/guide-figures", coordinator, null);
        JsonNode alerts = Browser.call("GET", "/api/alerts?limit=100", coordinator, null).get("items");

        b.signIn("coordinator-rasmus");
        String row = b.text(By.cssSelector("#active-matches tr[data-match='" + matchId + "']"));
        assertTrue(row.contains("Liv Aagaard") && row.contains("Venter på guidens svar") && row.contains("Intet møde endnu"), row);
        List<String> shown = List.of(b.text(By.id("guide-figures")).split("\n"));
        assertEquals(figures.get("waiting").get("count").asText(), shown.get(shown.indexOf("Ønsker, der venter på en guide") + 1), shown.toString());
        assertEquals(figures.get("activeMatches").asText(), shown.get(shown.indexOf("Aktive match") + 1), shown.toString());
        assertEquals(figures.get("freeCapacity").asText(), shown.get(shown.indexOf("Ledige pladser") + 1), shown.toString());
        if (alerts.isEmpty()) {
            assertEquals("Ingen match mangler opfølgning.", b.text(By.id("alerts")));
        } else {
            assertEquals(alerts.size(), b.driver.findElements(By.cssSelector("#alerts li.alert-item")).size());
        }
        b.leaving();
        b.click(By.cssSelector("#active-matches tr[data-match='" + matchId + "'] a.follow-up"));
        b.ready();
        assertTrue(b.text(By.id("match-heading")).startsWith("Liv Aagaard"));
        assertTrue(b.text(By.id("part-first")).contains("Når guiden har sagt ja, kan du planlægge det første møde."));
        b.click(By.id("accept"));
        b.waitForText(By.id("match-status"), "Guiden har sagt ja");
        assertEquals("ACCEPTED", Browser.call("GET", "/api/matches/" + matchId, coordinator, null).get("status").asText());
        assertTrue(b.driver.findElements(By.id("first-form")).size() == 1, "now the first meeting can be planned");
        b.axe("coordinator: match follow-up on the runtime");
        b.screenshot("match-follow-up-runtime");

        String ida = Browser.token("guide-ida");
        int asked = Browser.call("GET", "/api/matches?status=APPROVED&limit=100", ida, null).get("items").size();
        int active = Browser.call("GET", "/api/matches?status=ACCEPTED&limit=100", ida, null).get("items").size();
        b.signIn("guide-ida");
        b.waitForText(By.tagName("main"), "Nye borgere til dig (" + asked + ")");
        assertTrue(b.text(By.tagName("main")).contains("Borgere, du er guide for (" + active + ")"));
        b.axe("guide page on the runtime");
    }
}
