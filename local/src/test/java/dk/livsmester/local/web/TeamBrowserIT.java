package dk.livsmester.local.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The team: the review queue with due dates and findings, one application with its findings, and every decision. */
class TeamBrowserIT extends BrowserTest {
    private void decide(String id, String outcomeInput) {
        b.go("/review.html?id=" + id);
        b.click(By.id(outcomeInput));
    }

    /** A decision cannot be appealed: the page asks once more, and saves on "Ja, gem afgørelsen". */
    private void sure() {
        b.waitForText(By.id("decide-check"), "Er du sikker?");
        assertTrue(b.text(By.id("decide-check")).contains("kan ikke ankes"));
        b.click(By.id("decide-sure"));
    }

    @Test
    void theQueueShowsDueDatesAndFindings_andEachDecisionIsMadeFromTheForm() {
        String partly = Browser.submittedApplication("Ida Holm", "Sangtimer hos en lærer", "ACTIVITIES", 480_000);
        String rejected = Browser.submittedApplication("Bo Kirk", "Kørekort til bil", "TRANSPORT", 1_500_000, false);
        String moreInfo = Browser.submittedApplication("Lea Dyhr", "Et kursus i foto", "EDUCATION", 320_000);
        String approved = Browser.submittedApplication("Aske Bang", "Fodboldstøvler og kontingent", "ACTIVITIES", 150_000);

        b.signIn("team-helle");
        WebElement queue = b.byId("queue");
        for (String id : List.of(partly, rejected, moreInfo, approved)) {
            assertTrue(!b.driver.findElements(By.cssSelector("#queue tr[data-id='" + id + "']")).isEmpty(), id + " is in the queue");
        }
        assertTrue(queue.getText().contains("Svarfrist"), "due dates are shown");
        assertTrue(b.text(By.cssSelector("#queue tr[data-id='" + rejected + "']")).contains("1 blokerer (R4)"), "findings are summarised: " + queue.getText());
        b.axe("team: review queue");
        b.screenshot("team-queue");

        // Partly approve: the amount and a reason are required; the errors sit next to the fields.
        b.leaving();
        b.click(By.cssSelector("#queue tr[data-id='" + partly + "'] a"));
        b.ready();
        b.waitForText(By.tagName("h1"), "Sangtimer hos en lærer");
        b.click(By.id("f-outcome-1"));
        b.click(By.id("decide"));
        b.waitForText(By.id("f-grantedOre-error"), "Skriv beløbet med tal.");
        b.type("f-grantedOre", "3.000");
        b.click(By.id("decide"));
        sure();
        b.waitForText(By.id("f-text-error"), "Skriv hvorfor der gives mindre end ansøgt.");
        b.type("f-text", "I får penge til 20 timer i stedet for 32.");
        b.click(By.id("decide"));
        sure();
        b.waitForText(By.id("review-status"), "Delvist godkendt");
        assertTrue(b.text(By.tagName("main")).contains("Bevilget: 3.000 kr."));
        assertEquals(300_000, Browser.call("GET", "/api/applications/" + partly, Browser.token("team-helle"), null).get("grantedOre").asLong());

        // Reject with reason codes and text.
        decide(rejected, "f-outcome-2");
        assertTrue(b.text(By.cssSelector(".findings")).contains("R4 – blokerer bevilling"), "the findings are listed with their codes");
        b.axe("team: application with findings");
        assertTrue(b.byId("reason-R4").isSelected(), "the R4 finding is ticked as the reason already");
        assertFalse(b.text(By.cssSelector("label[for='f-text']")).contains("(hvis du vil)"), "the rejection text is not optional");
        b.type("f-text", "Du har ikke adgang til en bil. Tal med din kontaktperson om bustræning med en guide.");
        b.axe("team: decision form, rejection");
        b.click(By.id("decide"));
        b.axe("team: are you sure?");
        b.click(By.id("decide-cancel"));
        b.waitUntil("'No' to go back to the form", d -> "decide".equals(b.active().getAttribute("id")));
        assertEquals("IN_REVIEW", Browser.call("GET", "/api/applications/" + rejected, Browser.token("team-helle"), null)
                .get("status").asText());
        b.click(By.id("decide"));
        sure();
        b.waitForText(By.id("review-status"), "Afslået");
        JsonNode r = Browser.call("GET", "/api/applications/" + rejected, Browser.token("team-helle"), null);
        assertEquals("R4", r.get("decision").get("reasonCodes").get(0).asText());

        // Ask for more information; the citizen's status page then offers to change the application.
        decide(moreInfo, "f-outcome-3");
        b.type("f-text", "Skriv hvilket kursus og hvad det koster.");
        b.click(By.id("decide"));
        sure();
        b.waitForText(By.id("review-status"), "Venter på mere information");

        // The last one by keyboard alone: Tab to the first outcome, Space, Tab to the button, Enter.
        b.go("/review.html?id=" + approved);
        b.tabToId("f-outcome-0");
        b.press(org.openqa.selenium.Keys.SPACE);
        b.tabToId("decide");
        b.press(org.openqa.selenium.Keys.ENTER);
        b.waitUntil("the question 'are you sure?' with focus on its yes", d -> "decide-sure".equals(b.active().getAttribute("id")));
        b.press(org.openqa.selenium.Keys.ENTER);
        b.waitForText(By.id("review-status"), "Godkendt");
        b.screenshot("team-decided");
        b.go("/team.html");
        for (String id : List.of(partly, rejected, approved)) {
            assertFalse(b.driver.findElements(By.cssSelector("#decided li[data-id='" + id + "']")).isEmpty(),
                    id + " is in the list of decided ones, not gone");
        }
        assertTrue(b.driver.findElements(By.cssSelector("#decided li[data-id='" + moreInfo + "']")).isEmpty(),
                "a question is not a decision");

        b.signIn("contact-anders");
        b.go("/status.html?id=" + moreInfo);
        b.waitForText(By.cssSelector(".what-next"), "Ret ansøgningen");
        b.go("/status.html?id=" + approved);
        b.waitForText(By.cssSelector(".letters"), "Du får pengene");
        b.axe("status page with a decision letter");
        b.screenshot("citizen-status-approved");
    }
}
