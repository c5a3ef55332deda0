package dk.livsmester.notifications;

import dk.livsmester.domain.Money;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.DecisionOutcome;
import dk.livsmester.domain.application.DecisionPolicy;
import dk.livsmester.domain.application.DecisionRequest;
import dk.livsmester.domain.archive.CaseRecord;
import dk.livsmester.notices.CaseArchive;
import dk.livsmester.platform.events.EventMessage;
import dk.livsmester.platform.store.ApplicationStore;
import dk.livsmester.platform.testing.TestStack;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each decision's case record on DynamoDB Local and ElasticMQ: filed once however often the event comes, its PDF reads
 * back with the application and the decision, and one pick-up message on the ESDH queue names its key.
 */
class CaseRecordIT {
    static TestStack stack;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void aRejection_isFiledOnce_readsBack_andIsQueuedOnce() throws Exception {
        Application app = stack.inReview(stack.pool(Money.dkk(10_000)).id(), Money.dkk(14_000));
        Application rejected = app.decide(stack.bean(DecisionPolicy.class).decide(app,
                new DecisionRequest(DecisionOutcome.REJECTED, null, List.of("R4"), "Du har ikke adgang til en bil."),
                TestStack.TEAM, Instant.now()));
        stack.bean(ApplicationStore.class).save(app, rejected, List.of(), List.of());
        EventMessage decided = new EventMessage(EventMessage.APPLICATION_STATUS_CHANGED, app.id(), rejected.version(),
                "REJECTED", Instant.now());
        CaseRecordService service = stack.bean(CaseRecordService.class);
        service.handle(decided);
        service.handle(decided);

        CaseArchive archive = stack.bean(CaseArchive.class);
        CaseRecord r = archive.find(CaseRecord.idOf(app, "REJECTED", rejected.version())).orElseThrow();
        assertEquals("REJECTED", r.outcome());
        assertEquals(List.of("R4"), r.reasonCodes());
        assertEquals(Money.dkk(14_000), r.requestedOre());
        assertEquals(0, r.grantedOre());
        assertNotNull(r.queuedAt());
        assertTrue(r.pdfKey().startsWith(CaseRecord.PREFIX + app.id() + "/"), r.pdfKey());

        byte[] pdf = archive.pdf(r.pdfKey()).orElseThrow();
        assertEquals(r.pdfBytes(), pdf.length);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(app.id()) && text.contains("REJECTED") && text.contains("R4"), text);
            assertTrue(text.contains("Sangundervisning") && text.contains("Du har ikke adgang til en bil."), text);
            assertTrue(text.contains("Afgørelsen kan ikke påklages."), "Danish letters survive: " + text);
        }

        String queue = stack.aws().queueUrl("EsdhQueue");
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            messages.addAll(stack.aws().sqs().receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(10).waitTimeSeconds(1))
                    .messages());
        }
        List<Message> mine = messages.stream().filter(m -> m.body().contains(r.id())).toList();
        assertEquals(1, mine.size(), "one pick-up message for two deliveries");
        assertTrue(mine.get(0).body().contains(r.pdfKey()));
        assertTrue(!mine.get(0).body().contains("Alma"), "no personal data in the message");
    }

    @Test
    void aNeedsInfoAnswer_isNoDecision_andFilesNothing() {
        Application app = stack.inReview(stack.pool(Money.dkk(10_000)).id(), Money.dkk(1_000));
        stack.bean(CaseRecordService.class).handle(new EventMessage(EventMessage.APPLICATION_STATUS_CHANGED, app.id(),
                app.version(), "NEEDS_INFO", Instant.now()));
        assertTrue(stack.bean(CaseArchive.class).find(CaseRecord.idOf(app, "NEEDS_INFO", app.version())).isEmpty());
    }
}
