package dk.livsmester.local.web;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The citizen and the contact person: sign in, the wizard (one question per screen, progress line, pictograms,
 * draft kept, errors next to the field, read-back the citizen confirms before the contact person), the status page
 * with due date and letters, English, and the page to ask for a peer guide. One test does it all by keyboard alone.
 */
class CitizenBrowserIT extends BrowserTest {
    /** Waits for the next question: its heading has focus, so a screen reader reads the question first. */
    private void question(String heading) {
        b.waitUntil("the question '" + heading + "' to have focus", d -> {
            WebElement a = d.switchTo().activeElement();
            return "step-heading".equals(a.getAttribute("id")) && a.getText().equals(heading);
        });
    }

    private void next() {
        b.tabToId("next");
        b.press(Keys.ENTER);
    }

    @Test
    void anApplicationByKeyboardAlone_fromSignInToTheStatusPage() {
        b.go("/index.html");
        b.axe("sign-in");
        b.tabTo("the sign-in button of Nora Bech", e -> "citizen-nora".equals(e.getAttribute("data-sub")));
        b.leaving();
        b.press(Keys.ENTER);
        // Her first sign-in: the privacy notice first, read and acknowledged by keyboard too ("Jeg har læst det").
        b.waitUntil("the wizard or the privacy notice", d -> d.getCurrentUrl().endsWith("/apply.html")
                || d.getCurrentUrl().contains("/privacy-notice.html"));
        if (b.driver.getCurrentUrl().contains("/privacy-notice.html")) {
            b.ready();
            b.tabToId("notice-ack");
            b.leaving();
            b.press(Keys.ENTER);
        }
        b.waitUntil("the wizard", d -> d.getCurrentUrl().endsWith("/apply.html"));
        b.ready();
        b.tabToId("start");
        b.press(Keys.ENTER);

        question("Hvad hedder du?");
        assertEquals("Spørgsmål 1 af 17", b.text(By.id("progress-text")), "the progress line counts the questions");
        assertFalse(b.driver.findElements(By.cssSelector(".question-pictogram svg.pictogram")).isEmpty(), "a pictogram beside the question");
        b.press(Keys.TAB);
        b.keys("Nora Bech");
        b.press(Keys.ENTER);

        question("Hvornår har du fødselsdag?");
        b.press(Keys.TAB);
        b.keys("14");
        b.press(Keys.TAB);
        b.keys("2");
        b.press(Keys.TAB);
        b.keys("2000");
        b.press(Keys.ENTER);

        question("Hvor bor du?");
        b.press(Keys.TAB);
        b.keys("Solsikkevej 12, 8200 Aarhus N");
        b.press(Keys.ENTER);

        question("Hvordan kan vi kontakte dig?");
        b.press(Keys.TAB);
        b.keys("nora@example.org");
        b.press(Keys.TAB);
        b.keys("+45 40 40 40 40");
        b.press(Keys.ENTER);

        question("Får du støtte fra Voksenhandicap?");
        b.press(Keys.TAB);
        b.press(Keys.SPACE); // "Ja"
        next();

        question("Hvem er din kontaktperson?");
        b.press(Keys.TAB);
        b.keys("Maja Winther");
        b.press(Keys.TAB);
        b.keys("maja@example.org");
        b.press(Keys.ENTER);

        question("Hvilket borgercenter hører du til?");
        b.press(Keys.TAB);
        b.press(Keys.ARROW_DOWN); // Borgercenter Syd
        next();

        question("Hvad ønsker du dig?");
        b.press(Keys.TAB);
        b.keys("Jeg vil lære at danse hiphop");
        b.press(Keys.ENTER);

        question("Fortæl mere om dit ønske");
        b.press(Keys.TAB);
        b.keys("Jeg vil gå på et hold med andre unge. Vi danser hver tirsdag.");
        next();

        question("Hvordan hjælper det dig i dit liv?");
        b.press(Keys.TAB);
        b.keys("Jeg kommer ud af lejligheden og får nye venner.");
        next();

        question("Hvad er dit delmål i handleplanen?");
        b.press(Keys.TAB);
        b.keys("Jeg går til en fritidsaktivitet hver uge i et halvt år.");
        next();

        question("Hvor er du nu, og hvor vil du hen?");
        b.press(Keys.TAB);
        b.press(Keys.SPACE);
        b.press(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT); // 3
        b.press(Keys.TAB);
        b.press(Keys.SPACE);
        for (int i = 0; i < 6; i++) {
            b.press(Keys.ARROW_RIGHT); // 7
        }
        next();

        question("Hvad skal pengene bruges til?");
        b.press(Keys.TAB);
        b.press(Keys.SPACE);
        b.press(Keys.ARROW_DOWN); // Aktiviteter
        b.screenshot("readme-citizen-wizard-viewport");
        next();

        question("Hvad søger du penge til?");
        b.press(Keys.TAB);
        b.keys("Et hiphop-hold i et halvt år");
        b.press(Keys.ENTER);

        question("Hvornår skal det være?");
        for (String part : new String[]{"1", "12", "2026", "31", "5", "2027"}) {
            b.press(Keys.TAB);
            b.keys(part);
        }
        b.press(Keys.ENTER);

        question("Hvad koster det?");
        b.press(Keys.TAB);
        b.keys("Holdgebyr");
        b.press(Keys.TAB);
        b.keys("3.600");
        b.press(Keys.TAB);
        b.keys("Danseskolen");
        b.press(Keys.ENTER);

        question("Betaler du eller andre allerede for det?");
        b.press(Keys.TAB);
        b.press(Keys.SPACE);
        b.press(Keys.ARROW_DOWN); // Nej
        next();

        question("Er det rigtigt forstået?");
        String readBack = b.text(By.cssSelector(".readback"));
        assertTrue(readBack.contains("Du hedder Nora Bech."), readBack);
        assertTrue(readBack.contains("Du ønsker: Jeg vil lære at danse hiphop"), readBack);
        assertTrue(readBack.contains("Det koster 3.600 kr. i alt"), readBack);
        assertTrue(readBack.contains("Ingen betaler for det i forvejen."), readBack);
        assertTrue(b.text(By.id("after-sending")).contains("Giv koden til din kontaktperson, Maja Winther."),
                "the citizen is told that the contact person confirms with a code");
        b.tabToId("confirm-submitter");
        b.press(Keys.SPACE);
        b.tabToId("send");
        b.leaving();
        b.press(Keys.ENTER);

        b.waitUntil("the status page", d -> d.getCurrentUrl().contains("/status.html?id="));
        b.ready();
        b.waitForText(By.id("due-date"), "Du får svar senest");
        b.waitForText(By.cssSelector(".letters"), "Vi har fået din ansøgning");
        assertTrue(b.text(By.tagName("h1")).contains("Jeg vil lære at danse hiphop"));
        // The citizen sent it: the code is for the contact person, who confirms from their own login.
        assertTrue(b.text(By.id("code-heading")).contains("Koden til Maja Winther"));
        assertEquals("Giv koden til Maja Winther. Så kan Maja Winther også bekræfte ansøgningen.", b.text(By.id("code-explained")));
        String confirmations = b.text(By.id("confirmations"));
        assertTrue(confirmations.contains("Borgeren Nora Bech har bekræftet den"), confirmations);
        assertTrue(confirmations.contains("Kontaktpersonen Maja Winther har ikke bekræftet endnu."), confirmations);
        b.axe("status page (citizen)");
        b.screenshot("citizen-keyboard-application-status");

        String code = b.text(By.id("confirmation-code")).replace(" ", "");
        String link = b.byId("confirm-link").getAttribute("href");
        String id = b.text(By.id("application-number"));
        b.signIn("contact-maja");
        b.driver.get(link);
        b.ready();
        assertEquals("Bekræft en ansøgning", b.text(By.id("confirm-heading")));
        assertTrue(b.text(By.id("confirm-for")).contains(id), "the link names the application; only the code is asked for");
        b.type("f-code", code);
        b.click(By.id("show-application"));
        // The read-back before the yes, worded for the contact person about the citizen.
        b.waitForText(By.id("consent-readback"), "Borgerens ønske: Jeg vil lære at danse hiphop");
        assertTrue(b.text(By.id("consent-readback")).contains("Det koster: 3.600 kr."), b.text(By.id("consent-readback")));
        b.leaving();
        b.click(By.id("confirm"));
        b.waitUntil("the status page", d -> d.getCurrentUrl().contains("/status.html?id=" + id + "&confirmed=1"));
        b.ready();
        b.waitForText(By.id("confirmations"), "Kontaktpersonen Maja Winther har bekræftet den");
        assertTrue(b.text(By.tagName("main")).contains("Tak. Du har bekræftet ansøgningen."));
        assertTrue(b.text(By.id("confirmations")).contains("Borgeren Nora Bech har bekræftet den"));
        b.screenshot("contact-person-confirmed-with-code");
    }

