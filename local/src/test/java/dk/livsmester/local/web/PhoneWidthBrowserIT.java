package dk.livsmester.local.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every role's main flow on a phone (375 × 812): DKFDS's mobile navigation (a menu button; the drawer with the
 * role's pages and "Log ud"), no page wider than the screen, and axe finding no violation at all. The citizen's flow
 * is the consent: an application the contact person made for him, confirmed in his own account without a code.
 */
class PhoneWidthBrowserIT extends BrowserTest {
    @BeforeEach
    void phone() {
        b.driver.manage().window().setSize(new Dimension(375, 812));
    }

    /** Nothing scrolls sideways: the page is no wider than the screen. */
    private void fitsTheScreen(String page) {
        long scroll = ((Number) b.js("return document.documentElement.scrollWidth")).longValue();
        long width = ((Number) b.js("return document.documentElement.clientWidth")).longValue();
        assertTrue(scroll <= width, page + " is " + scroll + " px wide on a " + width + " px screen; wider: " + b.js("""
                const w = document.documentElement.clientWidth;
                return [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > w + 1)
                  .slice(0, 5).map((e) => e.tagName + '.' + e.className + '#' + e.id).join(', ');"""));
    }

    /** The header's menu is the menu button; its drawer has the pages and "Log ud"; Escape closes it, focus returns. */
    private void mobileMenu(String page, String link) {
        WebElement open = b.byId("menu-open");
        assertTrue(open.isDisplayed(), "a menu button on " + page);
        assertFalse(b.byId("sign-out").isDisplayed(), "the desktop header's line is DKFDS's to hide on a phone");
        b.click(By.id("menu-open"));
        b.waitUntil("the drawer to open", d -> d.findElement(By.id("mobile-drawer")).isDisplayed());
        assertEquals("menu-close", b.active().getAttribute("id"), "focus moves into the drawer");
        assertTrue(b.byId("sign-out-mobile").isDisplayed(), "Log ud is reachable on " + page);
        assertEquals("Log ud", b.byId("sign-out-mobile").getText().trim());
        assertTrue(b.text(By.cssSelector("#mobile-drawer nav")).contains(link), "the role's pages are in the drawer");
        b.axeClean(page + ", menu open (375 px)");
        b.press(Keys.ESCAPE);
        b.waitUntil("the drawer to close", d -> !d.findElement(By.id("mobile-drawer")).isDisplayed());
        assertEquals("menu-open", b.active().getAttribute("id"), "focus goes back to the menu button");
    }

    private void check(String page, String link) {
        fitsTheScreen(page);
        b.axeClean(page + " (375 px)");
        mobileMenu(page, link);
    }

    @Test
    void theCitizen_confirmsAnApplicationHisContactPersonMadeForHim_onAPhone() throws Exception {
        String maja = Browser.token("contact-maja");
        String emil = Browser.call("GET", "/api/support-relations", maja, null).get(0).get("citizenSubject").asText();
        String form = Files.readString(Browser.projectRoot().resolve("events/application-ebike.json")).trim()
                .replaceFirst("\\}$", ",\"citizenSubject\":\"" + emil + "\"}");
        String id = Browser.call("POST", "/api/applications", maja, form).get("id").asText();

        b.signIn("citizen-emil");
        b.go("/status.html");
        assertTrue(b.text(By.cssSelector(".app-list")).contains("Du skal sige ja til den."), "his list says he is asked");
        check("citizen: my applications", "Mine ansøgninger");
        b.go("/status.html?id=" + id);
        String readBack = b.text(By.id("consent-readback"));
        assertTrue(readBack.contains("Det koster: 12.000 kr."), readBack);
        assertTrue(readBack.contains("Teamet må læse ansøgningen og give dig svar."), readBack);
        assertTrue(b.driver.findElements(By.cssSelector("#consent-readback svg.pictogram")).size() >= 5, "pictograms");
        assertTrue(b.driver.findElements(By.id("confirm-form")).isEmpty() && b.driver.findElements(By.id("confirmation-code")).isEmpty(),
                "no code anywhere");
        check("citizen: consent read-back", "Mine ansøgninger");
        b.leaving();
        b.click(By.id("consent-yes"));
        b.ready();
        b.waitForText(By.id("confirmations"), "Borgeren Emil Sandgaard har bekræftet den");
        assertTrue(b.driver.findElements(By.id("consent")).isEmpty(), "asked once");
        JsonNode app = Browser.call("GET", "/api/applications/" + id, Browser.token("team-lise"), null);
        assertTrue(app.get("confirmations").findValuesAsText("role").contains("citizen"));
        check("citizen: status after his yes", "Mine ansøgninger");

        // A printable copy: his own words and the decision's place, without the page's frame.
        assertTrue(b.byId("print").isDisplayed());
        ((org.openqa.selenium.chrome.ChromeDriver) b.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertTrue(b.byId("own-words").isDisplayed(), "his own words are printed");
        assertTrue(b.text(By.id("own-words")).contains(Browser.JSON.readTree(form).get("wish").get("howItHelps").asText()));
        assertFalse(b.driver.findElement(By.cssSelector("header.header")).isDisplayed(), "no header on paper");
        assertFalse(b.byId("print").isDisplayed(), "no buttons on paper");
        ((org.openqa.selenium.chrome.ChromeDriver) b.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    @Test
    void theContactPerson_startsAnApplicationForTheCitizenSheSupports_onAPhone() {
        b.signIn("contact-maja");
        b.go("/apply.html");
        assertTrue(b.text(By.id("for-citizen")).contains("Emil Sandgaard"), "her supported citizen is offered");
        check("contact person: wizard intro", "Søg penge");
        b.click(By.cssSelector("label[for='for-0']"));
        b.click(By.id("start"));
        b.waitUntil("the first question", d -> "step-heading".equals(d.switchTo().activeElement().getAttribute("id")));
        assertEquals("Emil Sandgaard", b.byId("f-applicants-0-name").getAttribute("value"), "his name filled in");
        check("contact person: first question", "Søg penge");
        b.go("/guide-request.html");
        assertTrue(b.text(By.id("for-citizen")).contains("Emil Sandgaard"));
        check("contact person: guide request", "Få en medborgerguide");
        b.click(By.cssSelector("label[for='for-0']"));
        b.click(By.id("start"));
        b.waitUntil("the first question", d -> "step-heading".equals(d.switchTo().activeElement().getAttribute("id")));
        assertEquals("Emil Sandgaard", b.byId("f-citizenName").getAttribute("value"), "his name filled in");
        check("contact person: guide request, first question", "Få en medborgerguide");
    }

    @Test
    void theTeam_readsTheQueueWithoutSidewaysScrolling_andSeesWhoHasConfirmed() {
        String id = Browser.submittedApplication("Aske Bang", "Fodboldstøvler og kontingent", "ACTIVITIES", 150_000);
        b.signIn("team-lise");
        b.go("/team.html");
        String row = b.text(By.cssSelector("#queue tr[data-id='" + id + "']"));
        assertTrue(row.contains("Borgeren har bekræftet") && row.contains("Kontaktpersonen har bekræftet"), row);
        check("team: queue", "Ansøgninger");
        b.go("/review.html?id=" + id);
        String who = b.text(By.id("review-confirmations"));
        assertTrue(who.contains("Personligt, registreret af team-lise: Borgeren bekræftede på mødet"), who);
        check("team: application", "Ansøgninger");
    }

    @Test
    void theCoordinator_onAPhone() {
        // With a proposal on the page: its candidates table is the widest thing a coordinator sees.
        CoordinatorBrowserIT.proposedMatchFor("Vera Holt", "VISITING_FRIEND", "Midtbyen");
        b.signIn("coordinator-rasmus");
        b.go("/matching.html");
        b.waitUntil("the candidates", d -> !d.findElements(By.cssSelector("table.candidates")).isEmpty());
        check("coordinator: matching", "Matchning");
    }

    @Test
    void theGuide_onAPhone() {
        b.signIn("guide-ida");
        b.go("/guide.html");
        check("guide: my citizens", "Mine borgere");
    }

    @Test
    void finance_onAPhone() {
        b.signIn("finance-peter");
        b.go("/finance.html");
        check("finance: the pool", "Puljen");
    }

    @Test
    void theTeam_readsTheEvaluation_onAPhone_theWideTablesScrollInTheirOwnRegion() {
        b.signIn("team-helle");
        b.go("/evaluation.html");
        b.find(By.id("table-cohorts"));
        check("team: the evaluation", "Evaluering");
    }

    @Test
    void theAuditor_onAPhone() {
        b.signIn("auditor-bente");
        b.go("/read-log.html");
        check("auditor: the read log", "Læseloggen");
    }
}
