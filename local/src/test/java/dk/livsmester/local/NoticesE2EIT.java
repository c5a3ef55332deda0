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
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Over the local runtime: a letter's notice lands in the contact person's mailbox (once, with its link), the notice
 * settings are one's own and checked, the breach list is the staff's, and a follow-up on the day of the grant is
 * refused with the day it opens.
 */
class NoticesE2EIT {
    static LocalRuntime runtime;
    static URI base;

    @BeforeAll
    static void start() throws IOException {
        Path root = CfnTemplate.locate(Path.of("")).getParent();
        runtime = LocalRuntime.start(new RuntimeSettings(0, Files.createTempDirectory("livsmester-notices"), root));
        base = runtime.baseUrl();
    }

    @AfterAll
    static void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    @Test
    void theMailboxShowsTheLettersNotices_andAFollowUpOnTheDayOfTheGrantIsRefused() throws Exception {
        String contact = Api.token(base, "contact-person");
        Reply created = Api.call(base, "POST", "/api/applications", contact, LocalRuntimeE2EIT.applicationJson("Svømning", 200_000));
        assertEquals(201, created.status(), String.valueOf(created.body()));
        String id = created.body().get("id").asText();
        Api.await(base, "/api/applications/" + id, contact, a -> a.get("status").asText().equals("IN_REVIEW"), 60);

        String team = Api.token(base, "team");
        assertEquals(200, Api.call(base, "POST", "/api/applications/" + id + "/in-person-confirmation", team,
                Map.of("reason", "Bekræftet på mødet")).status());
        Reply decided = Api.call(base, "POST", "/api/applications/" + id + "/decision", team, Map.of("outcome", "APPROVED"));
        assertEquals(200, decided.status(), String.valueOf(decided.body()));

        JsonNode mailbox = Api.await(base, "/api/notices", contact, n -> letterNotices(n, id) >= 2, 60);
        assertEquals(2, letterNotices(mailbox, id), "the receipt's and the decision's, once each: " + mailbox);
        for (JsonNode n : mailbox) {
            if (n.get("about").asText().equals(id)) {
                assertEquals("/status.html?id=" + id, n.get("link").asText());
                assertEquals("MAILBOX", n.get("channel").asText(), "not opted in");
            }
        }

        Reply early = Api.call(base, "POST", "/api/applications/" + id + "/follow-ups", contact,
                Map.of("milestone", "ONE_MONTH", "answer", "HELPED", "ruler", 6));
        assertEquals(409, early.status(), String.valueOf(early.body()));
        assertEquals("FOLLOW_UP_NOT_YET", early.body().get("code").asText());
        assertTrue(early.body().get("messageDa").asText().contains("for tidligt"), early.body().toString());
    }

    @Test
    void theSettingsAreOnesOwnAndChecked_andTheBreachListIsForStaff() throws Exception {
        String citizen = Api.token(base, "citizen");
        assertEquals(false, Api.call(base, "GET", "/api/notices/preferences", citizen, null).body().get("optIn").asBoolean());
        Reply bad = Api.call(base, "PUT", "/api/notices/preferences", citizen, Map.of("optIn", true, "channel", "SMS"));
        assertEquals(400, bad.status());
        assertEquals("phone", bad.body().get("errors").get(0).get("field").asText());
        Reply ok = Api.call(base, "PUT", "/api/notices/preferences", citizen,
                Map.of("optIn", true, "channel", "SMS", "phone", "+45 12 34 56 78", "language", "en"));
        assertEquals(200, ok.status(), String.valueOf(ok.body()));
        assertEquals("SMS", Api.call(base, "GET", "/api/notices/preferences", citizen, null).body().get("channel").asText());
        assertEquals(false, Api.call(base, "GET", "/api/notices/preferences", Api.token(base, "contact-person"), null)
                .body().get("optIn").asBoolean(), "another person's settings are their own");

        assertEquals(403, Api.call(base, "GET", "/api/deadlines/breaches", citizen, null).status());
        assertEquals(200, Api.call(base, "GET", "/api/deadlines/breaches", Api.token(base, "team"), null).status());
    }

    static int letterNotices(JsonNode mailbox, String id) {
        int n = 0;
        for (JsonNode x : mailbox) {
            n += x.get("kind").asText().equals("LETTER") && x.get("about").asText().equals(id) ? 1 : 0;
        }
        return n;
    }
}