    @Test
    void theContactPersonSubmits_andTheCitizenConfirmsWithTheCodeByKeyboard_aWrongCodeIsAPlainError() {
        // The contact person starts the application in the browser: the first answer creates it, and only that
        // answer carries the code. The rest of the answers arrive through the API (the same person, a break later).
        b.signIn("contact-anders");
        b.click(By.id("start"));
        b.type("f-applicants-0-name", "Nora Bech");
        b.click(By.id("next"));
        b.waitForText(By.id("step-heading"), "Hvornår har du fødselsdag?");
        String id = b.driver.getCurrentUrl().replaceAll(".*[?&]id=([^&]+).*", "$1");
        String contact = Browser.token("contact-anders");
        Browser.call("PUT", "/api/applications/" + id, contact, """
                {"poolId":"pool-2026","applicants":[{"name":"Nora Bech","birthDate":"2000-02-14","address":"Solsikkevej 12, 8200 Aarhus N",
                "receivesAdultDisabilitySupport":true}],
                "contactPerson":{"name":"Anders Fjord","role":"kontaktperson","email":"anders@example.org"},
                "citizenCentre":"Borgercenter Nord","wish":{"headline":"Svømning med en ven","description":"Jeg vil gå til svømning hver uge.",
                "howItHelps":"Jeg bliver stærkere og møder andre."},"subGoal":{"text":"Jeg dyrker motion hver uge."},
                "category":"ACTIVITIES","appliedFor":"Et svømmekort","period":{"from":"2026-12-01","to":"2027-05-31"},
                "costLines":[{"item":"Svømmekort","amountOre":150000}],"alreadyFinanced":false,"submit":false}
                """);
        b.go("/apply.html?id=" + id);
        b.click(By.id("start"));
        b.waitForText(By.id("step-heading"), "Er det rigtigt forstået?");
        assertEquals("Jeg er kontaktperson. Vi har læst ansøgningen sammen, og borgeren siger ja til den.",
                b.text(By.cssSelector("label[for='confirm-submitter']")));
        assertTrue(b.text(By.id("after-sending")).contains("Giv koden til Nora Bech."));
        b.click(By.cssSelector("label[for='confirm-submitter']"));
        b.leaving();
        b.click(By.id("send"));
        b.waitUntil("the status page", d -> d.getCurrentUrl().contains("/status.html?id=" + id));
        b.ready();

        String code = b.text(By.id("confirmation-code")).replace(" ", "");
        assertTrue(code.matches("[2-9A-HJKMNP-Z]{8}"), "eight characters without look-alikes: " + code);
        assertTrue(b.text(By.id("code-heading")).contains("Koden til Nora Bech"));
        // Said to the contact person about the citizen (issue: it said "du", as if the contact person confirmed).
        assertEquals("Giv koden til Nora Bech. Så kan Nora Bech selv bekræfte ansøgningen, når Nora Bech logger ind.",
                b.text(By.id("code-explained")));
        assertEquals(id, b.text(By.id("application-number")));
        String before = b.text(By.id("confirmations"));
        assertTrue(before.contains("Mangler: Borgeren Nora Bech har ikke bekræftet endnu."), before);
        assertTrue(before.contains("Bekræftet: Kontaktpersonen Anders Fjord har bekræftet den"), before);
        b.axe("status page with the confirmation code");
        b.screenshot("contact-person-sent-code");
        String wrong = code.substring(0, 7) + (code.charAt(7) == '2' ? '3' : '2');

        // The citizen signs in as themselves and confirms by keyboard alone: the menu, the number, the code.
        b.signIn("citizen-nora");
        b.tabTo("the menu link to confirm", e -> "/confirm.html".equals(e.getDomAttribute("href")));
        b.leaving();
        b.press(Keys.ENTER);
        b.ready();
        assertEquals("Bekræft din ansøgning", b.text(By.id("confirm-heading")));
        b.axe("confirm page");
        b.tabToId("f-id");
        b.keys(id);
        b.press(Keys.TAB);
        assertEquals("f-code", b.active().getAttribute("id"), "the code field comes next");
        b.keys("12345");
        b.press(Keys.ENTER);
        b.waitForText(By.id("f-code-error"), "Koden er 8 bogstaver og tal. Tjek koden.");
        assertEquals("f-code", b.active().getAttribute("id"), "the field with the error has focus");
        assertEquals("true", b.byId("f-code").getAttribute("aria-invalid"));
        assertEquals(5L, b.js("return document.activeElement.selectionEnd - document.activeElement.selectionStart"),
                "what was typed is selected, so the next code replaces it");
        assertTrue(b.byId("f-code").getAttribute("aria-describedby").contains("f-code-error"));
        b.keys(wrong);
        b.press(Keys.ENTER);
        b.waitForText(By.id("f-code-error"), "Koden passer ikke. Tjek koden og nummeret, og prøv igen.");
        assertTrue(b.text(By.id("error-summary")).contains("Koden passer ikke."));
        b.axe("confirm page with a wrong code");
        b.screenshot("citizen-wrong-code");
        assertEquals("f-code", b.active().getAttribute("id"));
        b.keys(code.substring(0, 4).toLowerCase() + " " + code.substring(4)); // as written on the paper, any case
        b.press(Keys.ENTER);

        // First the read-back of what she agrees to, as her account shows it: easy words, pictograms, read aloud.
        b.waitUntil("the read-back to have focus", d -> "confirm-heading".equals(d.switchTo().activeElement().getAttribute("id")));
        assertEquals("Er du enig i ansøgningen?", b.text(By.id("confirm-heading")));
        String readBack = b.text(By.id("consent-readback"));
        assertTrue(readBack.contains("Dit ønske: Svømning med en ven") && readBack.contains("Det koster: 1.500 kr.")
                && readBack.contains("Du søger penge til: Et svømmekort") && readBack.contains("Teamet må læse ansøgningen og give dig svar."), readBack);
        assertTrue(b.driver.findElements(By.cssSelector("#consent-readback svg.pictogram")).size() >= 5, "pictograms");
        assertTrue(b.byId("read-aloud").isDisplayed(), "read aloud, where the browser can speak");
        assertEquals(1, Browser.call("GET", "/api/applications/" + id, Browser.token("team-lise"), null).get("confirmations").size(),
                "reading back is not saying yes");
        b.axe("confirm page: the read-back");
        b.screenshot("citizen-confirm-read-back");
        b.tabToId("confirm");
        b.leaving();
        b.press(Keys.ENTER);

        b.waitUntil("the status page", d -> d.getCurrentUrl().contains("/status.html?id=" + id + "&confirmed=1"));
        b.ready();
        b.waitForText(By.tagName("main"), "Tak. Du har bekræftet ansøgningen.");
        String after = b.text(By.id("confirmations"));
        assertTrue(after.contains("Bekræftet: Borgeren Nora Bech har bekræftet den"), after);
        assertTrue(after.contains("Bekræftet: Kontaktpersonen Anders Fjord har bekræftet den"), after);
        assertTrue(b.driver.findElements(By.id("code-panel")).isEmpty(), "the citizen sees no code");
        assertEquals(2, Browser.call("GET", "/api/applications/" + id, Browser.token("citizen-nora"), null).get("confirmations").size());
        b.axe("status page after the citizen confirmed");
        b.screenshot("citizen-confirmed-with-code");
        b.go("/status.html");
        b.waitForText(By.cssSelector(".app-list"), "Svømning med en ven");

        // Back at the contact person's status page: both have confirmed, so the code is no longer shown (or kept).
        b.signIn("contact-anders");
        b.go("/status.html?id=" + id);
        b.waitForText(By.id("confirmations"), "Borgeren Nora Bech har bekræftet den");
        assertTrue(b.driver.findElements(By.id("code-panel")).isEmpty(), "no code once both have confirmed");
        assertEquals(0L, b.js("return Object.keys(localStorage).filter(k => k.startsWith('livsmester.code.')).length"));
    }

