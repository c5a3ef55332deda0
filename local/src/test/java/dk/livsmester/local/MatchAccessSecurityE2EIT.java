package dk.livsmester.local;

import com.fasterxml.jackson.databind.JsonNode;
import dk.livsmester.local.SecurityRuntime.Reply;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static dk.livsmester.local.SecurityRuntime.call;
import static dk.livsmester.local.SecurityRuntime.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Object-level access to matches: a guide reads and acts on her own match only (another guide's is 404, as an unknown
 * id); citizens and contact persons (even the one who asked for the guide) are refused every match route; the
 * coordinator reads and acts on any.
 */
class MatchAccessSecurityE2EIT {

    /** A guide request by the contact person, and its first proposal once the matching queue made it. */
    static JsonNode proposal(String contact, String coordinator, String task, String disability, String area) {
        Reply r = call("POST", "/api/guide-requests", contact, Map.of("citizenName", "Jonas Lykke",
                "citizenDisability", disability, "needs", "Vil gerne have en guide til " + task,
                "taskType", task, "sameDisabilityPreferred", true, "area", area));
        assertEquals(201, r.status(), r.text());
        String matchId = "M-" + r.json().get("id").asText() + "-0";
        long until = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < until) {
            Reply m = call("GET", "/api/matches/" + matchId, coordinator, null);
            if (m.status() == 200) {
                return m.json();
            }
            sleep();
        }
        throw new AssertionError("No proposal " + matchId);
    }

    static String guideId(String coordinator, String name) {
        for (JsonNode g : call("GET", "/api/guides", coordinator, null).json()) {
            if (g.get("name").asText().equals(name)) {
                return g.get("id").asText();
            }
        }
        throw new AssertionError("No guide " + name);
    }

    @Test
    void aGuideSeesAndActsOnHerOwnMatchOnly_citizensAndContactPersonsOnNone_theCoordinatorOnAny() {
        String coordinator = token("coordinator-rasmus");
        String contact = token("contact-maja");
        String ida = token("guide-ida");
        String idaId = guideId(coordinator, "Ida Brink");

        // IT training for an autistic citizen in Nord: not Ida's (she does accompaniment and bus training in Vest).
        JsonNode other = proposal(contact, coordinator, "IT", "AUTISM", "Nord");
        String otherId = other.get("id").asText();
        assertNotEquals(idaId, other.get("guideId").asText(), "precondition: another guide's match");
        String day = LocalDate.now().plusDays(3).toString();
        Map<String, Object> meetings = Map.of("meetings", java.util.List.of(Map.of("startsAt", day + "T10:00", "place", "Biblioteket")));
        for (String[] route : new String[][]{{"GET", ""}, {"POST", "/accept"}, {"POST", "/decline"},
                {"POST", "/meetings"}, {"POST", "/meetings/1/log"}}) {
            Object body = route[1].equals("/meetings") ? meetings : route[1].endsWith("/log")
                    ? Map.of("held", false, "log", "Aflyst") : null;
            assertEquals(404, call(route[0], "/api/matches/" + otherId + route[1], ida, body).status(),
                    "guide on another's match: " + route[0] + " " + route[1]);
        }
        for (JsonNode m : call("GET", "/api/matches?status=PROPOSED", ida, null).json().path("items")) {
            assertNotEquals(otherId, m.get("id").asText(), "not in her list either");
        }
        for (String person : new String[]{contact, token("contact-anders"), token("citizen-jonas"), token("citizen-nora")}) {
            for (String[] route : new String[][]{{"GET", ""}, {"POST", "/approve"}, {"POST", "/accept"}, {"POST", "/decline"},
                    {"POST", "/close"}}) {
                assertEquals(403, call(route[0], "/api/matches/" + otherId + route[1], person,
                        route[1].equals("/close") ? Map.of("citizenFeedback", "Godt", "guideFeedback", "Fint") : null).status(), route[0] + " " + route[1]);
            }
            assertEquals(403, call("GET", "/api/matches", person, null).status());
        }
        assertEquals("PROPOSED", call("GET", "/api/matches/" + otherId, coordinator, null).json().get("status").asText(),
                "nothing above changed it");
        Reply approved = call("POST", "/api/matches/" + otherId + "/approve", coordinator, null);
        assertEquals(200, approved.status(), approved.text());
        assertEquals(404, call("POST", "/api/matches/" + otherId + "/accept", ida, null).status(), "approved or not");

        // Bus training in Vest for a citizen with an intellectual disability: Ida's kind of match.
        JsonNode own = proposal(contact, coordinator, "BUS_TRAINING", "INTELLECTUAL_DISABILITY", "Vest");
        String ownId = own.get("id").asText();
        boolean proposedIda = own.get("guideId").asText().equals(idaId);
        Reply chosen = call("POST", "/api/matches/" + ownId + "/approve", coordinator,
                proposedIda ? null : Map.of("guideId", idaId));
        assertEquals(200, chosen.status(), chosen.text());
        assertEquals(idaId, chosen.json().get("guideId").asText());
        Reply read = call("GET", "/api/matches/" + ownId, ida, null);
        assertEquals(200, read.status(), read.text());
        assertEquals(200, call("POST", "/api/matches/" + ownId + "/accept", ida, null).status(), "her own: she acts");
        assertEquals(404, call("GET", "/api/matches/" + otherId, ida, null).status(), "still not the other");
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
