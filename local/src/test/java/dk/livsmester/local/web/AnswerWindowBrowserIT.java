package dk.livsmester.local.web;

import dk.livsmester.local.LocalRuntime;
import dk.livsmester.local.RuntimeSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages say the answer window the API sends: on a runtime of its own started with
 * {@code livsmester.rules.answer-days=10}, the wizard, the team's queue and the status page say ten days. The queue's
 * order and its overdue marks are the API's: with the functions' clock set back, applications are submitted days ago
 * on the real runtime, so one is overdue today and one (waiting for the citizen, its clock paused) is not.
 */
class AnswerWindowBrowserIT extends BrowserTest {
    static final String ANSWER_DAYS = "livsmester.rules.answer-days";
    static final DateTimeFormatter DANISH = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK"));
    static LocalRuntime tenDays;

    @BeforeAll
    static void start() throws IOException {
        System.setProperty(ANSWER_DAYS, "10");
        System.setProperty(MovableClock.PROPERTY, "true");
        tenDays = LocalRuntime.start(new RuntimeSettings(0, Files.createTempDirectory("livsmester-browser-window"), Browser.projectRoot()));
    }

    @AfterAll
    static void stop() {
        System.clearProperty(ANSWER_DAYS);
        System.clearProperty(MovableClock.PROPERTY);
        MovableClock.reset();
        if (tenDays != null) {
            tenDays.close();
        }
    }

    @Override
    URI runtime() {
        return tenDays.baseUrl();
    }

    private String submitted(String citizen, String headline) {
        return Browser.submittedApplication(runtime(), "contact-anders", citizen, headline, "ACTIVITIES", 300_000, false);
    }

    @Test
    void theWizardSaysTheTenDayWindowOfThePool() {
        b.signIn("citizen-jonas");
        assertEquals("Teamet svarer dig inden for 10 dage. Hvis du får nej, kan du ikke klage over det.", b.text(By.id("answer-window")));
        b.click(By.id("switch-language"));
        b.waitForText(By.id("answer-window"), "The team answers you within 10 days. If the answer is no, you cannot appeal.");
        b.axe("wizard intro with a ten-day window, English");
    }

    @Test
    void theQueueIsInTheApisOrder_theOverdueOneFirstAndMarked_andTheTeamAndTheStatusPageSayTenDays() {
        URI base = runtime();
        String team = Browser.token(base, "team-lise");
        String paused;
        String late;
        try {
            // Sixteen days ago: due six days ago, but the team asked for more information, which stops the clock.
            MovableClock.setBack(Duration.ofDays(16));
            paused = submitted("Ida Holm", "Et kursus i foto");
            Browser.call(base, "POST", "/api/applications/" + paused + "/decision", team,
                    Map.of("outcome", "NEEDS_INFO", "text", "Skriv hvilket kursus og hvad det koster."));
            // Fifteen days ago: due five days ago, and the team still owes the answer.
            MovableClock.setBack(Duration.ofDays(15));
            late = submitted("Bo Kirk", "Svømmehold");
        } finally {
            MovableClock.reset();
        }
        String soon = submitted("Asta Møller", "Buskort");
        LocalDate lateDue = dueDate(late);
        LocalDate pausedDue = dueDate(paused);
        assertTrue(pausedDue.isBefore(lateDue), "the paused one is due earlier, so only 'overdue first' puts the late one above it");

        b.signIn("team-lise");
        assertEquals("Svarfristen er 10 dage. Ansøgninger over fristen står øverst.", b.text(By.id("queue-lead")));
        List<WebElement> rows = b.driver.findElements(By.cssSelector("#queue tbody tr"));
        assertEquals(List.of(late, paused, soon), rows.stream().map(r -> r.getDomAttribute("data-id")).toList(),
                "overdue first, then by due date");
        assertTrue(rows.get(0).getText().contains("Over fristen") && rows.get(0).getText().contains("Svømmehold"), rows.get(0).getText());
        assertTrue(rows.get(0).getText().contains(DANISH.format(lateDue)), rows.get(0).getText());
        assertFalse(rows.get(1).getText().contains("Over fristen"), "waiting for the citizen is not overdue: " + rows.get(1).getText());
        assertFalse(rows.get(2).getText().contains("Over fristen"));
        assertEquals("3 ansøgninger venter, 1 er over fristen", b.text(By.cssSelector("#queue caption")));
        b.axe("team queue with an overdue application");
        b.screenshot("team-queue-overdue");

        b.signIn("contact-anders");
        b.go("/status.html?id=" + soon);
        b.waitForText(By.id("due-date"), "Du får svar senest " + DANISH.format(dueDate(soon)) + ".");
        assertEquals(LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen")).plusDays(10), dueDate(soon));
    }

    private LocalDate dueDate(String id) {
        return LocalDate.parse(Browser.call(runtime(), "GET", "/api/applications/" + id, Browser.token(runtime(), "team-lise"), null)
                .get("dueDate").asText());
    }
}