    @Test
    void theDraftIsKept_errorsShowNextToTheField_andEnglishCanBeChosen() {
        b.signIn("citizen-jonas");
        b.axe("wizard: before you start");
        b.click(By.id("start"));
        b.click(By.id("next"));
        WebElement error = b.byId("f-applicants-0-name-error");
        assertTrue(error.getText().contains("Skriv dit navn."), "the error sits next to the field: " + error.getText());
        assertEquals("true", b.byId("f-applicants-0-name").getAttribute("aria-invalid"));
        assertTrue(b.byId("f-applicants-0-name").getAttribute("aria-describedby").contains("f-applicants-0-name-error"));
        b.axe("wizard: a question with an error");
        b.type("f-applicants-0-name", "Jonas Lykke");
        b.click(By.id("next"));
        b.waitForText(By.id("step-heading"), "Hvornår har du fødselsdag?");
        assertTrue(b.driver.getCurrentUrl().contains("id=app"), "the draft was saved and its id kept in the address");
        b.type("f-applicants-0-birthDate-day", "31");
        b.type("f-applicants-0-birthDate-month", "2");
        b.type("f-applicants-0-birthDate-year", "2001");
        b.click(By.id("next"));
        b.waitForText(By.id("f-applicants-0-birthDate-error"), "Datoen ser forkert ud");
        b.type("f-applicants-0-birthDate-day", "28");
        b.click(By.id("next"));
        b.waitForText(By.id("step-heading"), "Hvor bor du?");

        // A break: the page is closed and opened again; the answers come back from the saved draft.
        b.go("/apply.html");
        b.waitForText(By.cssSelector(".wizard-intro .alert"), "Velkommen tilbage");
        b.click(By.id("start"));
        b.waitForText(By.id("step-heading"), "Hvor bor du?");
        b.click(By.id("back"));
        b.waitForText(By.id("step-heading"), "Hvornår har du fødselsdag?");
        assertEquals("28", b.byId("f-applicants-0-birthDate-day").getAttribute("value"));

        b.click(By.id("switch-language"));
        b.waitForText(By.id("step-heading"), "When is your birthday?");
        assertEquals("en", b.js("return document.documentElement.lang"));
        assertEquals("28", b.byId("f-applicants-0-birthDate-day").getAttribute("value"), "the answers stay when the language changes");
        b.axe("wizard in English");
        b.click(By.id("switch-language"));
        b.waitForText(By.id("step-heading"), "Hvornår har du fødselsdag?");
        assertEquals("da", b.js("return document.documentElement.lang"));
        b.screenshot("citizen-draft-errors-language");
    }

