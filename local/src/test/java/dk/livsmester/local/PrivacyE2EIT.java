package dk.livsmester.local;

import com.fasterxml.jackson.databind.JsonNode;
import dk.livsmester.local.Api.Reply;
import dk.livsmester.localaws.CfnTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The read log and the citizen's own data over HTTP on the local runtime, with the demo data's support relation
 * (Maja Winther supports Emil Sandgaard): every staff read of Emil's application and guide request leaves an entry
 * with who, when, which record and which route; Emil's own reads leave none; the auditor finds the entries by citizen,
 * by staff member, by record and by period; Emil downloads everything held about him, the read log included; the
 * team's fetch of it on his behalf is itself logged. The guide sees a request's needs and disability only as the
 * citizen chose (and the matcher scores with the disability either way); every role is asked to read the privacy
 * notice until they acknowledged its current version.
 */
class PrivacyE2EIT {
    static LocalRuntime runtime;
    static URI base;
    static String emilSubject;
    static String applicationId;
    static String requestId;

    @BeforeAll
    static void start() throws Exception {
        runtime = LocalRuntime.start(new RuntimeSettings(0, Files.createTempDirectory("livsmester-privacy"),
                CfnTemplate.locate(Path.of("")).getParent()));
        base = runtime.baseUrl();
        String maja = tokenOf("contact-maja");
        emilSubject = call("GET", "/api/support-relations", maja, null).body().get(0).get("citizenSubject").asText();
        Path events = CfnTemplate.locate(Path.of("")).getParent().resolve("events");
        String form = Files.readString(events.resolve("application-ebike.json")).trim()
                .replaceFirst("\\}$", ",\"citizenSubject\":\"" + emilSubject + "\"}");
        Reply created = call("POST", "/api/applications", maja, form);
        assertEquals(201, created.status(), String.valueOf(created.body()));
        applicationId = created.body().get("id").asText();
        Api.await(base, "/api/applications/" + applicationId, maja, a -> a.get("status").asText().equals("IN_REVIEW"), 30);
        String request = Files.readString(events.resolve("guide-request-bus-training.json")).trim()
                .replaceFirst("\\}$", ",\"citizenSubject\":\"" + emilSubject + "\"}");
        Reply asked = call("POST", "/api/guide-requests", maja, request);
        assertEquals(201, asked.status(), String.valueOf(asked.body()));
        requestId = asked.body().get("id").asText();
    }

    @AfterAll
    static void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    static String tokenOf(String sub) throws Exception {
        return Api.call(base, "POST", "/local/token", null, Map.of("sub", sub)).body().get("token").asText();
    }

    static Reply call(String method, String path, String token, Object body) throws Exception {
        return Api.call(base, method, path, token, body);
    }

    /** Every entry of a search, all pages. */
    static List<JsonNode> search(String query) throws Exception {
        String auditor = tokenOf("auditor-bente");
        List<JsonNode> out = new ArrayList<>();
        String cursor = null;
        do {
            Reply r = call("GET", "/api/read-log?limit=5&" + query + (cursor == null ? "" : "&cursor=" + cursor), auditor, null);
            assertEquals(200, r.status(), String.valueOf(r.body()));
            r.body().get("items").forEach(out::add);
            cursor = r.body().hasNonNull("nextCursor") ? r.body().get("nextCursor").asText() : null;
        } while (cursor != null);
        return out;
    }

    static Set<String> routes(List<JsonNode> entries, String staff, String recordId) {
        Set<String> out = new TreeSet<>();
        entries.stream().filter(e -> e.get("staffSubject").asText().equals(staff) && e.get("recordId").asText().equals(recordId))
                .forEach(e -> out.add(e.get("route").asText()));
        return out;
    }

