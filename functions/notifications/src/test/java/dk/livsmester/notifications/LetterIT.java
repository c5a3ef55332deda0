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

    @Test
    void anApprovalLetter_saysHowTheCitizenGetsTheMoney_inThePoolsOwnWordsOrTheGeneralOnes() {
        var approve = new dk.livsmester.domain.application.DecisionRequest(
                dk.livsmester.domain.application.DecisionOutcome.APPROVED, null, List.of(), null);
        var policy = stack.bean(dk.livsmester.domain.application.DecisionPolicy.class);
        LetterService letters = stack.bean(LetterService.class);

        Application general = stack.inReview(stack.pool(Money.dkk(10_000)).id(), Money.dkk(1_000));
        Application a = general.decide(policy.decide(general, approve, TestStack.TEAM, Instant.now()));
        Letter l = letters.render(a, a.status(), a.version()).orElseThrow();
        assertTrue(l.bodyDa().contains("Sådan får du pengene") && l.bodyDa().contains("kvitteringen"), l.bodyDa());
        assertTrue(l.bodyEn().contains("How you get the money"), l.bodyEn());

        Pool own = Pool.open(dk.livsmester.domain.Ids.newId("pool"), "Egen", "Test", java.time.LocalDate.of(2020, 1, 1),
                java.time.LocalDate.of(2099, 12, 31), Money.dkk(10_000), null,
                "Teamet ringer til dig og aftaler, hvordan du får pengene.", "The team calls you to agree how you get the money.");
        stack.bean(dk.livsmester.platform.store.PoolStore.class).create(own);
        Application worded = stack.inReview(own.id(), Money.dkk(1_000));
        Application b = worded.decide(policy.decide(worded, approve, TestStack.TEAM, Instant.now()));
        Letter ownLetter = letters.render(b, b.status(), b.version()).orElseThrow();
        assertTrue(ownLetter.bodyDa().endsWith("Teamet ringer til dig og aftaler, hvordan du får pengene."), ownLetter.bodyDa());
        assertTrue(ownLetter.bodyEn().endsWith("The team calls you to agree how you get the money."), ownLetter.bodyEn());
    }
}
