package dk.livsmester.decisions;

import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.Ids;
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

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A grant needs the citizen's own confirmation (a pool setting, on by default): the 90,000 DKK grant with only the
 * contact person's confirmation is refused with a clear message, and no money moves.
 */
class CitizenConfirmationRuleIT {
    static TestStack stack;
    static DecisionService decisions;
    static PoolStore pools;

    static final DecisionRequest APPROVE = new DecisionRequest(DecisionOutcome.APPROVED, null, null, null);

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

    @Test
    void aGrantWithoutTheCitizensConfirmation_isRefused_andNoMoneyMoves() {
        Pool pool = stack.pool(Money.dkk(500_000));
        Application app = stack.inReview(pool.id(), Money.dkk(12_000), false);
        ConflictException e = assertThrows(ConflictException.class, () -> decisions.decide(TestStack.TEAM, app.id(), APPROVE));
        assertEquals("CITIZEN_NOT_CONFIRMED", e.code());
        assertTrue(e.text().da().contains("Borgeren har ikke selv bekræftet"), e.text().da());
        assertTrue(e.text().en().contains("citizen has not confirmed"), e.text().en());
        assertEquals(Money.dkk(500_000), pools.get(pool.id()).availableOre());
        assertEquals(ApplicationStatus.IN_REVIEW, stack.bean(ApplicationStore.class).get(app.id()).status());
    }

    @Test
    void theFirstOfTwoApprovals_needsItToo() {
        Pool pool = stack.pool(Money.dkk(500_000));
        Application big = stack.inReview(pool.id(), Money.dkk(90_000), false);
        assertEquals("CITIZEN_NOT_CONFIRMED", assertThrows(ConflictException.class,
                () -> decisions.decide(TestStack.TEAM, big.id(), APPROVE)).code());
    }

    @Test
    void aRejection_needsNoConfirmation() {
        Pool pool = stack.pool(Money.dkk(500_000));
        Application app = stack.inReview(pool.id(), Money.dkk(12_000), false);
        Application rejected = decisions.decide(TestStack.TEAM, app.id(),
                new DecisionRequest(DecisionOutcome.REJECTED, null, List.of("R1"), "Det er ikke et ønske, der kommer fra dig selv."));
        assertEquals(ApplicationStatus.REJECTED, rejected.status());
    }

    @Test
    void aPoolOpenedWithoutTheRule_grantsWithTheContactPersonsConfirmationAlone() {
        Pool pool = Pool.open(Ids.newId("pool"), "Uden regel", "Test", LocalDate.of(2020, 1, 1), LocalDate.of(2099, 12, 31),
                Money.dkk(100_000), false);
        pools.create(pool);
        Application app = stack.inReview(pool.id(), Money.dkk(12_000), false);
        assertEquals(ApplicationStatus.APPROVED, decisions.decide(TestStack.TEAM, app.id(), APPROVE).status());
        assertEquals(Money.dkk(88_000), pools.get(pool.id()).availableOre());
    }
}
