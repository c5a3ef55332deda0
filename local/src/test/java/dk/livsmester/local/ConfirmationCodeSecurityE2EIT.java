package dk.livsmester.local;

import com.fasterxml.jackson.databind.JsonNode;
import dk.livsmester.local.SecurityRuntime.Reply;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dk.livsmester.local.SecurityRuntime.application;
import static dk.livsmester.local.SecurityRuntime.call;
import static dk.livsmester.local.SecurityRuntime.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * F1 over HTTP: the confirmation code cannot be brute-forced. Five tries an hour per application and per caller,
 * then 429 with Retry-After even for the right code; the creator gets a letter; the code is eight characters from an
 * alphabet without look-alikes; a person who confirmed reads no personal data.
 */
class ConfirmationCodeSecurityE2EIT {

    private static String wrong(String code) {
        return code.substring(0, 7) + (code.charAt(7) == '2' ? '3' : '2');
    }

    @Test
    void guessingStopsAfterFiveTries_evenTheRightCodeIsRefusedThen_andTheCreatorIsTold() {
        JsonNode app = application("contact-maja", "Brute force target");
        String id = app.get("id").asText();
        String code = app.get("confirmationCode").asText();
        assertTrue(code.matches("[2-9A-HJKMNP-Z]{8}"), "eight characters without look-alikes: " + code);
        String attacker = token("citizen-jonas");
        for (int i = 0; i < 5; i++) {
            assertEquals(404, call("POST", "/api/applications/" + id + "/confirmations", attacker,
                    Map.of("code", wrong(code))).status(), "a wrong code looks like no application, try " + (i + 1));
        }
        Reply locked = call("POST", "/api/applications/" + id + "/confirmations", token("citizen-emil"), Map.of("code", code));
        assertEquals(429, locked.status(), "the application is locked for everyone: " + locked.text());
        assertNotNull(locked.header("Retry-After"));
        assertEquals("TOO_MANY_TRIES", locked.json().get("code").asText());
        assertEquals(404, call("GET", "/api/applications/" + id, token("citizen-emil"), null).status(),
                "nothing was confirmed");

        JsonNode letters = call("GET", "/api/applications/" + id + "/letters", token("contact-maja"), null).json();
        boolean told = false;
        for (JsonNode l : letters) {
            told |= l.get("kind").asText().equals("CONFIRMATION_LOCKED");
        }
        assertTrue(told, "the creator is told: " + letters);

        // The attacker is locked everywhere now, also for an application of which it has never tried the code.
        JsonNode other = application("contact-maja", "Another target");
        assertEquals(429, call("POST", "/api/applications/" + other.get("id").asText() + "/confirmations", attacker,
                Map.of("code", other.get("confirmationCode").asText())).status());
    }

    @Test
    void anUnknownApplicationCountsAlike_soTheLockoutSaysNothingAboutWhatExists() {
        String caller = token("citizen-sofie");
        for (int i = 0; i < 5; i++) {
            assertEquals(404, call("POST", "/api/applications/app-nosuch" + i + "/confirmations", caller,
                    Map.of("code", "KM4P7XRT")).status());
        }
        assertEquals(429, call("POST", "/api/applications/app-nosuch9/confirmations", caller,
                Map.of("code", "KM4P7XRT")).status());
    }

    @Test
    void confirmingWithTheRightCode_letsTheCitizenFollowTheApplication_butReadNoPersonalData() {
        JsonNode app = application("contact-anders", "Confirmed by the citizen");
        String id = app.get("id").asText();
        String code = app.get("confirmationCode").asText();
        String citizen = token("citizen-nora");
        // As people type it from paper: lower case, two groups.
        Reply confirmed = call("POST", "/api/applications/" + id + "/confirmations", citizen,
                Map.of("code", code.substring(0, 4).toLowerCase() + " " + code.substring(4)));
        assertEquals(200, confirmed.status(), confirmed.text());
        JsonNode seen = call("GET", "/api/applications/" + id, citizen, null).json();
        assertEquals(2, seen.get("confirmations").size());
        JsonNode applicant = seen.get("applicants").get(0);
        assertEquals("Sofie Krogh", applicant.get("name").asText());
        for (String field : new String[]{"birthDate", "address", "email", "phone"}) {
            assertFalse(applicant.hasNonNull(field), field + " is not for someone who only confirmed: " + applicant);
        }
        assertFalse(seen.get("contactPerson").hasNonNull("email"));
        assertFalse(seen.get("contactPerson").hasNonNull("phone"));
        assertFalse(confirmed.text().contains("2002-03-04"), "nor in the confirmation's answer");
        JsonNode own = call("GET", "/api/applications/" + id, token("contact-anders"), null).json();
        assertEquals("2002-03-04", own.get("applicants").get(0).get("birthDate").asText(), "the creator reads it all");
    }

    @Test
    void theReadBackBeforeTheConfirmation_showsWhatIsAgreedTo_withoutPersonalData_andConfirmsNothing() {
        JsonNode app = application("contact-maja", "Read back before the yes");
        String id = app.get("id").asText();
        String code = app.get("confirmationCode").asText();
        String citizen = token("citizen-emil");
        assertEquals(404, call("POST", "/api/applications/" + id + "/read-back", citizen, Map.of("code", wrong(code))).status(),
                "a wrong code looks like no application");
        Reply read = call("POST", "/api/applications/" + id + "/read-back", citizen, Map.of("code", code));
        assertEquals(200, read.status(), read.text());
        assertEquals("Read back before the yes", read.json().get("wish").get("headline").asText());
        assertFalse(read.text().contains("2002-03-04"), "no birth date for someone who has not confirmed");
        assertFalse(read.json().get("applicants").get(0).hasNonNull("address"));
        assertEquals(1, read.json().get("confirmations").size(), "reading back is not confirming");
        assertEquals(404, call("GET", "/api/applications/" + id, citizen, null).status(), "nor does it open the application");
    }
}
