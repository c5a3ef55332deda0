package dk.livsmester.local;

import com.fasterxml.jackson.databind.JsonNode;
import dk.livsmester.local.SecurityRuntime.Reply;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dk.livsmester.local.SecurityRuntime.application;
import static dk.livsmester.local.SecurityRuntime.applicationJson;
import static dk.livsmester.local.SecurityRuntime.call;
import static dk.livsmester.local.SecurityRuntime.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The findings F2, F6, F8, F10, F12 and the empty body, each as the attack saw it, over HTTP. */
class FindingsSecurityE2EIT {

    static String field(Reply r) {
        return r.json().get("errors").get(0).get("field").asText();
    }

    @Test
    void f6_f8_coercedMoneyAndText_are400NamingTheField_inBothLanguages_withoutTheValue() {
        String contact = token("contact-anders");
        Reply fraction = call("POST", "/api/applications", contact, applicationJson("Brøk", 250_000, true)
                .replace("\"amountOre\":250000", "\"amountOre\":1200000.5"));
        assertEquals(400, fraction.status(), fraction.text());
        assertEquals("costLines[0].amountOre", field(fraction));
        JsonNode error = fraction.json().get("errors").get(0);
        assertFalse(error.get("da").asText().isBlank());
        assertFalse(error.get("en").asText().isBlank());
        assertFalse(fraction.text().contains("1200000") || fraction.text().contains("java.") || fraction.text().contains("Long"));
        Reply quoted = call("POST", "/api/applications", contact, applicationJson("Tekst", 250_000, true)
                .replace("\"amountOre\":250000", "\"amountOre\":\"1200000\""));
        assertEquals("costLines[0].amountOre", field(quoted));
        JsonNode app = application("contact-anders", "Noter");
        Reply note = call("POST", "/api/applications/" + app.get("id").asText() + "/notes", token("team-karim"), "{\"text\":[1]}");
        assertEquals(400, note.status(), note.text());
        assertEquals("text", field(note));
        Reply decision = call("POST", "/api/applications/" + app.get("id").asText() + "/decision", token("team-karim"),
                "{\"outcome\":\"APPROVED\",\"grantedOre\":500000.9}");
        assertEquals(400, decision.status(), decision.text());
        assertEquals("grantedOre", field(decision));
    }

    @Test
    void anActionRoute_takesNoBody() {
        Reply approve = call("POST", "/api/matches/m-none/approve", token("coordinator-rasmus"), null);
        assertEquals(404, approve.status(), "no body is no 400 'Empty body': " + approve.text());
    }

    @Test
    void f2_aGuideCannotBeRegisteredActiveWithoutThePath() {
        Map<String, Object> guide = new HashMap<>(Map.of("name", "Eva Ny", "kind", "PEER", "taskTypes", List.of("IT"),
                "disabilityExperience", List.of(), "languages", List.of("da"), "area", "Nord", "availability", List.of(),
                "capacity", 2, "status", "ACTIVE"));
        String coordinator = token("coordinator-rasmus");
        Reply active = call("POST", "/api/guides", coordinator, guide);
        assertEquals(400, active.status(), active.text());
        assertEquals("criminalRecordSeenOn", field(active));
        guide.put("status", "INTERESTED");
        assertEquals(201, call("POST", "/api/guides", coordinator, guide).status());
    }

    @Test
    void f10_theSameCreateTwiceWithAKey_isOneApplication_andTheRetryGetsTheFirstAnswer() {
        String contact = token("contact-maja");
        String key = UUID.randomUUID().toString();
        Map<String, String> header = Map.of("Idempotency-Key", key);
        Reply first = call("POST", "/api/applications", contact, applicationJson("Idempotent", 250_000, true), header);
        Reply again = call("POST", "/api/applications", contact, applicationJson("Idempotent", 250_000, true), header);
        assertEquals(201, first.status(), first.text());
        assertEquals(201, again.status(), again.text());
        assertEquals(first.json().get("id").asText(), again.json().get("id").asText(), "one application");
        assertEquals("true", again.header("Idempotent-Replayed"));
        Reply other = call("POST", "/api/applications", token("contact-anders"), applicationJson("Idempotent", 250_000, true), header);
        assertTrue(!other.json().get("id").asText().equals(first.json().get("id").asText()), "another person's key is theirs");
    }

