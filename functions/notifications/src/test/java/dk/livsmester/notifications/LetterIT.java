package dk.livsmester.notifications;

import dk.livsmester.domain.Money;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.Letter;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.platform.events.EventMessage;
import dk.livsmester.platform.store.ApplicationStore;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LetterIT {
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
    void aRedeliveredEvent_writesNoSecondLetter() {
        Pool pool = stack.pool(Money.dkk(10_000));
        Application app = stack.inReview(pool.id(), Money.dkk(1_600));
        LetterService letters = stack.bean(LetterService.class);
        EventMessage receipt = new EventMessage(EventMessage.APPLICATION_STATUS_CHANGED, app.id(), 1, "SUBMITTED", Instant.now());
        letters.handle(receipt);
        letters.handle(receipt);
        letters.handle(receipt);
        List<Letter> written = stack.bean(ApplicationStore.class).letters(app.id());
        assertEquals(1, written.size());
        Letter l = written.get(0);
        assertEquals("RECEIPT", l.kind());
        assertTrue(l.bodyDa().contains(app.wish().headline()));
        assertTrue(l.bodyEn().contains("answer by"));
    }

    @Test
    void aRejectionLetter_givesTheReason_anotherPath_andSaysItCannotBeAppealed() {
        Pool pool = stack.pool(Money.dkk(10_000));
        Application app = stack.inReview(pool.id(), Money.dkk(14_000));
        var decisions = new dk.livsmester.domain.application.DecisionRequest(
                dk.livsmester.domain.application.DecisionOutcome.REJECTED, null, List.of("R4"), "Du har ikke adgang til en bil.");
        Application rejected = app.decide(stack.bean(dk.livsmester.domain.application.DecisionPolicy.class)
                .decide(app, decisions, TestStack.TEAM, Instant.now()));
        Letter l = stack.bean(LetterService.class).render(rejected, rejected.status(), rejected.version()).orElseThrow();
        assertTrue(l.bodyDa().contains("bil") && l.bodyDa().contains("medborgerguide") && l.bodyDa().contains("ikke klage"), l.bodyDa());
        assertTrue(l.bodyEn().contains("cannot be appealed") && l.bodyEn().contains("peer guide"), l.bodyEn());
    }
}
