package dk.livsmester.notifications;

import com.sun.net.httpserver.HttpServer;
import dk.livsmester.domain.Money;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.Letter;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.platform.events.EventMessage;
import dk.livsmester.platform.store.ApplicationStore;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With e-mail on, a letter goes out once through the SES v2 client (SigV4-signed SendEmail); a redelivery sends nothing. */
class LetterMailIT {

    @Test
    void aReceiptIsEmailedOnce_signed_toTheCitizenAndTheContactPerson() throws Exception {
        List<String> bodies = new CopyOnWriteArrayList<>();
        List<String> auth = new CopyOnWriteArrayList<>();
        HttpServer ses = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ses.createContext("/v2/email/outbound-emails", ex -> {
            auth.add(ex.getRequestHeaders().getFirst("Authorization"));
            bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] ok = "{\"MessageId\":\"m-1\"}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, ok.length);
            ex.getResponseBody().write(ok);
            ex.close();
        });
        ses.start();
        try (TestStack stack = TestStack.start()) {
            Map<String, Object> props = new HashMap<>(stack.aws().properties());
            props.put("livsmester.mail.enabled", "true");
            props.put("livsmester.mail.from", "noreply@example.org");
            props.put("livsmester.mail.endpoint", "http://127.0.0.1:" + ses.getAddress().getPort());
            try (ApplicationContext ctx = ApplicationContext.run(props)) {
                Pool pool = stack.pool(Money.dkk(10_000));
                Application app = stack.inReview(pool.id(), Money.dkk(1_600));
                LetterService letters = ctx.getBean(LetterService.class);
                EventMessage receipt = new EventMessage(EventMessage.APPLICATION_STATUS_CHANGED, app.id(), 1, "SUBMITTED", Instant.now());
                letters.handle(receipt);
                letters.handle(receipt);
                assertEquals(1, bodies.size(), "one e-mail for two deliveries");
                assertTrue(auth.get(0).startsWith("AWS4-HMAC-SHA256 Credential="), auth.get(0));
                assertTrue(auth.get(0).contains("/ses/aws4_request"), auth.get(0));
                assertTrue(bodies.get(0).contains("alma@example.org") && bodies.get(0).contains("kim@example.org"), bodies.get(0));
                assertTrue(bodies.get(0).contains("noreply@example.org"));
                Letter stored = ctx.getBean(ApplicationStore.class).letters(app.id()).get(0);
                assertNotNull(stored.emailedAt());
            }
        } finally {
            ses.stop(0);
        }
    }
}