    @Test
    void applications_everyStaffReadOfTheCitizensApplicationLeavesAnEntry_theirOwnReadsNone() throws Exception {
        String team = tokenOf("team-karim");
        String finance = tokenOf("finance-peter");
        String emil = tokenOf("citizen-emil");
        for (String sub : List.of("", "/letters", "/audit", "/notes")) {
            assertEquals(200, call("GET", "/api/applications/" + applicationId + sub, team, null).status(), sub);
        }
        assertEquals(200, call("GET", "/api/applications/queue", team, null).status());
        assertEquals(200, call("GET", "/api/applications?status=IN_REVIEW&limit=100", finance, null).status());
        assertEquals(200, call("GET", "/api/applications/" + applicationId, emil, null).status());

        List<JsonNode> emils = search("citizen=" + emilSubject);
        assertEquals(Set.of("GET /api/applications/{id}", "GET /api/applications/{id}/letters",
                "GET /api/applications/{id}/audit", "GET /api/applications/{id}/notes", "GET /api/applications/queue"),
                routes(emils, "team-karim", applicationId));
        assertEquals(Set.of("GET /api/applications"), routes(emils, "finance-peter", applicationId));
        assertTrue(emils.stream().noneMatch(e -> e.get("staffSubject").asText().equals(emilSubject)),
                "the citizen's own reads are not in the log");
        JsonNode one = emils.stream().filter(e -> e.get("staffSubject").asText().equals("team-karim")).findFirst().orElseThrow();
        assertEquals("team", one.get("staffRole").asText());
        assertEquals("application", one.get("recordType").asText());
        assertTrue(one.hasNonNull("at") && one.get("expiresAt").asLong() > 0);

        assertEquals(routes(emils, "team-karim", applicationId),
                routes(search("staff=team-karim"), "team-karim", applicationId), "found by the staff member too");
        assertTrue(search("record=application%23" + applicationId).size() >= 6, "and by the record");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen")).toString();
        assertTrue(search("from=" + today + "&to=" + today).stream()
                .anyMatch(e -> e.get("recordId").asText().equals(applicationId)), "and by the period alone");
    }

    @Test
    void guideRequests_theCoordinatorsReadsLeaveEntries() throws Exception {
        String coordinator = tokenOf("coordinator-rasmus");
        // The queue in the request's own status: the matcher may propose a guide for it at any moment, so once more
        // if it moved between the two calls.
        for (int i = 0; i < 3 && !routes(search("record=guide-request%23" + requestId), "coordinator-rasmus", requestId)
                .contains("GET /api/guide-requests"); i++) {
            Reply one = call("GET", "/api/guide-requests/" + requestId, coordinator, null);
            assertEquals(200, one.status());
            assertEquals(200, call("GET", "/api/guide-requests?status=" + one.body().get("status").asText() + "&limit=100",
                    coordinator, null).status());
        }
        assertEquals(Set.of("GET /api/guide-requests/{id}", "GET /api/guide-requests"),
                routes(search("record=guide-request%23" + requestId), "coordinator-rasmus", requestId));
    }

    @Test
    void theAuditorAlone_searches_andABadSearchIsA400NamingTheField() throws Exception {
        for (String who : List.of("team-karim", "finance-peter", "coordinator-rasmus", "citizen-emil", "guide-ida")) {
            assertEquals(403, call("GET", "/api/read-log?citizen=" + emilSubject, tokenOf(who), null).status(), who);
        }
        String auditor = tokenOf("auditor-bente");
        Reply two = call("GET", "/api/read-log?citizen=a&staff=b", auditor, null);
        assertEquals(400, two.status());
        assertEquals("citizen", two.body().get("errors").get(0).get("field").asText());
        Reply date = call("GET", "/api/read-log?staff=b&from=1.12.2026", auditor, null);
        assertEquals(400, date.status());
        assertEquals("from", date.body().get("errors").get(0).get("field").asText());
        assertTrue(date.body().get("messageDa").asText().length() > 0);
        assertEquals(400, call("GET", "/api/read-log", auditor, null).status(), "a period search needs both ends");
        int cases = call("GET", "/api/applications/" + applicationId, auditor, null).status();
        assertTrue(cases == 403 || cases == 404, "the auditor reads the log, not the cases: " + cases);
    }