    @Test
    void f10_theSameKeyWithAnotherBody_is422_neverTheFirstAnswer_andWritesNothing() {
        String contact = token("contact-maja");
        String key = UUID.randomUUID().toString();
        Map<String, String> header = Map.of("Idempotency-Key", key);
        String headline = "Nøgle " + key.substring(0, 8);
        Reply first = call("POST", "/api/applications", contact, applicationJson(headline, 250_000, true), header);
        assertEquals(201, first.status(), first.text());
        Reply other = call("POST", "/api/applications", contact, applicationJson(headline, 260_000, true), header);
        assertEquals(422, other.status(), other.text());
        assertEquals("IDEMPOTENCY_KEY_REUSED", other.json().get("code").asText());
        assertTrue(other.json().get("messageDa").asText().contains("nøgle"), other.text());
        assertTrue(other.json().get("message").asText().contains("different request body"), other.text());
        assertFalse(other.json().has("id"), "not the first body's answer");
        assertEquals(null, other.header("Idempotent-Replayed"));
        Reply same = call("POST", "/api/applications", contact, applicationJson(headline, 250_000, true), header);
        assertEquals(first.json().get("id").asText(), same.json().get("id").asText(), "the first body still gets its answer");
        int withHeadline = 0;
        String cursor = null;
        do {
            Reply mine = call("GET", "/api/applications?mine=true&limit=100" + (cursor == null ? ""
                    : "&cursor=" + java.net.URLEncoder.encode(cursor, java.nio.charset.StandardCharsets.UTF_8)), contact, null);
            assertEquals(200, mine.status(), mine.text());
            for (JsonNode a : mine.json().path("items")) {
                withHeadline += a.path("wish").path("headline").asText().equals(headline) ? 1 : 0;
            }
            cursor = mine.json().path("nextCursor").isTextual() ? mine.json().get("nextCursor").asText() : null;
        } while (cursor != null);
        assertEquals(1, withHeadline, "one application: the reuse wrote nothing");
    }

    @Test
    void f12_extendingSomeoneElsesApplication_saysTheSameWhetherItWasGrantedOrNot() {
        JsonNode theirs = application("contact-maja", "Granted elsewhere");
        String id = theirs.get("id").asText();
        String team = token("team-helle");
        // Wait for the review, then grant it.
        for (int i = 0; i < 50 && !"IN_REVIEW".equals(call("GET", "/api/applications/" + id, team, null).json().get("status").asText()); i++) {
            sleep();
        }
        // A grant needs the citizen's own yes (issue 11): recorded in person by the team.
        assertEquals(200, call("POST", "/api/applications/" + id + "/in-person-confirmation", team,
                Map.of("reason", "Bekræftet på mødet")).status());
        assertEquals(200, call("POST", "/api/applications/" + id + "/decision", team, Map.of("outcome", "APPROVED")).status());
        String body = applicationJson("Forlængelse", 100_000, false).replace("\"submit\":false", "\"submit\":false,\"extendsApplicationId\":\"%s\"");
        Reply granted = call("POST", "/api/applications", token("contact-anders"), body.formatted(id));
        Reply unknown = call("POST", "/api/applications", token("contact-anders"), body.formatted("app-nosuchthing"));
        assertEquals(400, granted.status(), granted.text());
        assertEquals(unknown.status(), granted.status());
        assertEquals(unknown.text(), granted.text(), "no oracle: granted elsewhere and unknown look alike");
        assertEquals(201, call("POST", "/api/applications", token("contact-maja"), body.formatted(id)).status(), "the creator may");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
