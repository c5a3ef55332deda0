package dk.livsmester.local.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URI;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The privacy notice in Chromium. Every sign-in of every browser test already checks that the notice comes exactly
 * while the person has not read its current version ({@link Browser#signIn}); here: what it says (easy-read with a
 * pictogram per section and read-aloud for a citizen, the staff wording for staff), "Jeg har læst det" taking the
 * person on to where they were going, the notice not shown at the next sign-in, and the footer's way back to it.
 */
class PrivacyNoticeBrowserIT extends BrowserTest {

    private void looksRight(String audience, String heading, int sections) {
        b.waitForText(By.id("notice-heading"), heading);
        assertEquals(audience, b.byId("notice").getAttribute("data-audience"));
        assertEquals(sections, b.driver.findElements(By.cssSelector("#notice .notice-section")).size());
        assertEquals(sections, b.driver.findElements(By.cssSelector("#notice .question-pictogram svg.pictogram")).size(),
                "a pictogram for each section");
        if (Boolean.TRUE.equals(b.js("return 'speechSynthesis' in window"))) {
            assertEquals("Læs op", b.byId("read-aloud").getText().trim());
        }
    }

    /** "Jeg har læst det", and the person lands on {@code path}. */
    private void acknowledge(String path) {
        b.leaving();
        b.click(By.id("notice-ack"));
        b.waitUntil("the page after the notice: " + path, d -> URI.create(d.getCurrentUrl()).getPath().equals(path));
        b.ready();
    }

    @Test
    void aCitizenReadsTheEasyReadNotice_saysJegHarLaestDet_andGoesOnToThePageSheWanted() {
        b.signIn("citizen-sofie", false);
        if (b.noticeShown) {
            looksRight("citizen", "Sådan passer vi på dine oplysninger", 5);
            assertTrue(b.text(By.id("notice")).contains("Vi gemmer ikke dit CPR-nummer."));
            assertTrue(b.text(By.id("notice")).contains("og dit handicap, hvis du siger ja til det"));
            b.axe("privacy notice (citizen, at sign-in)");
            b.screenshot("privacy-notice-citizen");
            acknowledge("/apply.html");
        }
        assertFalse(Browser.call("GET", "/api/privacy-notice", Browser.token("citizen-sofie"), null).get("due").asBoolean(),
                "stored on the server");
        b.signIn("citizen-sofie", false);
        assertFalse(b.noticeShown, "read once: not shown at the next sign-in");

        // Always one click away, read or not: the footer's link.
        b.click(By.id("footer-privacy"));
        b.ready();
        looksRight("citizen", "Sådan passer vi på dine oplysninger", 5);
        assertTrue(b.text(By.id("notice-done")).startsWith("Du har læst det"), "says when she read it");
        assertEquals("/my-data.html", URI.create(b.byId("notice-my-data").getAttribute("href")).getPath(),
                "her access: what we hold about you");
        b.axe("privacy notice (citizen, read)");
    }

    @Test
    void staffReadTheStaffWording_andAreTakenOnToTheirWork() {
        b.signIn("auditor-bente", false);
        if (b.noticeShown) {
            looksRight("staff", "Personoplysninger: det skal du vide som medarbejder", 6);
            assertTrue(b.text(By.id("notice")).contains("læseloggen"));
            b.axe("privacy notice (staff, at sign-in)");
            acknowledge("/read-log.html");
        }
        b.go("/privacy-notice.html?next=" + java.net.URLEncoder.encode("https://elsewhere.example/x", java.nio.charset.StandardCharsets.UTF_8));
        looksRight("staff", "Personoplysninger: det skal du vide som medarbejder", 6);
        assertEquals("/read-log.html", URI.create(b.byId("notice-go-on").getAttribute("href")).getPath(),
                "a next to another site is not followed: the role's start page instead");
        assertTrue(b.byId("notice-go-on").getAttribute("href").startsWith(b.base.toString()));
    }
}
