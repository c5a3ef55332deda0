package dk.livsmester.local.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The management view (the evaluation, live) as the team sees it, every figure the API's; the public decisions report
 * without signing in; the money left in the pot on the team's queue.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationBrowserIT extends BrowserTest {

    @Test
    @Order(1)
    void theTeamSeesEveryFigureWithItsDefinitionTableAndChart_andFilters() throws Exception {
        String app = Browser.submittedApplication("Ronja Vild", "Et svømmekort", "ACTIVITIES", 300_000);
        Browser.call("POST", "/api/applications/" + app + "/decision", Browser.token("team-karim"),
                Map.of("outcome", "REJECTED", "reasonCodes", java.util.List.of("R2"), "text", "Afslag"));
        JsonNode ev = Browser.call("GET", "/api/evaluation", Browser.token("team-karim"), null);

        b.signIn("team-karim");
        b.waitForText(By.id("money-left-text"), "tilbage af 500.000 kr.");
        b.go("/evaluation.html");
        b.waitForText(By.id("ev-heading"), "Evaluering");
        for (String id : new String[]{"received", "outcomes", "reasons", "repeats", "people", "time", "followups", "subgoals",
                "progress", "progressEach", "cohorts", "tasks", "bus"}) {
            String section = b.text(By.id("metric-" + id));
            assertTrue(section.contains("Definition:"), id + " has its definition");
            assertTrue(!b.driver.findElements(By.cssSelector("#table-" + id)).isEmpty(), id + " has its table");
        }
        assertTrue(b.text(By.id("table-received")).contains("I alt " + ev.get("received").asInt()), b.text(By.id("table-received")));
        assertTrue(b.text(By.id("table-outcomes")).contains("Afslået " + ev.get("outcomes").get("rejected").asInt()));
        // The chart is SVG with a text alternative that says its figures.
        String desc = (String) b.js("return document.querySelector('#chart-time desc').textContent");
        assertTrue(desc.contains("Fristen: 14 dage"), desc);
        assertEquals("img", b.js("return document.getElementById('chart-outcomes').getAttribute('role')"));

        assertTrue(b.text(By.id("table-progress")).contains("Efter 3 måneder"), b.text(By.id("table-progress")));
        assertEquals("img", b.js("return document.getElementById('chart-progress').getAttribute('role')"));

        // The citizen centre is a choice of the centres in the data; the one of the application above counts it.
        Set<String> centres = new HashSet<>();
        ev.get("citizenCentres").forEach(c -> centres.add(c.asText()));
        assertTrue(centres.contains("Borgercenter Syd"), centres.toString());
        Select centre = new Select(b.byId("f-centre"));
        assertEquals(centres, centre.getOptions().stream().skip(1).map(o -> o.getAttribute("value")).collect(Collectors.toSet()));
        centre.selectByValue("Borgercenter Syd");
        int syd = Browser.call("GET", "/api/evaluation?citizenCentre=Borgercenter%20Syd", Browser.token("team-karim"), null)
                .get("received").asInt();
        assertTrue(syd >= 1);
        b.click(By.id("ev-apply"));
        b.waitUntil("the received total of Borgercenter Syd", d -> String.valueOf(syd).equals(
                d.findElement(By.cssSelector("#table-received tbody tr:first-child td")).getText().trim()));
        assertEquals("Borgercenter Syd", new Select(b.byId("f-centre")).getFirstSelectedOption().getAttribute("value"),
                "the chosen centre stays chosen");
        b.axe("evaluation");
        b.screenshot("evaluation");
    }

    /** After the rejection above: at least one decision, a cell about one person, so something is hidden. */
    @Test
    @Order(2)
    void thePublicReportNeedsNoSignIn_andSaysWhatItHides() throws Exception {
        JsonNode report = Browser.call("GET", "/api/public/decisions-report", null, null);
        b.go("/report.html");
        b.waitForText(By.tagName("h1"), "Afgørelser om Livsmestermidler");
        String note = b.text(By.id("rep-note"));
        assertTrue(report.get("suppressedCells").asInt() > 0, "one rejection is a cell about one person");
        assertTrue(note.startsWith(report.get("suppressedCells").asInt() + " tal vises ikke"), note);
        assertTrue(b.text(By.id("rep-table")).contains("Vises ikke"));
        assertFalse(b.text(By.id("rep-table")).contains(" 1 "), "no cell of one person is shown");
        assertFalse(b.text(By.tagName("header")).contains("Log ud"), "nobody is signed in");
        b.axe("public decisions report");
        b.screenshot("decisions-report");
    }
}
