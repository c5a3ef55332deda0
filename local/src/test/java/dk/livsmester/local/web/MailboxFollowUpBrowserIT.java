package dk.livsmester.local.web;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.databind.JsonNode;
import dk.livsmester.followup.FollowUpHandler;
import dk.livsmester.localaws.LocalLambdaContext;
import dk.livsmester.local.LocalRuntime;
import dk.livsmester.local.RuntimeSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mailbox and the follow-up page on a runtime of their own whose functions' clock the test can set back: a grant
 * made 45 days ago (so its one-month follow-up is open today), and the follow-up function's run. The mailbox shows
 * each notice the grant's flow wrote (the receipt's and the decision's letters, the follow-up that is due: the API's
 * own words, channel and link); from the follow-up's notice the follow-up is answered on a phone, one question per
 * screen, through to the end, and its ruler answer shows in the evaluation against the sub-goal's start and target.
 * axe finds no violation on any screen.
 */
class MailboxFollowUpBrowserIT extends BrowserTest {
    static LocalRuntime clockRuntime;
    static String granted;

    @BeforeAll
    static void start() throws IOException {
        System.setProperty(MovableClock.PROPERTY, "true");
        clockRuntime = LocalRuntime.start(new RuntimeSettings(0, Files.createTempDirectory("livsmester-browser-mailbox"),
                Browser.projectRoot()));
        URI base = clockRuntime.baseUrl();
        try {
            MovableClock.setBack(Duration.ofDays(45));
            // Start 3, target 7 on the ruler (the application's sub-goal).
            granted = Browser.submittedApplication(base, "contact-anders", "Lea Holt", "Klatring på hold", "ACTIVITIES",
                    250_000, false);
            Browser.call(base, "POST", "/api/applications/" + granted + "/decision", Browser.token(base, "team-lise"),
                    Map.of("outcome", "APPROVED"));
        } finally {
            MovableClock.reset();
        }
        // The schedule's run now rather than in 15 minutes: the follow-up function's own handler, one more instance
        // of it on the runtime's configuration, sends the notices the clock calls for (the follow-up is due).
        try (FollowUpHandler sweep = new FollowUpHandler()) {
            sweep.handleRequest(new ScheduledEvent(), new LocalLambdaContext("FollowUpFunction", 60));
        }
    }

    @AfterAll
    static void stop() {
        System.clearProperty(MovableClock.PROPERTY);
        MovableClock.reset();
        if (clockRuntime != null) {
            clockRuntime.close();
        }
    }

    @Override
    URI runtime() {
        return clockRuntime.baseUrl();
    }

    /** The contact person's notices about the grant, as the API has them (the letters are written through a queue). */
    private List<JsonNode> noticesAboutTheGrant() {
        String anders = Browser.token(runtime(), "contact-anders");
        JsonNode all = Browser.await(runtime(), "/api/notices", anders, n -> about(n).size() >= 3);
        return about(all);
    }

    private static List<JsonNode> about(JsonNode notices) {
        List<JsonNode> out = new ArrayList<>();
        notices.forEach(n -> {
            if (granted.equals(n.path("about").asText())) {
                out.add(n);
            }
        });
        return out;
    }

    @Test
    void theMailboxShowsEachNoticeOfTheGrant_inTheApisWords_withItsLink() {
        List<JsonNode> notices = noticesAboutTheGrant();
        assertEquals(List.of("FOLLOW_UP_DUE", "LETTER", "LETTER"), notices.stream().map(n -> n.get("kind").asText()).sorted().toList(),
                "the receipt's and the decision's letter, and the one-month follow-up: " + notices);

        b.signIn("contact-anders");
        b.go("/mailbox.html");
        for (JsonNode n : notices) {
            WebElement item = b.find(By.cssSelector("#mailbox li.notice[data-id='" + n.get("id").asText() + "']"));
            String text = item.getText();
            assertTrue(text.contains(n.get("titleDa").asText()), text);
            assertTrue(text.contains(n.get("bodyDa").asText()), text);
            String channel = Map.of("MAILBOX", "Kun her", "EMAIL", "Også sendt som e-mail", "SMS", "Også sendt som sms")
                    .get(n.get("channel").asText());
            assertTrue(text.contains(channel), "the channel, in words: " + text);
            assertEquals(n.get("kind").asText(), item.getDomAttribute("data-kind"));
            assertEquals(n.get("link").asText(), item.findElement(By.cssSelector("a")).getDomAttribute("href"));
        }
        b.axeClean("mailbox with a grant's notices");
        b.screenshot("mailbox");

        // A letter's notice links to the application.
        JsonNode letter = notices.stream().filter(n -> n.get("kind").asText().equals("LETTER")).findFirst().orElseThrow();
        assertEquals("/status.html?id=" + granted, letter.get("link").asText());
        b.leaving();
        b.click(By.cssSelector("#mailbox li.notice[data-id='" + letter.get("id").asText() + "'] a"));
        b.ready();
        assertTrue(b.driver.getCurrentUrl().endsWith("/status.html?id=" + granted), b.driver.getCurrentUrl());
        b.waitForText(By.tagName("main"), "Klatring på hold");

        b.click(By.id("switch-language"));
        b.go("/mailbox.html");
        String english = b.text(By.id("mailbox"));
        assertTrue(english.contains(notices.get(0).get("titleEn").asText()), english);
        b.axeClean("mailbox, English");
    }

