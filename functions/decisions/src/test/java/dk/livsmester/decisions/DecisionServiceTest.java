package dk.livsmester.decisions;

import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.Money;
import dk.livsmester.domain.application.AlreadyDecidedException;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.application.DecisionOutcome;
import dk.livsmester.domain.application.DecisionPolicy;
import dk.livsmester.domain.application.DecisionRequest;
import dk.livsmester.domain.budget.InsufficientFundsException;
import dk.livsmester.domain.budget.LedgerEntry;
import dk.livsmester.domain.budget.LedgerEntryType;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.platform.events.EventMessage;
import dk.livsmester.platform.testing.TestStack;
import dk.livsmester.platform.testing.memory.InMemoryBudget;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The decision service's flows on in-memory stores: no network, milliseconds. */
class DecisionServiceTest {
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final DecisionRequest APPROVE = new DecisionRequest(DecisionOutcome.APPROVED, null, null, null);

    final InMemoryBudget budget = new InMemoryBudget();
    final DecisionService service = new DecisionService(budget.applications, budget.pools,
            new DecisionPolicy(Money.dkk(50_000)), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void approve_commitsTheRequestedAmount_inOneChangeWithTheDecision() {
        Pool pool = budget.pool(Money.dkk(100_000));
        Application app = budget.inReview(pool.id(), Money.dkk(12_000), NOW);
        Application approved = service.decide(TestStack.TEAM, app.id(), APPROVE);
        assertEquals(ApplicationStatus.APPROVED, approved.status());
        assertEquals(approved, budget.applications.get(app.id()));
        Pool after = budget.pools.get(pool.id());
        assertEquals(Money.dkk(88_000), after.availableOre());
        assertEquals(Money.dkk(12_000), after.committedOre());
        LedgerEntry commitment = budget.pools.ledger(pool.id()).get(0);
        assertEquals(LedgerEntry.commitKey(app.id()), commitment.businessKey());
        assertEquals(LedgerEntryType.COMMIT, commitment.type());
        assertEquals(List.of(EventMessage.APPLICATION_STATUS_CHANGED),
                budget.applications.events.stream().map(e -> e.message().type()).toList());
    }

    @Test
    void partialApproval_commitsOnlyTheGrantedAmount() {
        Pool pool = budget.pool(Money.dkk(100_000));
        Application app = budget.inReview(pool.id(), Money.dkk(20_000), NOW);
        Application partly = service.decide(TestStack.TEAM, app.id(),
                new DecisionRequest(DecisionOutcome.PARTIALLY_APPROVED, Money.dkk(15_000), null, "Vi dækker en del"));
        assertEquals(ApplicationStatus.PARTIALLY_APPROVED, partly.status());
        assertEquals(Money.dkk(15_000), partly.grantedOre());
        assertEquals(Money.dkk(85_000), budget.pools.get(pool.id()).availableOre());
    }

    @Test
    void rejection_movesNoMoney_andSuggestsAnotherPath() {
        Pool pool = budget.pool(Money.dkk(100_000));
        Application app = budget.inReview(pool.id(), Money.dkk(20_000), NOW);
        Application rejected = service.decide(TestStack.TEAM, app.id(),
                new DecisionRequest(DecisionOutcome.REJECTED, null, List.of("R4"), "Du har ikke adgang til en bil."));
        assertEquals(ApplicationStatus.REJECTED, rejected.status());
        assertNotNull(rejected.decision().suggestedPathDa());
        assertEquals(Money.dkk(100_000), budget.pools.get(pool.id()).availableOre());
        assertEquals(List.of(), budget.pools.ledger(pool.id()));
    }

    @Test
    void aGrantAboveTheLimit_waitsForASecondTeamMember_andTheSameMemberAgainChangesNothing() {
        Pool pool = budget.pool(Money.dkk(500_000));
        Application app = budget.inReview(pool.id(), Money.dkk(85_000), NOW);
        Application first = service.decide(TestStack.TEAM, app.id(), APPROVE);
        assertEquals(ApplicationStatus.IN_REVIEW, first.status());
        assertNotNull(first.pendingDecision());
        assertEquals(Money.dkk(500_000), budget.pools.get(pool.id()).availableOre(), "one approval moves no money");
        assertEquals(first, service.decide(TestStack.TEAM, app.id(), APPROVE), "the same member again changes nothing");
        assertEquals("DIFFERS_FROM_FIRST_APPROVAL", assertThrows(ConflictException.class, () -> service.decide(TestStack.TEAM_2,
                app.id(), new DecisionRequest(DecisionOutcome.PARTIALLY_APPROVED, Money.dkk(70_000), null, "mindre"))).code());
        Application second = service.decide(TestStack.TEAM_2, app.id(), APPROVE);
        assertEquals(ApplicationStatus.APPROVED, second.status());
        assertEquals(TestStack.TEAM.subject(), second.decision().decidedBy());
        assertEquals(TestStack.TEAM_2.subject(), second.decision().secondApprovedBy());
        assertNull(second.pendingDecision());
        assertEquals(Money.dkk(415_000), budget.pools.get(pool.id()).availableOre());
        assertEquals(1, budget.pools.ledger(pool.id()).size());
    }

    @Test
    void theSameDecisionAgain_returnsTheFirstResult_andAnotherIsAlreadyDecided() {
        Pool pool = budget.pool(Money.dkk(100_000));
        Application app = budget.inReview(pool.id(), Money.dkk(5_000), NOW);
        Application first = service.decide(TestStack.TEAM, app.id(), APPROVE);
        assertEquals(first, service.decide(TestStack.TEAM_2, app.id(), APPROVE));
        AlreadyDecidedException other = assertThrows(AlreadyDecidedException.class, () -> service.decide(TestStack.TEAM,
                app.id(), new DecisionRequest(DecisionOutcome.REJECTED, null, List.of("R2"), "Nej")));
        assertEquals(ApplicationStatus.APPROVED, other.status());
        assertEquals(Money.dkk(95_000), budget.pools.get(pool.id()).availableOre());
    }

    @Test
    void aGrantThatFindsTheApplicationDecidedMeanwhile_returnsTheStoredDecision_andDebitsOnce() {
        Pool pool = budget.pool(Money.dkk(100_000));
        Application inReview = budget.inReview(pool.id(), Money.dkk(5_000), NOW);
        Application decided = service.decide(TestStack.TEAM, inReview.id(), APPROVE);
        // A second team member read the application before the first decision landed.
        budget.applications.nextReadReturns(inReview);
        assertEquals(decided, service.decide(TestStack.TEAM_2, inReview.id(), APPROVE));
        assertEquals(Money.dkk(95_000), budget.pools.get(pool.id()).availableOre());
        assertEquals(1, budget.pools.ledger(pool.id()).size());
    }

    @Test
    void whenThePoolIsShort_nothingIsCommitted_andTheApplicationStaysInReview() {
        Pool pool = budget.pool(Money.dkk(1_000));
        Application app = budget.inReview(pool.id(), Money.dkk(2_000), NOW);
        InsufficientFundsException e = assertThrows(InsufficientFundsException.class,
                () -> service.decide(TestStack.TEAM, app.id(), APPROVE));
        assertEquals(Money.dkk(2_000), e.requestedOre());
        assertEquals(ApplicationStatus.IN_REVIEW, budget.applications.get(app.id()).status());
        assertEquals(Money.dkk(1_000), budget.pools.get(pool.id()).availableOre());
    }
}
