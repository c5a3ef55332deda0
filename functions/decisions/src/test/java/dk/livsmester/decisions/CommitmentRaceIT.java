package dk.livsmester.decisions;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.Money;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.application.DecisionOutcome;
import dk.livsmester.domain.application.DecisionPolicy;
import dk.livsmester.domain.application.DecisionRequest;
import dk.livsmester.domain.budget.InsufficientFundsException;
import dk.livsmester.domain.budget.LedgerEntry;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.domain.budget.Reconciliation;
import dk.livsmester.platform.store.ApplicationStore;
import dk.livsmester.platform.store.PoolStore;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.store.dynamo.DynamoApplicationStore;
import dk.livsmester.platform.store.dynamo.DynamoPoolStore;
import dk.livsmester.platform.store.dynamo.EventOutbox;
import dk.livsmester.platform.store.dynamo.Transactions;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The anchor tests for the pool (docs/domain.md section 2.7), on Amazon's DynamoDB Local: concurrent approvals can
 * never overspend, and a retried or redelivered approval debits once.
 */
class CommitmentRaceIT {
    static TestStack stack;
    static DecisionService decisions;
    static PoolStore pools;
    static ApplicationStore applications;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        decisions = stack.bean(DecisionService.class);
        pools = stack.bean(PoolStore.class);
        applications = stack.bean(ApplicationStore.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    private static final DecisionRequest APPROVE = new DecisionRequest(DecisionOutcome.APPROVED, null, null, null);

    /** Runs every task at the same moment (one latch) and returns their outcomes. */
    private static List<Object> race(List<Callable<Object>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<Object> t : tasks) {
            futures.add(pool.submit(() -> {
                go.await();
                try {
                    return t.call();
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        go.countDown();
        List<Object> out = new ArrayList<>();
        for (Future<Object> f : futures) {
            out.add(f.get());
        }
        pool.shutdown();
        return out;
    }

    private static void assertBalanced(String poolId) {
        Pool p = pools.get(poolId);
        List<LedgerEntry> ledger = pools.ledger(poolId);
        long sum = ledger.stream().mapToLong(LedgerEntry::amountOre).sum();
        assertTrue(p.balances(), "available + committed + disbursed = total, none negative: " + p);
        assertEquals(p.committedOre(), sum, "the ledger reconciles with the pool");
        assertEquals(ledger.size(), ledger.stream().map(LedgerEntry::applicationId).distinct().count(),
                "at most one commitment per application");
        Reconciliation r = Reconciliation.of(p, ledger, java.time.Instant.now());
        assertTrue(r.ok(), "zero drift: " + r);
    }

    @Test
    void fiftyApprovalsOf1000Dkk_againstTheLast10000Dkk_commitExactlyTen() throws Exception {
        Pool pool = stack.pool(Money.dkk(10_000));
        List<Callable<Object>> tasks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Application app = stack.inReview(pool.id(), Money.dkk(1_000));
            Caller decider = i % 2 == 0 ? TestStack.TEAM : TestStack.TEAM_2;
            tasks.add(() -> decisions.decide(decider, app.id(), APPROVE));
        }
        List<Object> outcomes = race(tasks);
        long approved = outcomes.stream().filter(o -> o instanceof Application a && a.status() == ApplicationStatus.APPROVED).count();
        long insufficient = outcomes.stream().filter(o -> o instanceof InsufficientFundsException).count();
        assertEquals(10, approved, outcomes.toString());
        assertEquals(40, insufficient, outcomes.toString());
        assertEquals(0, pools.get(pool.id()).availableOre());
        assertEquals(Money.dkk(10_000), pools.ledger(pool.id()).stream().mapToLong(LedgerEntry::amountOre).sum());
        assertBalanced(pool.id());
    }

    @Test
    void twentyApprovalsOfTheSameApplication_writeOneLedgerEntry_andAllReturnTheFirstResult() throws Exception {
        Pool pool = stack.pool(Money.dkk(100_000));
        Application app = stack.inReview(pool.id(), Money.dkk(2_500));
        List<Callable<Object>> tasks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tasks.add(() -> decisions.decide(TestStack.TEAM, app.id(), APPROVE));
        }
        List<Object> outcomes = race(tasks);
        assertTrue(outcomes.stream().allMatch(o -> o instanceof Application a && a.status() == ApplicationStatus.APPROVED
                && a.grantedOre() == Money.dkk(2_500)), outcomes.toString());
        assertEquals(1, pools.ledger(pool.id()).size());
        assertEquals(Money.dkk(100_000 - 2_500), pools.get(pool.id()).availableOre());
        assertEquals(4, applications.audit(app.id()).size(), "draft, submitted, in review, approved: one entry each");
    }

    @Test
    void aCommitWhoseResponseIsLost_thenRetried_debitsOnce() {
        Pool pool = stack.pool(Money.dkk(50_000));
        Application app = stack.inReview(pool.id(), Money.dkk(4_000));
        DynamoDbClient real = stack.bean(DynamoDbClient.class);
        DynamoDbClient losesResponses = new DynamoDbClient() {
            @Override
            public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
                real.transactWriteItems(request);
                throw SdkClientException.create("response lost after the write succeeded");
            }

            @Override
            public String serviceName() {
                return real.serviceName();
            }

            @Override
            public void close() {
            }
        };
        // The stores read with the real client and write their transactions through the one that loses responses.
        Transactions lossy = new Transactions(losesResponses);
        TablesConfig tables = stack.bean(TablesConfig.class);
        EventOutbox outbox = stack.bean(EventOutbox.class);
        DynamoDbEnhancedClient reads = stack.bean(DynamoDbEnhancedClient.class);
        DynamoApplicationStore flakyApplications = new DynamoApplicationStore(reads, tables, lossy, outbox);
        DecisionService flaky = new DecisionService(flakyApplications,
                new DynamoPoolStore(reads, tables, flakyApplications, lossy, outbox), stack.bean(DecisionPolicy.class),
                Clock.systemUTC());
        assertThrows(SdkClientException.class, () -> flaky.decide(TestStack.TEAM, app.id(), APPROVE));
        Application retried = decisions.decide(TestStack.TEAM, app.id(), APPROVE);
        Application late = decisions.decide(TestStack.TEAM_2, app.id(), APPROVE);
        assertEquals(ApplicationStatus.APPROVED, retried.status());
        assertEquals(retried.decision(), late.decision(), "a late redelivery returns the first result");
        assertEquals(1, pools.ledger(pool.id()).size());
        assertEquals(Money.dkk(46_000), pools.get(pool.id()).availableOre());
    }

    @Test
    void aDifferentSecondDecision_isAConflict_andChangesNothing() {
        Pool pool = stack.pool(Money.dkk(50_000));
        Application app = stack.inReview(pool.id(), Money.dkk(3_000));
        decisions.decide(TestStack.TEAM, app.id(), APPROVE);
        ConflictException e = assertThrows(ConflictException.class, () -> decisions.decide(TestStack.TEAM, app.id(),
                new DecisionRequest(DecisionOutcome.REJECTED, null, List.of("R2"), "Nej")));
        assertEquals("ALREADY_DECIDED", e.code());
        assertEquals(Money.dkk(47_000), pools.get(pool.id()).availableOre());
    }

    @Test
    void aRejection_commitsNoMoney() {
        Pool pool = stack.pool(Money.dkk(10_000));
        Application app = stack.inReview(pool.id(), Money.dkk(3_000));
        Application rejected = decisions.decide(TestStack.TEAM, app.id(),
                new DecisionRequest(DecisionOutcome.REJECTED, null, List.of("R3"), "Du betaler allerede selv."));
        assertEquals(ApplicationStatus.REJECTED, rejected.status());
        assertEquals(Money.dkk(10_000), pools.get(pool.id()).availableOre());
        assertEquals(0, pools.ledger(pool.id()).size());
    }

    @Test
    void onlyTheTeamDecides() {
        Pool pool = stack.pool(Money.dkk(10_000));
        Application app = stack.inReview(pool.id(), Money.dkk(1_000));
        assertThrows(dk.livsmester.domain.ForbiddenException.class, () -> decisions.decide(
                new Caller("finance-1", "F", Role.FINANCE), app.id(), APPROVE));
        assertThrows(dk.livsmester.domain.ForbiddenException.class, () -> decisions.decide(
                new Caller(TestStack.CONTACT.subject(), "Self", Role.TEAM), app.id(), APPROVE));
    }

    @Test
    void randomisedRaces_neverOverspend_andAlwaysReconcile() throws Exception {
        long seed = Long.getLong("race.seed", System.nanoTime());
        int iterations = Integer.getInteger("race.iterations", 3);
        int threads = Integer.getInteger("race.threads", 200);
        System.out.println("randomisedRaces seed=" + seed + " iterations=" + iterations + " threads=" + threads);
        Random random = new Random(seed);
        for (int it = 0; it < iterations; it++) {
            Pool pool = stack.pool(Money.dkk(10_000));
            List<Callable<Object>> tasks = new ArrayList<>();
            Map<String, Long> requested = new HashMap<>();
            for (int i = 0; i < threads; i++) {
                long amount = Money.dkk(1 + random.nextInt(5_000));
                Application app = stack.inReview(pool.id(), amount);
                requested.put(app.id(), amount);
                boolean duplicate = random.nextInt(10) == 0;
                tasks.add(() -> decisions.decide(TestStack.TEAM, app.id(), APPROVE));
                if (duplicate) {
                    tasks.add(() -> decisions.decide(TestStack.TEAM_2, app.id(), APPROVE));
                }
            }
            race(tasks);
            Pool after = pools.get(pool.id());
            assertTrue(after.availableOre() >= 0, "seed " + seed + ": never negative");
            assertBalanced(pool.id());
            for (LedgerEntry e : pools.ledger(pool.id())) {
                assertEquals(requested.get(e.applicationId()), e.amountOre(), "seed " + seed);
            }
        }
    }
}