    /** One question on the screen: a single fieldset or text box in the form, and the step it is of three. */
    private void oneQuestion(int n, String name) {
        b.waitForText(By.id("follow-up-progress"), "Spørgsmål " + n + " af 3");
        List<WebElement> fields = b.driver.findElements(By.cssSelector("#follow-up-form fieldset, #follow-up-form textarea"));
        assertEquals(1, fields.size(), "one question on screen " + n);
        assertTrue(b.driver.findElements(By.cssSelector("#follow-up-form [name]")).stream()
                .allMatch(e -> name.equals(e.getDomAttribute("name"))), "only the " + name + " question on screen " + n);
        long scroll = ((Number) b.js("return document.documentElement.scrollWidth")).longValue();
        long width = ((Number) b.js("return document.documentElement.clientWidth")).longValue();
        assertTrue(scroll <= width, "screen " + n + " is " + scroll + " px wide on a " + width + " px phone");
        b.axeClean("follow-up, question " + n + " (375 px)");
    }

    private void choose(String name, String value) {
        String id = b.find(By.cssSelector("input[name='" + name + "'][value='" + value + "']")).getDomAttribute("id");
        b.click(By.cssSelector("label[for='" + id + "']"));
    }

    @Test
    void theFollowUp_oneQuestionPerScreen_answeredToTheEndOnAPhone_showsInTheEvaluationAgainstTheSubGoal() {
        JsonNode due = noticesAboutTheGrant().stream().filter(n -> n.get("kind").asText().equals("FOLLOW_UP_DUE"))
                .findFirst().orElseThrow();
        assertEquals("/follow-up.html?id=" + granted + "&m=ONE_MONTH", due.get("link").asText());
        b.driver.manage().window().setSize(new Dimension(375, 812));
        b.signIn("contact-anders");
        // From the follow-up's notice in the mailbox, as the SMS or e-mail link would bring them.
        b.go("/mailbox.html");
        b.leaving();
        b.click(By.cssSelector("#mailbox li.notice[data-id='" + due.get("id").asText() + "'] a"));
        b.ready();
        assertEquals("Hjalp pengene? (1 måned)", b.text(By.id("follow-up-heading")));

        // 1. Did it help? Three pictures; going on without an answer says what to do.
        oneQuestion(1, "answer");
        assertTrue(b.text(By.id("follow-up-form")).contains("Klatring på hold"), "the question names what was granted");
        assertEquals(3, b.driver.findElements(By.cssSelector("#follow-up-form svg.pictogram")).size(), "a picture each");
        b.click(By.id("follow-up-next"));
        b.waitForText(By.id("follow-up-form"), "Vælg ja, lidt eller nej.");
        assertEquals("Spørgsmål 1 af 3", b.text(By.id("follow-up-progress")), "it stays on the question");
        b.axeClean("follow-up, question 1 with its error (375 px)");
        choose("answer", "HELPED_A_LITTLE");
        b.click(By.id("follow-up-next"));

        // 2. Where are you now, with the sub-goal's start and target beside the ruler.
        oneQuestion(2, "ruler");
        String ruler = b.text(By.id("follow-up-form"));
        assertTrue(ruler.contains("Da du søgte, var du på 3.") && ruler.contains("Dit mål var 7."), ruler);
        assertEquals(10, b.driver.findElements(By.cssSelector("input[name='ruler']")).size());
        // Back keeps the first answer.
        b.click(By.id("follow-up-back"));
        oneQuestion(1, "answer");
        assertTrue(b.find(By.cssSelector("input[name='answer'][value='HELPED_A_LITTLE']")).isSelected());
        b.click(By.id("follow-up-next"));
        oneQuestion(2, "ruler");
        choose("ruler", "5");
        b.click(By.id("follow-up-next"));

        // 3. Anything to add (optional), then send.
        oneQuestion(3, "note");
        assertEquals("Send svaret", b.text(By.id("follow-up-next")));
        b.type("f-note", "Jeg går til klatring hver tirsdag nu.");
        b.click(By.id("follow-up-next"));
        b.waitForText(By.id("follow-up-done"), "Tak for dit svar.");
        assertTrue(b.driver.findElements(By.id("follow-up-form")).isEmpty(), "the end: no more questions");
        b.axeClean("follow-up sent (375 px)");
        b.screenshot("follow-up-sent-phone");

        JsonNode app = Browser.call(runtime(), "GET", "/api/applications/" + granted, Browser.token(runtime(), "contact-anders"), null);
        JsonNode f = app.get("followUps").get(0);
        assertEquals("ONE_MONTH", f.get("milestone").asText());
        assertEquals("HELPED_A_LITTLE", f.get("answer").asText());
        assertEquals(5, f.get("ruler").asInt());
        assertEquals("Jeg går til klatring hver tirsdag nu.", f.get("note").asText());

        // Asked again, the page says it is answered.
        b.go("/follow-up.html?id=" + granted + "&m=ONE_MONTH");
        b.waitForText(By.id("follow-up-closed"), "Du har allerede svaret. Tak.");

        // In the evaluation: (5 − 3) / (7 − 3) = 50 % of the way to the target, one month on.
        JsonNode progress = Browser.call(runtime(), "GET", "/api/evaluation", Browser.token(runtime(), "team-lise"), null)
                .get("subGoalProgress");
        JsonNode mine = null;
        for (JsonNode i : progress.get("followUps")) {
            if (granted.equals(i.get("applicationId").asText())) {
                mine = i;
            }
        }
        assertTrue(mine != null, progress.toString());
        assertEquals(0.5, mine.get("progress").asDouble());
        assertEquals(3, mine.get("start").asInt());
        assertEquals(7, mine.get("target").asInt());
        b.driver.manage().window().setSize(new Dimension(1280, 1000));
        b.signIn("team-lise");
        b.go("/evaluation.html");
        String row = b.text(By.id("table-progressEach"));
        assertTrue(row.contains(granted + " Efter 1 måned 3 7 5 50"), row);
        assertFalse(b.text(By.id("table-progress")).isBlank());
        b.axeClean("evaluation with a follow-up against its sub-goal");
    }
}
