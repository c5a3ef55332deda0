package dk.livsmester.local.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The coordinator: the matching queue with waiting times and ranked candidates, approve or pick another; the registry. */
class CoordinatorBrowserIT extends BrowserTest {
    static JsonNode proposedMatchFor(String citizen, String task, String area) {
        String contact = Browser.token("contact-maja");
        String requestId = Browser.call("POST", "/api/guide-requests", contact, Map.of("citizenName", citizen,
                "citizenDisability", "AUTISM", "needs", "Hjælp til at komme ud og møde andre.", "taskType", task,
                "timing", "NOT_LINKED", "sameDisabilityPreferred", true, "area", area, "availability", Set.of("MON_AM"))).get("id").asText();
        Browser.await("/api/guide-requests/" + requestId, contact, q -> q.get("status").asText().equals("PROPOSED"));
        String coordinator = Browser.token("coordinator-rasmus");
        JsonNode matches = Browser.call("GET", "/api/matches?status=PROPOSED&limit=100", coordinator, null).get("items");
        for (JsonNode m : matches) {
            if (m.get("requestId").asText().equals(requestId)) {
                return m;
            }
        }
        throw new AssertionError("no proposal for " + requestId);
    }

    @Test
    void theCoordinatorApprovesOneProposal_andPicksAnotherCandidateForTheNext() {
        JsonNode first = proposedMatchFor("Malte Friis", "BUS_TRAINING", "Vest");
        JsonNode second = proposedMatchFor("Alma Vad", "VISITING_FRIEND", "Midtbyen");
        assertTrue(second.get("alternatives").size() > 0, "the second proposal has alternatives to pick from");

        b.signIn("coordinator-rasmus");
        WebElement main = b.find(By.tagName("main"));
        b.waitForText(By.tagName("main"), "Malte Friis");
        assertTrue(main.getText().contains("Venter siden i dag"), "the waiting time is shown");
        String table = b.text(By.cssSelector("section[aria-labelledby='req-" + first.get("id").asText() + "'] table"));
        assertTrue(table.contains("Opgave") && table.contains("Område") && table.contains("Ledig"), "score parts are shown: " + table);
        assertTrue(table.contains(String.valueOf(first.get("score").asInt())), "the total score is shown");
        b.axe("coordinator: matching queue");
        b.screenshot("coordinator-queue");
        // At 1280 px the candidates fit: every approve button is whole on the screen, none scrolled out of its table.
        Object cut = b.js("""
                const width = document.documentElement.clientWidth;
                return [...document.querySelectorAll('.candidates button.approve')].filter((x) => {
                  const r = x.getBoundingClientRect();
                  const box = x.closest('.table--responsive-scroll').getBoundingClientRect();
                  return r.right > width || r.right > box.right + 1;
                }).length;""");
        assertEquals(0L, ((Number) cut).longValue(), "approve buttons cut off at 1280 px");

        // By keyboard alone: Tab to the proposal's approve button and press Enter.
        String firstId = first.get("id").asText();
        b.tabTo("the approve button of " + firstId, e -> firstId.equals(e.getAttribute("data-match")) && "".equals(e.getAttribute("data-guide")));
        b.press(org.openqa.selenium.Keys.ENTER);
        b.waitForText(By.tagName("main"), "Matchet er godkendt");
        String coordinator = Browser.token("coordinator-rasmus");
        assertEquals("APPROVED", Browser.call("GET", "/api/matches/" + first.get("id").asText(), coordinator, null).get("status").asText());

        String other = second.get("alternatives").get(0).get("guideId").asText();
        b.click(By.cssSelector("button.approve[data-match='" + second.get("id").asText() + "'][data-guide='" + other + "']"));
        b.waitForText(By.id("active-matches"), "Alma Vad: Besøgsven");
        JsonNode approved = Browser.call("GET", "/api/matches/" + second.get("id").asText(), coordinator, null);
        assertEquals(other, approved.get("guideId").asText(), "the coordinator's pick, not the proposal, was approved");
        assertTrue(b.text(By.tagName("main")).contains("Matchet er godkendt"));
        b.screenshot("coordinator-approved");
    }

    @Test
    void theGuideRegistryListsTheGuides_andRegistersANewOneWithFieldErrors() {
        b.signIn("coordinator-rasmus");
        b.go("/guides.html");
        assertTrue(b.driver.findElements(By.cssSelector("#guide-table tbody tr")).size() >= 19, "the demo guides are listed");
        b.click(By.id("register"));
        b.waitForText(By.id("error-summary"), "Vælg mindst én opgave.");
        assertTrue(b.text(By.cssSelector("#f-taskTypes")).contains("Vælg mindst én opgave."), "the error is next to the field");
        b.axe("coordinator: guide registry with errors");
        b.type("f-name", "Freja Nordahl");
        b.click(By.cssSelector("label[for='taskTypes-IT']"));
        b.click(By.id("f-area-0"));
        b.type("f-capacity", "2");
        b.click(By.id("register"));
        b.waitForText(By.tagName("main"), "Freja Nordahl er registreret.");
        assertTrue(b.text(By.id("guide-table")).contains("Freja Nordahl"));
        b.screenshot("coordinator-guides");
    }
}
