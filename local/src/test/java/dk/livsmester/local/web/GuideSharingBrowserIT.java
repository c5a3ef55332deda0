package dk.livsmester.local.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guide's page shows the citizen's needs and disability only where the citizen chose to share them, and says
 * "Borgeren har valgt ikke at dele dette" where they did not. The guide's answers are the API's GuideMatchView
 * shapes inside the page (what the API sends per choice is PrivacyE2EIT's), one withheld and one shared.
 */
class GuideSharingBrowserIT extends BrowserTest {

    static Map<String, Object> view(String id, String status, String needs, String disability, List<String> withheld) {
        Map<String, Object> m = new HashMap<>(Map.of("id", id, "guideId", "guide-ida-1", "taskType", "BUS_TRAINING",
                "status", status, "approvedAt", "2026-11-21T08:00:00Z", "citizenFirstName", "Emil", "area", "Vest",
                "availability", List.of("TUE_PM"), "withheld", withheld, "meetings", List.of()));
        if (needs != null) {
            m.put("needs", needs);
        }
        if (disability != null) {
            m.put("citizenDisability", disability);
        }
        return m;
    }

    @Test
    void theGuideSeesWhatTheCitizenShared_andIsToldWhatTheyChoseNotToShare() {
        Map<String, Object> stubs = new HashMap<>();
        stubs.put("GET /api/matches?status=APPROVED&limit=100", Map.of("items", List.of(
                view("M-req-w-0", "APPROVED", null, null, List.of("needs", "disability")))));
        stubs.put("GET /api/matches?status=ACCEPTED&limit=100", Map.of("items", List.of(
                view("M-req-s-0", "ACCEPTED", "Vil gerne lære at tage bussen til værkstedet", "INTELLECTUAL_DISABILITY", List.of()))));
        stubs.put("GET /api/guides/guide-ida-1", Map.of("id", "guide-ida-1", "name", "Ida Brink", "status", "ACTIVE",
                "capacity", 2, "activeMatches", 1));
        b.stubApi(stubs);
        b.signIn("guide-ida");
        b.go("/guide.html");
        String asked = b.text(By.cssSelector("li.match[data-match='M-req-w-0'] .about-citizen"));
        assertTrue(asked.contains("Det har borgeren brug for") && asked.contains("Borgerens handicap"), asked);
        assertTrue(asked.contains("Borgeren har valgt ikke at dele dette"), asked);
        assertFalse(asked.contains("værkstedet"), asked);
        String shared = b.text(By.cssSelector("section.match[data-match='M-req-s-0'] .about-citizen"));
        assertTrue(shared.contains("Vil gerne lære at tage bussen til værkstedet") && shared.contains("Udviklingshæmning"), shared);
        assertFalse(shared.contains("Borgeren har valgt ikke at dele dette"), shared);
        b.axe("guide: what the citizen shared");

        b.click(By.id("switch-language"));
        b.ready();
        b.waitForText(By.cssSelector("li.match[data-match='M-req-w-0'] .about-citizen"), "The citizen chose not to share this");
        b.axe("guide: what the citizen shared (English)");
    }
}
