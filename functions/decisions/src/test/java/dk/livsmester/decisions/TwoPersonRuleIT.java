package dk.livsmester.decisions;

import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.Money;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.application.DecisionOutcome;
import dk.livsmester.domain.application.DecisionRequest;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.platform.store.ApplicationStore;
import dk.livsmester.platform.store.PoolStore;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Grants above 50,000 DKK need a second team member: the first approval moves no money. */
class TwoPersonRuleIT {
    static TestStack stack;
    static DecisionService decisions;
    static PoolStore pools;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        decisions = stack.bean(DecisionService.class);
        pools = stack.bean(PoolStore.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    static final DecisionRequest APPROVE = new DecisionRequest(DecisionOutcome.APPROVED, null, null, null);

    @Test
    void aServiceDogOf85000Dkk_needsTwoDifferentTeamMembers() {
        Pool pool = stack.pool(Money.dkk(500_000));
        Application app = stack.inReview(pool.id(), Money.dkk(85_000));
        Application first = decisions.decide(TestStack.TEAM, app.id(), APPROVE);
        assertEquals(ApplicationStatus.IN_REVIEW, first.status());
        assertNotNull(first.pendingDecision());
        assertEquals(Money.dkk(500_000), pools.get(pool.id()).availableOre(), "nothing committed by one approval");
        assertEquals(first.version(), decisions.decide(TestStack.TEAM, app.id(), APPROVE).version(),
                "the same member approving again changes nothing");
        Application second = decisions.decide(TestStack.TEAM_2, app.id(), APPROVE);
        assertEquals(ApplicationStatus.APPROVED, second.status());
        assertEquals(TestStack.TEAM.subject(), second.decision().decidedBy());
        assertEquals(TestStack.TEAM_2.subject(), second.decision().secondApprovedBy());
        assertEquals(Money.dkk(415_000), pools.get(pool.id()).availableOre());
        assertEquals(1, pools.ledger(pool.id()).size());
    }

    @Test
    void aSecondApprovalWithAnotherAmount_isAConflict_andAGrantBelowTheLimitNeedsOne() {
        Pool pool = stack.pool(Money.dkk(500_000));
        Application big = stack.inReview(pool.id(), Money.dkk(80_000));
        decisions.decide(TestStack.TEAM, big.id(), APPROVE);
        ConflictException e = assertThrows(ConflictException.class, () -> decisions.decide(TestStack.TEAM_2, big.id(),
                new DecisionRequest(DecisionOutcome.PARTIALLY_APPROVED, Money.dkk(70_000), null, "mindre")));
        assertEquals("DIFFERS_FROM_FIRST_APPROVAL", e.code());
        Application small = stack.inReview(pool.id(), Money.dkk(50_000));
        assertEquals(ApplicationStatus.APPROVED, decisions.decide(TestStack.TEAM, small.id(), APPROVE).status(),
                "exactly at the limit one approval is enough");
    }

    @Test
    void needsInfo_pausesTheClock_andRejectionSuggestsAnotherPath() {
        Pool pool = stack.pool(Money.dkk(100_000));
        Application app = stack.inReview(pool.id(), Money.dkk(15_000));
        Application asked = decisions.decide(TestStack.TEAM, app.id(),
                new DecisionRequest(DecisionOutcome.NEEDS_INFO, null, null, "Skriv et tydeligere delmål"));
        assertEquals(ApplicationStatus.NEEDS_INFO, asked.status());
        assertNotNull(asked.needsInfoSince());
        Application rejected = decisions.decide(TestStack.TEAM, stack.inReview(pool.id(), Money.dkk(15_000)).id(),
                new DecisionRequest(DecisionOutcome.REJECTED, null, List.of("R4"), "Du har ikke adgang til en bil."));
        assertTrue(rejected.decision().suggestedPathDa().contains("bus"));
        assertTrue(rejected.decision().noAppeal());
        assertEquals(4, stack.bean(ApplicationStore.class).audit(rejected.id()).size());
    }
}