    @Test
    void theCitizenDownloadsEverything_includingWhoReadIt_andTheTeamsFetchOnTheirBehalfIsLogged() throws Exception {
        String team = tokenOf("team-helle");
        assertEquals(200, call("GET", "/api/applications/" + applicationId, team, null).status());
        String emil = tokenOf("citizen-emil");
        String version = call("GET", "/api/privacy-notice", emil, null).body().get("version").asText();
        assertEquals(200, call("POST", "/api/privacy-notice/acknowledgements", emil, Map.of("version", version)).status());
        assertEquals(200, call("PUT", "/api/notices/preferences", emil, Map.of("optIn", true, "channel", "SMS",
                "language", "da", "phone", "+45 11 22 33 44")).status());
        Set<String> inMailbox = new TreeSet<>();
        call("GET", "/api/notices", emil, null).body().forEach(n -> inMailbox.add(n.get("createdAt").asText() + " "
                + n.get("titleDa").asText()));
        Reply mine = call("GET", "/api/me/data", emil, null);
        assertEquals(200, mine.status(), String.valueOf(mine.body()));
        JsonNode data = mine.body();
        assertEquals(emilSubject, data.get("citizenSubject").asText());
        JsonNode app = null;
        for (JsonNode a : data.get("applications")) {
            if (a.get("application").get("id").asText().equals(applicationId)) {
                app = a;
            }
        }
        assertTrue(app != null, "his application is in it");
        assertTrue(app.get("letters").isArray(), "with its letters");
        assertTrue(app.get("auditTrail").size() >= 2, "and its audit trail");
        assertEquals("Maja Winther", data.get("supportRelations").get(0).get("contactName").asText());
        assertTrue(contains(data.get("guideRequests"), "id", requestId), "his guide request");
        List<String> readers = new ArrayList<>();
        data.get("readLog").forEach(e -> readers.add(e.get("staffSubject").asText()));
        assertTrue(readers.contains("team-helle"), "who read it: " + readers);
        assertTrue(data.get("notIncluded").get("da").asText().contains("§ 12"));
        List<String> versions = new ArrayList<>();
        data.get("privacyNoticeAcknowledgements").forEach(a -> versions.add(a.get("version").asText()));
        assertEquals(List.of(version), versions, "the privacy notice's version he read");
        assertEquals("+45 11 22 33 44", data.get("noticePreference").get("phone").asText(), "his number, as he gave it");
        assertEquals("SMS", data.get("noticePreference").get("effectiveChannel").asText());
        Set<String> exported = new TreeSet<>();
        data.get("notices").forEach(n -> exported.add(n.get("createdAt").asText() + " " + n.get("titleDa").asText()));
        assertTrue(exported.containsAll(inMailbox), "every notice of his mailbox: " + inMailbox + " in " + exported);

        assertEquals(403, call("GET", "/api/me/data", team, null).status(), "staff have no 'own data' here");
        assertEquals(403, call("GET", "/api/citizens/" + emilSubject + "/data", tokenOf("finance-peter"), null).status());
        Reply onBehalf = call("GET", "/api/citizens/" + emilSubject + "/data", team, null);
        assertEquals(200, onBehalf.status());
        assertEquals(data.get("applications").size(), onBehalf.body().get("applications").size());
        assertEquals(Set.of("GET /api/citizens/{subject}/data"), routes(search("citizen=" + emilSubject),
                "team-helle", emilSubject), "the fetch on his behalf is in the log");
    }

    /** Each role's answer about the same application carries what that role needs and no more. */
    @Test
    void eachRolesAnswer_carriesOnlyWhatTheRoleNeeds() throws Exception {
        JsonNode team = call("GET", "/api/applications/" + applicationId, tokenOf("team-karim"), null).body();
        assertTrue(team.get("applicants").get(0).hasNonNull("birthDate"), "the team decides on age: " + team);
        assertTrue(team.get("applicants").get(0).hasNonNull("address"));

        String finance = tokenOf("finance-peter");
        JsonNode one = call("GET", "/api/applications/" + applicationId, finance, null).body();
        JsonNode listed = null;
        for (JsonNode a : call("GET", "/api/applications?status=IN_REVIEW&limit=100", finance, null).body().get("items")) {
            if (a.get("id").asText().equals(applicationId)) {
                listed = a;
            }
        }
        assertTrue(listed != null, "finance sees it in the list");
        for (JsonNode seen : List.of(one, listed)) {
            JsonNode applicant = seen.get("applicants").get(0);
            for (String field : List.of("birthDate", "address", "email", "phone")) {
                assertTrue(!applicant.hasNonNull(field), "finance pays out; it needs no " + field + ": " + applicant);
            }
            assertTrue(!seen.get("contactPerson").hasNonNull("email") && !seen.get("contactPerson").hasNonNull("phone"));
            assertEquals(team.get("requestedOre"), seen.get("requestedOre"), "the amounts are there");
            assertEquals(team.get("applicants").get(0).get("name"), applicant.get("name"));
        }

        JsonNode auditorsAnswer = call("GET", "/api/read-log?record=application%23" + applicationId + "&limit=1",
                tokenOf("auditor-bente"), null).body().get("items").get(0);
        Set<String> fields = new TreeSet<>();
        auditorsAnswer.fieldNames().forEachRemaining(fields::add);
        assertEquals(new TreeSet<>(Set.of("id", "at", "staffSubject", "staffRole", "citizenSubject", "recordType",
                "recordId", "route", "expiresAt")), fields, "the auditor sees who read what, not the case");

        JsonNode emils = call("GET", "/api/applications/" + applicationId, tokenOf("citizen-emil"), null).body();
        assertTrue(emils.get("applicants").get(0).hasNonNull("birthDate"), "the citizen sees their own in full");
    }