    @Test
    void theReadBackNeedsAConfirmation_andTheServersFieldErrorsLeadBackToTheQuestion() {
        // A draft with nearly everything, made through the API as the same demo citizen.
        String token = Browser.token("citizen-emil");
        String id = Browser.call("POST", "/api/applications", token, """
                {"poolId":"pool-2026","applicants":[{"name":"Emil Sandgaard","birthDate":"1999-09-09","address":"Prøvevej 1, 8000 Aarhus C",
                "receivesAdultDisabilitySupport":true}],
                "contactPerson":{"name":"Maja Winther","role":"kontaktperson","email":"maja@example.org"},
                "citizenCentre":"Borgercenter Nord","wish":{"headline":"Et kursus i madlavning","description":"Jeg vil lære at lave mad.",
                "howItHelps":"Så kan jeg klare mig selv."},"subGoal":{"text":"Jeg laver selv aftensmad to gange om ugen."},
                "category":"EDUCATION","appliedFor":"Madlavningskursus","period":{"from":"2026-01-10","to":"2026-02-10"},
                "costLines":[{"item":"Kursus","amountOre":240000}],"alreadyFinanced":false,"submit":false}
                """).get("id").asText();
        b.signIn("citizen-emil");
        b.go("/apply.html?id=" + id);
        b.click(By.id("start"));
        b.waitForText(By.id("step-heading"), "Er det rigtigt forstået?");
        b.axe("wizard: read-back");
        b.click(By.id("send"));
        b.waitForText(By.id("confirm-submitter-error"), "Sæt flueben");
        b.click(By.cssSelector("label[for='confirm-submitter']"));
        b.click(By.id("send"));
        // The period ended before today: the API refuses, and the summary links to the question it is about.
        b.waitForText(By.id("error-summary"), "Perioden er allerede slut.");
        b.click(By.cssSelector("#error-summary a"));
        b.click(By.id("change-period"));
        b.waitForText(By.id("step-heading"), "Hvornår skal det være?");
        b.waitForText(By.id("f-period-to-error"), "Perioden er allerede slut.");
        b.type("f-period-from-year", "2027");
        b.type("f-period-to-year", "2027");
        b.click(By.id("next"));
        b.waitForText(By.id("step-heading"), "Er det rigtigt forstået?");
        b.click(By.cssSelector("label[for='confirm-submitter']"));
        b.leaving();
        b.click(By.id("send"));
        b.waitUntil("the status page", d -> d.getCurrentUrl().contains("/status.html?id=" + id));
        b.ready();
        b.go("/status.html");
        b.waitForText(By.cssSelector(".app-list"), "Et kursus i madlavning");
        b.axe("my applications");
        b.screenshot("citizen-read-back-and-list");
    }

