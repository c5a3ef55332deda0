package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.Ids;
import dk.livsmester.domain.Money;
import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.AuditEntry;
import dk.livsmester.domain.application.DecisionOutcome;
import dk.livsmester.domain.application.DecisionPolicy;
import dk.livsmester.domain.application.DecisionRequest;
import dk.livsmester.domain.budget.LedgerEntry;
import dk.livsmester.domain.budget.LedgerEntryType;
import dk.livsmester.domain.budget.LedgerMismatchException;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.domain.guides.Alert;
import dk.livsmester.domain.guides.AlertChangedException;
import dk.livsmester.domain.guides.AlertKind;
import dk.livsmester.domain.guides.AlertStatus;
import dk.livsmester.domain.guides.Disability;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchChangedException;
import dk.livsmester.domain.guides.MatchingRun;
import dk.livsmester.domain.guides.TaskType;
import dk.livsmester.platform.store.AlertStore;
import dk.livsmester.platform.store.ApplicationStore;
import dk.livsmester.platform.store.GuideRequestStore;
import dk.livsmester.platform.store.GuideStore;
import dk.livsmester.platform.store.MatchStore;
import dk.livsmester.platform.store.MatchingRunStore;
import dk.livsmester.platform.store.PoolStore;
import dk.livsmester.platform.testing.Guides;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conditions the function tests do not reach, on DynamoDB Local: each refused step names its outcome, nothing of
 * a refused transaction is written, and when several steps are refused the one added first names the outcome.
 */
class StoreConditionsIT {
    static TestStack stack;
    static ApplicationStore applications;
    static PoolStore pools;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        applications = stack.bean(ApplicationStore.class);
        pools = stack.bean(PoolStore.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    static Application approved(Application inReview) {
        return inReview.decide(stack.bean(DecisionPolicy.class).decide(inReview,
                new DecisionRequest(DecisionOutcome.APPROVED, null, null, null), TestStack.TEAM, Instant.now()));
    }

    static AuditEntry audit(Application before, Application after) {
        return new AuditEntry(after.id(), after.version(), "t", "team", before.status(), after.status(), Instant.now());
    }

    static LedgerEntry entry(Application app, LedgerEntryType type, String key, long amountOre) {
        return new LedgerEntry(app.poolId(), key, type, app.id(), amountOre, null, null, "t", Instant.now(), "test");
    }

    @Test
    void aPoolOpensOnce_andIsListedOnce() {
        Pool p = stack.pool(Money.dkk(1_000));
        assertFalse(pools.create(p));
        assertEquals(1, pools.all().stream().filter(x -> x.id().equals(p.id())).count());
    }

    @Test
    void anApplicationIsCreatedOnce() {
        Pool p = stack.pool(Money.dkk(1_000));
        Application app = stack.inReview(p.id(), Money.dkk(100));
        assertThrows(StaleStateException.class, () -> applications.create(app, List.of(), List.of()));
    }

    @Test
    void aMovementThePoolDoesNotCover_isALedgerMismatch_andWritesNothing() {
        Pool p = stack.pool(Money.dkk(10_000));
        Application app = stack.inReview(p.id(), Money.dkk(1_000));
        Application changed = app.decide(stack.bean(DecisionPolicy.class).decide(app,
                new DecisionRequest(DecisionOutcome.NEEDS_INFO, null, null, "?"), TestStack.TEAM, Instant.now()));
        // Nothing is committed in this pool, so no disbursement can come out of it.
        assertThrows(LedgerMismatchException.class, () -> pools.move(app, changed, audit(app, changed),
                entry(app, LedgerEntryType.DISBURSE, "DISBURSE#" + app.id() + "#x", Money.dkk(500)), List.of()));
        assertEquals(app, applications.get(app.id()));
        assertEquals(List.of(), pools.ledger(p.id()));
        assertEquals(Money.dkk(10_000), pools.get(p.id()).availableOre());
    }

    @Test
    void aMovementOfAStaleApplication_isRefused_beforeThePoolIsLookedAt() {
        Pool p = stack.pool(Money.dkk(10_000));
        Application app = stack.inReview(p.id(), Money.dkk(1_000));
        Application granted = approved(app);
        pools.grant(app, granted, audit(app, granted), entry(app, LedgerEntryType.COMMIT, LedgerEntry.commitKey(app.id()),
                Money.dkk(1_000)), List.of());
        Application stale = app;
        assertThrows(StaleStateException.class, () -> pools.move(stale, granted, audit(stale, granted),
                entry(stale, LedgerEntryType.DISBURSE, "DISBURSE#" + app.id() + "#y", Money.dkk(50_000)), List.of()),
                "the application step is added before the pool's, so a stale read is not reported as a mismatch");
        assertEquals(1, pools.ledger(p.id()).size());
    }

    @Test
    void aGrantTheLedgerHasAlready_isDecidedMeanwhile_evenWhenThePoolIsShortToo() {
        Pool p = stack.pool(Money.dkk(1_000));
        Application app = stack.inReview(p.id(), Money.dkk(1_000));
        Application granted = approved(app);
        LedgerEntry commitment = entry(app, LedgerEntryType.COMMIT, LedgerEntry.commitKey(app.id()), Money.dkk(1_000));
        pools.grant(app, granted, audit(app, granted), commitment, List.of());
        assertEquals(0, pools.get(p.id()).availableOre());
        assertThrows(StaleStateException.class, () -> pools.grant(app, granted, audit(app, granted), commitment, List.of()),
                "commitment, application and pool are all refused: the commitment, added first, names the outcome");
    }

    @Test
    void matchesAlertsRequestsAndRuns_refuseAChangeToWhatChangedSinceItWasRead() {
        GuideStore guides = stack.bean(GuideStore.class);
        GuideRequestStore requests = stack.bean(GuideRequestStore.class);
        MatchStore matches = stack.bean(MatchStore.class);
        Guide g = Guides.guide(guides, TaskType.IT, Disability.AUTISM, "Vest", 2);
        Match m = Guides.proposed(requests, matches, g, TaskType.IT);
        Match superseded = m.supersede();
        matches.update(m, superseded);
        assertThrows(MatchChangedException.class, () -> matches.update(m, m.supersede()));

        GuideRequest q = Guides.request(requests, TaskType.IT, Disability.AUTISM, "Vest");
        requests.save(q, q.withStatus(GuideRequestStatus.NO_CANDIDATE), List.of());
        assertThrows(StaleStateException.class, () -> requests.save(q, q.withStatus(GuideRequestStatus.CLOSED), List.of()));

        AlertStore alerts = stack.bean(AlertStore.class);
        Alert a = new Alert("INACTIVE-" + Ids.newId("m"), AlertKind.INACTIVE_MATCH, "m", g.id(), q.id(), Instant.now(), 15,
                AlertStatus.OPEN, Instant.now(), null, null, null, 0);
        assertTrue(alerts.raise(a));
        alerts.update(a, a.acknowledge("c", Instant.now()));
        assertThrows(AlertChangedException.class, () -> alerts.update(a, a.resolve(Instant.now())));

        MatchingRunStore runs = stack.bean(MatchingRunStore.class);
        MatchingRun run = MatchingRun.requested(Ids.newId("run"), "c", Instant.now());
        runs.create(run, List.of());
        assertThrows(StaleStateException.class, () -> runs.create(run, List.of()));
    }
}