    /** The guide's answers carry the needs text and the disability only once the citizen chose to share them. */
    @Test
    void theGuideSeesOnlyWhatTheCitizenChoseToShare_theCoordinatorEverything_andTheMatcherScoresWithTheDisability()
            throws Exception {
        String maja = tokenOf("contact-maja");
        String coordinator = tokenOf("coordinator-rasmus");
        String ida = tokenOf("guide-ida");
        String emil = tokenOf("citizen-emil");
        // Bus training in Vest on Tuesday afternoons, same disability preferred: what Ida Brink offers.
        Map<String, Object> form = new java.util.LinkedHashMap<>(Map.of("citizenSubject", emilSubject,
                "citizenName", "Emil Sandgaard", "citizenDisability", "INTELLECTUAL_DISABILITY",
                "needs", "Vil gerne lære at tage bussen til værkstedet", "taskType", "BUS_TRAINING",
                "sameDisabilityPreferred", true, "area", "Vest", "availability", List.of("TUE_PM"),
                "sharing", Map.of("needs", false, "disability", false)));
        Reply asked = call("POST", "/api/guide-requests", maja, form);
        assertEquals(201, asked.status(), String.valueOf(asked.body()));
        String id = asked.body().get("id").asText();
        String matchId = "M-" + id + "-0";
        JsonNode proposal = Api.await(base, "/api/matches/" + matchId, coordinator, m -> true, 90);
        String idaId = null;
        for (JsonNode g : call("GET", "/api/guides", coordinator, null).body()) {
            if (g.get("name").asText().equals("Ida Brink")) {
                idaId = g.get("id").asText();
            }
        }
        JsonNode idasScore = proposal.get("guideId").asText().equals(idaId) ? proposal.get("scoreParts") : null;
        for (JsonNode alt : proposal.path("alternatives")) {
            if (idasScore == null && alt.get("guideId").asText().equals(idaId)) {
                idasScore = alt.get("scoreParts");
            }
        }
        assertTrue(idasScore != null, "Ida is a candidate: " + proposal);
        assertEquals(dk.livsmester.domain.guides.MatchScorer.DISABILITY, idasScore.get("disabilityExperience").asInt(),
                "the matcher scores with the disability although the guide may not see it");
        Reply approved = call("POST", "/api/matches/" + matchId + "/approve", coordinator, Map.of("guideId", idaId));
        assertEquals(200, approved.status(), String.valueOf(approved.body()));

        JsonNode seen = call("GET", "/api/matches/" + matchId, ida, null).body();
        assertEquals("Emil", seen.get("citizenFirstName").asText());
        assertTrue(!seen.has("needs") && !seen.has("citizenDisability"), "withheld fields are not in the answer: " + seen);
        assertEquals(List.of("needs", "disability"), texts(seen.get("withheld")));
        assertTrue(!seen.has("scoreParts") && !seen.has("alternatives"), "never the score");
        JsonNode listed = null;
        for (JsonNode m : call("GET", "/api/matches?status=APPROVED", ida, null).body().get("items")) {
            if (m.get("id").asText().equals(matchId)) {
                listed = m;
            }
        }
        assertTrue(listed != null && !listed.has("needs") && !listed.has("citizenDisability"), "nor in her list: " + listed);
        JsonNode whole = call("GET", "/api/guide-requests/" + id, coordinator, null).body();
        assertEquals("INTELLECTUAL_DISABILITY", whole.get("citizenDisability").asText(), "the coordinator matches with it");
        assertTrue(whole.hasNonNull("needs"));

        for (String[] who : new String[][]{{"guide-ida", "403"}, {"coordinator-rasmus", "403"}, {"team-karim", "403"},
                {"contact-anders", "404"}, {"citizen-nora", "404"}}) {
            assertEquals(Integer.parseInt(who[1]), call("PUT", "/api/guide-requests/" + id + "/sharing", tokenOf(who[0]),
                    Map.of("needs", true, "disability", true)).status(), who[0] + " may not choose for Emil");
        }
        Reply bad = call("PUT", "/api/guide-requests/" + id + "/sharing", emil, Map.of("needs", "ja"));
        assertEquals(400, bad.status());
        assertTrue(bad.body().toString().contains("needs"), "names the field: " + bad.body());
        Reply changed = call("PUT", "/api/guide-requests/" + id + "/sharing", emil, Map.of("needs", true, "disability", true));
        assertEquals(200, changed.status(), String.valueOf(changed.body()));
        assertEquals(emilSubject, changed.body().get("givenBy").asText(), "who gave it");
        assertEquals("citizen", changed.body().get("givenByRole").asText());
        assertTrue(changed.body().hasNonNull("givenAt"), "when");
        assertEquals(2, changed.body().get("seq").asInt(), "the wizard's choice was the first");

        JsonNode shared = call("GET", "/api/matches/" + matchId, ida, null).body();
        assertEquals("Vil gerne lære at tage bussen til værkstedet", shared.get("needs").asText());
        assertEquals("INTELLECTUAL_DISABILITY", shared.get("citizenDisability").asText());
        assertEquals(List.of(), texts(shared.get("withheld")));
        JsonNode own = null;
        for (JsonNode r : call("GET", "/api/guide-requests?mine=true", emil, null).body().get("items")) {
            if (r.get("id").asText().equals(id)) {
                own = r;
            }
        }
        assertTrue(own != null && own.get("sharing").get("needs").asBoolean(), "Emil sees his choice: " + own);
    }

