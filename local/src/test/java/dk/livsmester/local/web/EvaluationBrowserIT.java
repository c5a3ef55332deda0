package dk.livsmester.local.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

import java.util.Map;

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
                "cohorts", "tasks", "bus"}) {
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

        // A citizen centre nobody applied from: nothing received.
        b.type("f-centre", "Borgercenter Ingensteds");
        b.click(By.id("ev-apply"));
        b.waitForText(By.id("table-received"), "I alt 0");
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
