package dk.livsmester.ledger;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.ForbiddenException;
import dk.livsmester.domain.Money;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.application.DecisionOutcome;
import dk.livsmester.domain.application.DecisionRequest;
import dk.livsmester.domain.budget.FinanceFigures;
import dk.livsmester.domain.budget.LedgerEntryType;
import dk.livsmester.domain.budget.Movement;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.domain.budget.Reconciliation;
import dk.livsmester.platform.store.PoolStore;
import dk.livsmester.reconciliation.ReconciliationService;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Money after the decision, on DynamoDB Local: every movement once, the pool always balanced and reconciled. */
class LedgerIT {
    static final Caller FINANCE = new Caller("finance-test", "Fie Finans", Role.FINANCE);
    static TestStack stack;
    static LedgerService ledger;
    static PoolStore pools;
    static ReconciliationService reconciliation;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        ledger = stack.bean(LedgerService.class);
        pools = stack.bean(PoolStore.class);
        reconciliation = stack.bean(ReconciliationService.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    /** An application granted {@code granted} of the {@code requested}, through the real decision path. */
    private Application granted(Pool pool, long requested, long granted) {
        Application app = stack.inReview(pool.id(), requested);
        var decisions = stack.context().getBean(dk.livsmester.decisions.DecisionService.class);
        DecisionRequest req = granted == requested ? new DecisionRequest(DecisionOutcome.APPROVED, null, null, null)
                : new DecisionRequest(DecisionOutcome.PARTIALLY_APPROVED, granted, null, "Vi dækker en del");
        Application first = decisions.decide(TestStack.TEAM, app.id(), req);
        // Above the two-person limit a second team member approves the same decision.
        return first.pendingDecision() != null ? decisions.decide(TestStack.TEAM_2, app.id(), req) : first;
    }

    private void assertReconciles(String poolId) {
        Reconciliation r = reconciliation.run(poolId);
        assertTrue(r.ok(), r.toString());
        assertEquals(0, r.driftOre());
        assertEquals(r, pools.latestReconciliation(poolId).orElseThrow());
    }

    @Test
    void disbursingInTwoPayments_movesCommittedToDisbursed_once_andMarksTheApplicationDisbursed() {
        Pool pool = stack.pool(Money.dkk(100_000));
        Application app = granted(pool, Money.dkk(10_000), Money.dkk(10_000));
        Application half = ledger.disburse(FINANCE, app.id(), new Movement(Money.dkk(4_000), "faktura 1001"));
        assertEquals(ApplicationStatus.APPROVED, half.status());
        Application retried = ledger.disburse(FINANCE, app.id(), new Movement(Money.dkk(4_000), "faktura 1001"));
        assertEquals(Money.dkk(4_000), retried.disbursedOre(), "the same reference again moves no money");
        assertThrows(ConflictException.class, () -> ledger.disburse(FINANCE, app.id(), new Movement(Money.dkk(5_000), "faktura 1001")));
        Application all = ledger.disburse(FINANCE, app.id(), new Movement(Money.dkk(6_000), "faktura 1002"));
        assertEquals(ApplicationStatus.DISBURSED, all.status());
        Pool p = pools.get(pool.id());
        assertEquals(0, p.committedOre());
        assertEquals(Money.dkk(10_000), p.disbursedOre());
        assertEquals(Money.dkk(90_000), p.availableOre());
        ConflictException tooMuch = assertThrows(ConflictException.class,
                () -> ledger.disburse(FINANCE, app.id(), new Movement(1L, "faktura 1003")));
        assertTrue(List.of("NOT_GRANTED", "EXCEEDS_COMMITMENT").contains(tooMuch.code()));
        assertReconciles(pool.id());
    }

    @Test
    void aReducedGrant_releasesMoney_andClosingReleasesTheRest() {
        Pool pool = stack.pool(Money.dkk(50_000));
        Application app = granted(pool, Money.dkk(20_000), Money.dkk(15_000));
        ledger.release(TestStack.TEAM, app.id(), new Movement(Money.dkk(5_000), "billigere leverandør"));
        ledger.disburse(FINANCE, app.id(), new Movement(Money.dkk(4_000), "kvittering 7"));
        Application closed = ledger.close(FINANCE, app.id());
        assertEquals(ApplicationStatus.CLOSED, closed.status());
        assertEquals(Money.dkk(11_000), closed.releasedOre());
        Pool p = pools.get(pool.id());
        assertEquals(0, p.committedOre());
        assertEquals(Money.dkk(4_000), p.disbursedOre());
        assertEquals(Money.dkk(46_000), p.availableOre());
        assertEquals(closed.version(), ledger.close(FINANCE, app.id()).version(), "closing twice is harmless");
        assertReconciles(pool.id());
    }

    @Test
    void unspentMoneyComesBack_onlyUpToWhatWasPaidOut() {
        Pool pool = stack.pool(Money.dkk(30_000));
        Application app = granted(pool, Money.dkk(8_000), Money.dkk(8_000));
        ledger.disburse(FINANCE, app.id(), new Movement(Money.dkk(8_000), "udbetaling 1"));
        ledger.returnMoney(FINANCE, app.id(), new Movement(Money.dkk(1_500), "retur 1"));
        assertThrows(ConflictException.class, () -> ledger.returnMoney(FINANCE, app.id(), new Movement(Money.dkk(7_000), "retur 2")));
        Pool p = pools.get(pool.id());
        assertEquals(Money.dkk(6_500), p.disbursedOre());
        assertEquals(Money.dkk(23_500), p.availableOre());
        assertReconciles(pool.id());
    }

    @Test
    void onlyFinancePaysOut_andBadInputIsRefusedBeforeAnyWrite() {
        Pool pool = stack.pool(Money.dkk(30_000));
        Application app = granted(pool, Money.dkk(1_600), Money.dkk(1_600));
        assertThrows(ForbiddenException.class, () -> ledger.disburse(TestStack.TEAM, app.id(), new Movement(100L, "x")));
        assertThrows(dk.livsmester.domain.ValidationException.class, () -> ledger.disburse(FINANCE, app.id(), new Movement(-1L, "x")));
        assertThrows(dk.livsmester.domain.ValidationException.class, () -> ledger.disburse(FINANCE, app.id(), new Movement(100L, "=HYPERLINK()")));
        assertEquals(1, pools.ledger(pool.id()).size());
    }

    @Test
    void financeFigures_agreeWithTheLedger() {
        Pool pool = stack.pool(Money.dkk(100_000));
        Application a = granted(pool, Money.dkk(1_600), Money.dkk(1_600));
        granted(pool, Money.dkk(85_000), Money.dkk(60_000));
        ledger.disburse(FINANCE, a.id(), new Movement(Money.dkk(1_600), "taxa"));
        Pool p = pools.get(pool.id());
        FinanceFigures f = FinanceFigures.of(p, pools.ledger(pool.id()), List.of(), List.of(), LocalDate.now(), ZoneId.of("Europe/Copenhagen"));
        assertEquals(p.committedOre(), f.byCategory().stream().mapToLong(FinanceFigures.Breakdown::committedOre).sum());
        assertEquals(p.disbursedOre(), f.byMonth().stream().mapToLong(FinanceFigures.Breakdown::disbursedOre).sum());
        assertEquals(2, f.grants().count());
        assertEquals(Money.dkk(1_600), f.grants().minOre());
        assertEquals(Money.dkk(60_000), f.grants().maxOre());
        assertEquals(p.availableOre(), f.burnDown().get(f.burnDown().size() - 1).availableOre());
        assertEquals(3, pools.ledger(pool.id()).size());
        assertEquals(2, pools.ledger(pool.id()).stream().filter(e -> e.type() == LedgerEntryType.COMMIT).count());
    }
}