    /** Every role is asked to read the privacy notice until it acknowledged the current version; a stale one is a 400. */
    @Test
    void thePrivacyNotice_isDueForEveryRoleUntilRead_inItsWording() throws Exception {
        Map<String, String> audience = Map.of("citizen-jonas", "citizen", "contact-anders", "contact-person",
                "team-lise", "staff", "coordinator-rasmus", "staff", "guide-ida", "staff", "finance-peter", "staff",
                "auditor-bente", "staff", "admin-demo", "staff");
        for (Map.Entry<String, String> who : audience.entrySet()) {
            String token = tokenOf(who.getKey());
            JsonNode first = call("GET", "/api/privacy-notice", token, null).body();
            assertTrue(first.get("due").asBoolean(), who.getKey() + ": " + first);
            assertEquals(who.getValue(), first.get("audience").asText(), who.getKey());
            Reply stale = call("POST", "/api/privacy-notice/acknowledgements", token, Map.of("version", "2020-01-01"));
            assertEquals(400, stale.status());
            assertEquals("version", stale.body().get("errors").get(0).get("field").asText());
            assertTrue(stale.body().get("errors").get(0).get("da").asText().length() > 10, "in Danish too");
            Reply read = call("POST", "/api/privacy-notice/acknowledgements", token,
                    Map.of("version", first.get("version").asText()));
            assertEquals(200, read.status(), String.valueOf(read.body()));
            assertTrue(!read.body().get("due").asBoolean());
            assertEquals(first.get("version").asText(), call("GET", "/api/privacy-notice", token, null).body()
                    .get("acknowledgedVersion").asText(), who.getKey() + ": stored on the server");
        }
        assertEquals(401, call("GET", "/api/privacy-notice", null, null).status());
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static boolean contains(JsonNode list, String field, String value) {
        for (JsonNode n : list) {
            if (n.get(field).asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
