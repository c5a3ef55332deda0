package dk.livsmester.notifications;

import com.sun.net.httpserver.HttpServer;
import dk.livsmester.domain.Money;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.notice.Channel;
import dk.livsmester.domain.notice.Notice;
import dk.livsmester.domain.notice.NoticeKind;
import dk.livsmester.domain.notice.NoticePreference;
import dk.livsmester.platform.events.EventMessage;
import dk.livsmester.platform.store.NoticeStore;
import dk.livsmester.platform.testing.TestStack;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A letter tells the citizen and the contact person by a notice, once per letter however often the event comes:
 * in the mailbox always, and by SMS (through a gateway, by configuration) to whoever chose it; the SMS carries a title
 * and a link, no personal data; a failed SMS is sent on the next delivery, never twice once recorded.
 */
class LetterNoticeIT {

    @Test
    void aLetter_isOneNoticePerPerson_inTheMailbox_andBySmsToWhoChoseIt_once() throws Exception {
        List<String> sms = new CopyOnWriteArrayList<>();
        AtomicBoolean fail = new AtomicBoolean(true);
        HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/send", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = fail.getAndSet(false) ? 503 : 200;
            if (status == 200) {
                sms.add(ex.getRequestHeaders().getFirst("Authorization") + " " + body + " key="
                        + ex.getRequestHeaders().getFirst("Idempotency-Key"));
            }
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        gateway.start();
        try (TestStack stack = TestStack.start()) {
            Map<String, Object> props = new HashMap<>(stack.aws().properties());
            props.put("livsmester.notices.sms-provider", "GATEWAY");
            props.put("livsmester.notices.sms-gateway-url", "http://127.0.0.1:" + gateway.getAddress().getPort() + "/send");
            props.put("livsmester.notices.sms-gateway-key", "test-key");
            props.put("livsmester.notices.base-url", "https://livsmester.example");
            try (ApplicationContext ctx = ApplicationContext.run(props)) {
                NoticeStore store = ctx.getBean(NoticeStore.class);
                String citizen = TestStack.CITIZEN.subject();
                String contact = TestStack.CONTACT.subject();
                store.savePreference(new NoticePreference.Form(true, Channel.SMS, "da", null, "+45 12 34 56 78")
                        .by(citizen, Instant.now()));
                Application app = stack.inReview(stack.pool(Money.dkk(10_000)).id(), Money.dkk(1_600));
                LetterService letters = ctx.getBean(LetterService.class);
                EventMessage receipt = new EventMessage(EventMessage.APPLICATION_STATUS_CHANGED, app.id(), 1, "SUBMITTED", Instant.now());

                assertThrows(IllegalStateException.class, () -> letters.handle(receipt), "the gateway's 503 fails the message");
                Notice pending = letterNotice(store, citizen, app.id());
                assertEquals(Notice.Status.PENDING, pending.status(), "written, not yet sent");
                letters.handle(receipt);
                letters.handle(receipt);

                assertEquals(1, sms.size(), "one SMS for three deliveries (the first failed)");
                String text = sms.get(0);
                assertTrue(text.startsWith("Bearer test-key "), text);
                assertTrue(text.contains("https://livsmester.example/status.html?id=" + app.id()), text);
                assertTrue(text.contains("\"to\":\"+4512345678\""), text);
                assertFalse(text.contains("Alma") || text.contains("Sang") || text.contains("1.600"), "no personal data: " + text);

                Notice sent = letterNotice(store, citizen, app.id());
                assertEquals(Notice.Status.SENT, sent.status());
                String reference = text.replaceAll(".*\"reference\":\"([^\"]*)\".*", "$1");
                assertTrue(reference.matches("[0-9a-f]{32}") && text.endsWith(" key=" + reference),
                        "one reference per notice, as the body's field and the Idempotency-Key: " + text);
                assertFalse(text.contains(citizen), "the reference does not name the recipient: " + text);
                assertEquals(Channel.SMS, sent.channel());
                assertNotNull(sent.sentAt());
                Notice toContact = letterNotice(store, contact, app.id());
                assertEquals(Channel.MAILBOX, toContact.channel(), "no opt-in: the mailbox only");
                assertEquals(1, store.mailbox(contact, 100).stream().filter(n -> n.about().equals(app.id())).count());
            }
        } finally {
            gateway.stop(0);
        }
    }

    static Notice letterNotice(NoticeStore store, String recipient, String appId) {
        List<Notice> found = store.mailbox(recipient, 100).stream()
                .filter(n -> n.kind() == NoticeKind.LETTER && n.about().equals(appId)).toList();
        assertEquals(1, found.size(), recipient + "'s letter notices");
        return found.get(0);
    }
}
