package dk.livsmester.local;

import com.fasterxml.jackson.databind.JsonNode;
import dk.livsmester.local.Api.Reply;
import dk.livsmester.localaws.CfnTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The answer window is one setting: with {@code livsmester.rules.answer-days=10} the due date, what the API answers
 * (the application, the team's queue, the pools before any application) and the receipt letter all say ten days.
 */
class AnswerWindowE2EIT {
    static final String ANSWER_DAYS = "livsmester.rules.answer-days";
    static LocalRuntime runtime;
    static URI base;

    @BeforeAll
    static void start() throws IOException {
        System.setProperty(ANSWER_DAYS, "10");
        Path root = CfnTemplate.locate(Path.of("")).getParent();
        runtime = LocalRuntime.start(new RuntimeSettings(0, Files.createTempDirectory("livsmester-window"), root));
        base = runtime.baseUrl();
    }

    @AfterAll
    static void stop() {
        System.clearProperty(ANSWER_DAYS);
        if (runtime != null) {
            runtime.close();
        }
    }

    @Test
    void aTenDayWindow_isWhatThePoolsTheApplicationTheQueueAndTheReceiptSay() throws Exception {
        String finance = Api.token(base, "finance");
        for (JsonNode pool : Api.call(base, "GET", "/api/pools", finance, null).body()) {
            assertEquals(10, pool.get("answerDays").asInt(), "a page can say it before there is an application");
        }
        assertEquals(10, Api.call(base, "GET", "/api/pools/pool-2026", finance, null).body().get("answerDays").asInt());

        String contact = Api.token(base, "contact-person");
        Reply created = Api.call(base, "POST", "/api/applications", contact,
                LocalRuntimeE2EIT.applicationJson("Korsang", 300_000));
        assertEquals(201, created.status(), String.valueOf(created.body()));
        LocalDate due = LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusDays(10);
        assertEquals(due.toString(), created.body().get("dueDate").asText());
        assertEquals(10, created.body().get("answerDays").asInt());
        String id = created.body().get("id").asText();

        JsonNode app = Api.call(base, "GET", "/api/applications/" + id, contact, null).body();
        assertEquals(10, app.get("answerDays").asInt());
        assertEquals(due.toString(), app.get("dueDate").asText());
        assertFalse(app.get("overdue").asBoolean());
        JsonNode queued = null;
        for (JsonNode a : Api.call(base, "GET", "/api/applications/queue", Api.token(base, "team"), null).body()) {
            queued = a.get("id").asText().equals(id) ? a : queued;
        }
        assertEquals(10, queued.get("answerDays").asInt());

        JsonNode letters = Api.await(base, "/api/applications/" + id + "/letters", contact, l -> l.size() >= 1, 30);
        JsonNode receipt = letters.get(0);
        assertEquals("RECEIPT", receipt.get("kind").asText());
        String da = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK")).format(due);
        String en = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(due);
        assertTrue(receipt.get("bodyDa").asText().contains("senest " + da), receipt.get("bodyDa").asText());
        assertTrue(receipt.get("bodyEn").asText().contains("answer by " + en), receipt.get("bodyEn").asText());
    }
}
