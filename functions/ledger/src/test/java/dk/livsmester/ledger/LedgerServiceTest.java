package dk.livsmester.ledger;

import dk.livsmester.decisions.DecisionService;
import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ForbiddenException;
import dk.livsmester.domain.Money;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.ValidationException;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.application.DecisionOutcome;
import dk.livsmester.domain.application.DecisionPolicy;
import dk.livsmester.domain.application.DecisionRequest;
import dk.livsmester.domain.budget.DuplicateReferenceException;
import dk.livsmester.domain.budget.LedgerEntryType;
import dk.livsmester.domain.budget.Movement;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.domain.budget.Reconciliation;
import dk.livsmester.platform.testing.TestStack;
import dk.livsmester.platform.testing.memory.InMemoryBudget;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ledger service's flows on in-memory stores: every movement once, the pool always balanced. */
class LedgerServiceTest {
    static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");
    static final Caller FINANCE = new Caller("finance-1", "Fie Finans", Role.FINANCE);

    final InMemoryBudget budget = new InMemoryBudget();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final LedgerService ledger = new LedgerService(budget.applications, budget.pools, clock);

    Application granted(Pool pool, long amountOre) {
        Application app = budget.inReview(pool.id(), amountOre, NOW);
        return new DecisionService(budget.applications, budget.pools, new DecisionPolicy(Money.dkk(50_000)), clock)
                .decide(TestStack.TEAM, app.id(), new DecisionRequest(DecisionOutcome.APPROVED, null, null, null));
    }

    void assertReconciles(Pool pool) {
        Pool p = budget.pools.get(pool.id());
        Reconciliation r = Reconciliation.of(p, budget.pools.ledger(pool.id()), NOW);
        assertTrue(r.ok(), r.toString());
    }

    @Test
    void twoPayments_moveTheGrantFromCommittedToDisbursed_andTheSecondMarksItDisbursed() {
        Pool pool = budget.pool(Money.dkk(100_000));
        Application app = granted(pool, Money.dkk(10_000));
        assertEquals(ApplicationStatus.APPROVED, ledger.disburse(FINANCE, app.id(), new Movement(Money.dkk(4_000), "faktura 1")).status());
        assertEquals(ApplicationStatus.DISBURSED, ledger.disburse(FINANCE, app.id(), new Movement(Money.dkk(6_000), "faktura 2")).status());
        Pool p = budget.pools.get(pool.id());
        assertEquals(0, p.committedOre());
        assertEquals(Money.dkk(10_000), p.disbursedOre());
        assertReconciles(pool);
    }

    @Test
    void theSameReferenceAgain_movesNoMoney_butWithAnotherAmountIsADuplicateReference() {
        Pool pool = budget.pool(Money.dkk(100_000));
        Application app = granted(pool, Money.dkk(10_000));
        Application first = ledger.disburse(FINANCE, app.id(), new Movement(Money.dkk(4_000), "faktura 1"));
        assertEquals(first, ledger.disburse(FINANCE, app.id(), new Movement(Money.dkk(4_000), "faktura 1")));
        assertThrows(DuplicateReferenceException.class,
                () -> ledger.disburse(FINANCE, app.id(), new Movement(Money.dkk(5_000), "faktura 1")));
        assertEquals(Money.dkk(4_000), budget.pools.get(pool.id()).disbursedOre());
        assertEquals(2, budget.pools.ledger(pool.id()).size(), "the commitment and one disbursement");
    }

    @Test
    void aRetryThatLostTheRaceToItself_returnsTheStateTheFirstLeft() {
        Pool pool = budget.pool(Money.dkk(100_000));
        Application app = granted(pool, Money.dkk(10_000));
        Application paid = ledger.disburse(FINANCE, app.id(), new Movement(Money.dkk(4_000), "faktura 1"));
        // The retry read the application, and found no entry, before the first attempt landed.
        budget.applications.nextReadReturns(app);
        budget.pools.nextEntryReadMisses();
        assertEquals(paid, ledger.disburse(FINANCE, app.id(), new Movement(Money.dkk(4_000), "faktura 1")));
        assertEquals(Money.dkk(4_000), budget.pools.get(pool.id()).disbursedOre());
    }

    @Test
    void aReleaseAndTheClosure_giveTheUnspentCommitmentBack() {
        Pool pool = budget.pool(Money.dkk(50_000));
        Application app = granted(pool, Money.dkk(20_000));
        ledger.release(TestStack.TEAM, app.id(), new Movement(Money.dkk(5_000), "billigere"));
        ledger.disburse(FINANCE, app.id(), new Movement(Money.dkk(4_000), "kvittering 7"));
        Application closed = ledger.close(FINANCE, app.id());
        assertEquals(ApplicationStatus.CLOSED, closed.status());
        assertEquals(Money.dkk(16_000), closed.releasedOre());
        assertEquals(closed, ledger.close(FINANCE, app.id()), "closing twice is harmless");
        Pool p = budget.pools.get(pool.id());
        assertEquals(0, p.committedOre());
        assertEquals(Money.dkk(46_000), p.availableOre());
        assertEquals(2, budget.pools.ledger(pool.id()).stream().filter(e -> e.type() == LedgerEntryType.RELEASE).count());
        assertReconciles(pool);
    }

    @Test
    void onlyWhatWasPaidOutComesBack_onlyFinancePaysOut_andBadInputIsRefusedFirst() {
        Pool pool = budget.pool(Money.dkk(30_000));
        Application app = granted(pool, Money.dkk(8_000));
        ledger.disburse(FINANCE, app.id(), new Movement(Money.dkk(8_000), "udbetaling 1"));
        ledger.returnMoney(FINANCE, app.id(), new Movement(Money.dkk(1_500), "retur 1"));
        assertEquals("EXCEEDS_DISBURSED", assertThrows(dk.livsmester.domain.ConflictException.class,
                () -> ledger.returnMoney(FINANCE, app.id(), new Movement(Money.dkk(7_000), "retur 2"))).code());
        assertThrows(ForbiddenException.class, () -> ledger.disburse(TestStack.TEAM, app.id(), new Movement(100L, "x")));
        ValidationException bad = assertThrows(ValidationException.class,
                () -> ledger.disburse(FINANCE, app.id(), new Movement(-1L, "=HYPERLINK()")));
        assertEquals(2, bad.errors().size(), "the reference and the amount, together");
        assertEquals(Money.dkk(23_500), budget.pools.get(pool.id()).availableOre());
        assertReconciles(pool);
    }
}
