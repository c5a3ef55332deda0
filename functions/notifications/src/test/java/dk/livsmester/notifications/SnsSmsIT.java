package dk.livsmester.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.livsmester.domain.Ids;
import dk.livsmester.domain.Money;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.Letter;
import dk.livsmester.domain.notice.Channel;
import dk.livsmester.domain.notice.Notice;
import dk.livsmester.domain.notice.NoticeKind;
import dk.livsmester.domain.notice.NoticePreference;
import dk.livsmester.localaws.LocalAws;
import dk.livsmester.localaws.MotoServer;
import dk.livsmester.notices.SnsSmsSender;
import dk.livsmester.platform.store.NoticeStore;
import dk.livsmester.platform.testing.TestStack;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SMS by Amazon SNS, against moto's SNS ({@code moto_server} as a child process, as moto mode starts it): a letter's
 * notice to a person who chose SMS is published once to their number in E.164, and its text is the notice's title and
 * link only, not the letter's subject or anything else about them; a number SNS refuses fails the delivery without
 * the number in the error. The notices themselves are on DynamoDB Local.
 */
class SnsSmsIT {
    static final String BASE_URL = "https://livsmester.aarhus.example";
    static LocalAws aws;
    static MotoServer moto;
    static ApplicationContext context;

    @BeforeAll
    static void start() throws Exception {
        aws = LocalAws.inMemory();
        moto = MotoServer.start(Files.createTempDirectory("moto-sns"));
        Map<String, Object> props = new HashMap<>(aws.properties());
        props.put("livsmester.notices.sms-provider", "SNS");
        props.put("livsmester.notices.sns-endpoint", moto.endpoint().toString());
        props.put("livsmester.notices.base-url", BASE_URL);
        context = ApplicationContext.run(props);
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.close();
        }
        if (moto != null) {
            moto.close();
        }
        if (aws != null) {
            aws.close();
        }
    }

    /** What moto's SNS holds as sent SMS: {phone_number, message} each (its model data). */
    static List<JsonNode> sms() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(moto.endpoint().resolve("/moto-api/data.json"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        List<JsonNode> out = new ArrayList<>();
        new ObjectMapper().readTree(r.body()).path("sns").path("SMS").forEach(out::add);
        return out;
    }

    @Test
    void aLettersNotice_isOneSms_ofItsTitleAndLinkOnly_toTheNumberInE164() throws Exception {
        String contact = "contact-sms-" + Ids.newId("t");
        context.getBean(NoticeStore.class).savePreference(new NoticePreference.Form(true, Channel.SMS, "da", null,
                "+45 20 30 40 50").by(contact, Instant.now()));
        Application app = Application.create(Ids.newId("app"), TestStack.form("pool-sms", Money.dkk(2_000)), contact, Instant.now());
        Letter letter = new Letter("DECISION#v3", "DECISION", app.id(), 3, "Afgørelse om sangundervisning til Alma Testesen",
                "Kære Alma Testesen ...", "Decision on singing lessons for Alma Testesen", "Dear Alma Testesen ...",
                Instant.now(), null);
        int before = sms().size();
        LetterNotices notices = context.getBean(LetterNotices.class);
        notices.letterWritten(app, letter);
        notices.letterWritten(app, letter);

        List<JsonNode> sent = sms().subList(before, sms().size());
        assertEquals(1, sent.size(), "one SMS for a notice however often it is asked for: " + sent);
        assertEquals("+4520304050", sent.get(0).get("phone_number").asText());
        String text = sent.get(0).get("message").asText();
        assertEquals("Du har fået et brev fra Livsmester. " + BASE_URL + "/status.html?id=" + app.id(), text);
        assertFalse(text.contains("Alma") || text.contains("Testesen") || text.contains("sangundervisning"),
                "nothing about the person or the letter beyond the link: " + text);
        Notice stored = context.getBean(NoticeStore.class).mailbox(contact, 10).get(0);
        assertEquals(Channel.SMS, stored.channel());
        assertEquals(Notice.Status.SENT, stored.status());
        assertTrue(stored.kind() == NoticeKind.LETTER);
    }

    @Test
    void aNumberSnsRefuses_failsTheDelivery_andTheErrorDoesNotRepeatTheNumber() throws Exception {
        int before = sms().size();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> context.getBean(SnsSmsSender.class).send("0045-2030", "Du har fået et brev fra Livsmester."));
        assertTrue(e.getMessage().startsWith("SNS Publish answered 400"), e.getMessage());
        assertFalse(e.getMessage().contains("2030"), e.getMessage());
        assertEquals(before, sms().size());
    }
}