    @Test
    void myApplicationsComeFromTheApi_inAnyBrowser_andAPageOfAnotherRoleSendsBackToSignIn() {
        // Sent through the API by the citizen herself, so this browser has never seen it: the list is the API's.
        String id = Browser.submittedApplication(Browser.runtime(), "citizen-sofie", "Sofie Krogh", "Sangtimer", "ACTIVITIES",
                240_000, false);
        String due = Browser.call("GET", "/api/applications/" + id, Browser.token("citizen-sofie"), null).get("dueDate").asText();
        b.signIn("citizen-sofie");
        assertEquals(0L, b.js("return Object.keys(localStorage).filter(k => k.startsWith('livsmester.mine.')).length"),
                "this browser remembers no application of hers");
        b.go("/status.html");
        b.waitForText(By.cssSelector(".app-list"), "Sangtimer: Teamet kigger på den – Du får svar senest "
                + DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK")).format(LocalDate.parse(due)) + ".");
        b.axe("my applications from the API");

        b.driver.get(b.base.resolve("/finance.html").toString());
        b.waitUntil("the sign-in page", d -> d.getCurrentUrl().contains("/index.html?next="));
        b.ready();
        assertTrue(b.text(By.tagName("main")).contains("Du har ikke adgang til den side."));
        b.screenshot("wrong-role");
    }

    /** Presses "Næste" with the mouse and waits for the guide request's next screen (its heading focused). */
    private void nextGuideQuestion(String heading) {
        b.click(By.id("next"));
        question(heading);
    }

    @Test
    void theContactPersonAsksForAPeerGuide_oneQuestionPerScreen_andTheCitizenIsToldHow() {
        // A citizen asks for a guide herself now (issue: it was 403): the wizard, her name already in it.
        b.signIn("citizen-sofie");
        b.go("/guide-request.html");
        assertTrue(b.driver.findElements(By.id("for-citizen")).isEmpty(), "a citizen asks for herself");
        assertTrue(b.text(By.tagName("main")).contains("Vi stiller 10 korte spørgsmål."), "the intro says how many");
        b.axe("guide request intro (citizen)");
        b.click(By.id("start"));
        question("Hvem skal have en guide?");
        assertEquals("Sofie Krogh", b.byId("f-citizenName").getAttribute("value"));
        b.axe("guide request (citizen)");

        b.signIn("contact-maja");
        b.go("/guide-request.html");
        assertTrue(b.text(By.id("for-citizen")).contains("Emil Sandgaard"), "her supported citizen is offered");
        b.click(By.cssSelector("label[for='for-none']"));
        b.click(By.id("start"));
        question("Hvem skal have en guide?");
        assertEquals("Spørgsmål 1 af 10", b.text(By.id("progress-text")));
        assertFalse(b.driver.findElements(By.cssSelector(".question-pictogram svg.pictogram")).isEmpty(), "a pictogram beside the question");
        // Each answer is checked on its own screen, before the next.
        b.click(By.id("next"));
        b.waitForText(By.id("error-summary"), "Skriv borgerens navn.");
        assertTrue(b.text(By.cssSelector("#f-citizenName-error")).contains("Skriv borgerens navn."));
        assertEquals("f-citizenName", b.active().getAttribute("id"), "focus on the field in error");
        b.axe("guide request: an error at its question");
        b.type("f-citizenName", "Sofie Krogh");
        nextGuideQuestion("Hvad skal guiden hjælpe med?");
        assertEquals("Spørgsmål 2 af 10", b.text(By.id("progress-text")));
        assertTrue(b.driver.findElements(By.cssSelector("#f-taskType svg.pictogram")).size() >= 9, "a pictogram for each task");
        b.click(By.id("next"));
        b.waitForText(By.id("error-summary"), "Vælg, hvad guiden skal hjælpe med.");
        b.click(By.id("f-taskType-0")); // bus training
        nextGuideQuestion("Hvad har borgeren brug for?");
        b.type("f-needs", "Jeg vil lære at tage bussen til mit arbejde.");

        // What is typed is kept in this tab as it is typed: the page opened again takes it up at the first open question.
        b.go("/guide-request.html");
        assertTrue(b.text(By.tagName("main")).contains("Vi har gemt dine svar fra før."));
        b.click(By.id("start"));
        question("Skal guiden helst have samme handicap?");
        b.click(By.id("back"));
        question("Hvilket handicap har borgeren?");
        b.click(By.id("back"));
        question("Hvad har borgeren brug for?");
        assertEquals("Jeg vil lære at tage bussen til mit arbejde.", b.byId("f-needs").getAttribute("value"), "typed, kept without Næste");
        nextGuideQuestion("Hvilket handicap har borgeren?");
        b.click(By.id("f-citizenDisability-0"));
        nextGuideQuestion("Skal guiden helst have samme handicap?");
        b.click(By.id("next"));
        b.waitForText(By.id("error-summary"), "Svar på, om guiden helst skal have samme handicap.");
        b.click(By.id("f-sameDisabilityPreferred-0"));
        nextGuideQuestion("Hvor bor borgeren?");
        b.click(By.id("f-area-1")); // Syd, corrected from the read-back below
        nextGuideQuestion("Hvornår kan borgeren?");
        b.click(By.id("slot-MON_AM"));
        b.axe("guide request: the times");
        nextGuideQuestion("Hvornår skal guiden være med?");
        nextGuideQuestion("Er der et delmål i handleplanen?");
        // What the guide may know: its own screen, yes or no with pictograms; the disability is asked as one was given.
        nextGuideQuestion("Hvad må guiden vide?");
        assertEquals("Spørgsmål 10 af 10", b.text(By.id("progress-text")));
        assertTrue(b.text(By.tagName("main")).contains("Må guiden få borgerens handicap at vide?"));
        assertEquals(4, b.driver.findElements(By.cssSelector("#step-form .form-group-radio svg.pictogram")).size(), "a pictogram for each yes and no");
        b.axe("guide request: what the guide may know");
        b.click(By.id("f-shareNeeds-0")); // yes to the needs; the disability left unanswered is a no
        nextGuideQuestion("Er det rigtigt forstået?");
        assertEquals("Sidste trin: tjek dine svar", b.text(By.id("progress-text")));
        String readBack = b.text(By.id("gr-readback"));
        assertTrue(readBack.contains("Guiden skal hjælpe med: Bustræning.") && readBack.contains("Borgeren bor i Syd.")
                && readBack.contains("Borgeren kan: Mandag formiddag."), readBack);
        assertEquals(10, b.driver.findElements(By.cssSelector("#gr-readback svg.pictogram")).size(), "a pictogram for each answer");
        assertTrue(b.text(By.id("gr-readback")).contains("Guiden må læse, hvad borgeren har brug for. Ikke handicappet."));
        b.axe("guide request: the read-back");
        b.click(By.id("change-area"));
        question("Hvor bor borgeren?");
        b.click(By.id("f-area-2")); // Vest
        assertEquals("Gem og gå til tjek", b.byId("next").getText().trim());
        nextGuideQuestion("Er det rigtigt forstået?");
        assertTrue(b.text(By.id("gr-readback")).contains("Borgeren bor i Vest."));
        b.click(By.id("send-request"));
        b.waitForText(By.tagName("main"), "Tak. Ønsket er sendt.");
        b.waitForText(By.id("my-requests"), "Sofie Krogh");
        b.screenshot("contact-person-guide-request");
        // Changeable later: the last request sent is hers, with the choice made in the wizard; she says yes to the disability too.
        java.util.List<org.openqa.selenium.WebElement> sent = b.driver.findElements(By.cssSelector("#my-requests li[data-request]"));
        org.openqa.selenium.WebElement last = sent.get(sent.size() - 1);
        String requestId = last.getAttribute("data-request");
        assertTrue(last.getText().contains("Guiden må læse, hvad borgeren har brug for. Ikke handicappet."), last.getText());
        int i = sent.size() - 1;
        b.click(By.cssSelector("li[data-request='" + requestId + "'] details.sharing-change summary"));
        b.click(By.cssSelector("label[for='f-shareDisability-" + i + "-0']"));
        b.click(By.id("sharing-save-" + i));
        b.waitForText(By.cssSelector("li[data-request='" + requestId + "'] .request-sharing"), "Gemt.");
        assertTrue(b.text(By.cssSelector("li[data-request='" + requestId + "'] .request-sharing"))
                .contains("Guiden må læse, hvad borgeren har brug for, og få handicappet at vide."));
        // She no longer wants a guide: behind its own fold, one button, the new status said where it shows.
        b.click(By.cssSelector("li[data-request='" + requestId + "'] details.withdraw-change summary"));
        b.axe("guide request: withdraw");
        b.click(By.id("withdraw-" + i));
        b.waitForText(By.cssSelector("li[data-request='" + requestId + "']"), "Anmodningen er trukket tilbage.");
        assertTrue(b.text(By.cssSelector("li[data-request='" + requestId + "'] .request-status")).contains("Trukket tilbage"));
        assertTrue(b.driver.findElements(By.cssSelector("li[data-request='" + requestId + "'] details.withdraw-change"))
                .isEmpty(), "nothing more to withdraw");
        Path shots = Browser.SHOTS;
        assertTrue(Files.isDirectory(shots));
    }
}
