package dk.livsmester.decisions;

import dk.livsmester.domain.Money;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.DecisionOutcome;
import dk.livsmester.domain.application.DecisionRequest;
import dk.livsmester.domain.budget.InsufficientFundsException;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.domain.budget.Reconciliation;
import dk.livsmester.platform.store.PoolStore;
import dk.livsmester.platform.testing.TestStack;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Benchmark (run by local/bench/approvals.sh, never a unit test): approvals per second against ONE pool item on
 * DynamoDB Local in-process, with N concurrent approvers, and the check that nothing was overspent.
 */
public final class ApprovalThroughput {
    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int approvals = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        try (TestStack stack = TestStack.start()) {
            DecisionService decisions = stack.bean(DecisionService.class);
            PoolStore pools = stack.bean(PoolStore.class);
            System.out.printf("| scenario | approvers | decisions | granted | refused (funds) | seconds | decisions/s | overspend | drift |%n");
            System.out.printf("|---|---|---|---|---|---|---|---|---|%n");
            run("ample pool (every approval commits)", stack, decisions, pools, threads, approvals, Money.dkk(100), Money.dkk(500_000));
            run("last 10,000 DKK (1,000 DKK each)", stack, decisions, pools, threads, approvals, Money.dkk(1_000), Money.dkk(10_000));
        }
        System.exit(0);
    }

    static void run(String name, TestStack stack, DecisionService decisions, PoolStore pools, int threads, int n,
                    long amount, long total) throws Exception {
        Pool pool = stack.pool(total);
        List<Application> apps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            apps.add(stack.inReview(pool.id(), amount));
        }
        ExecutorService exec = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        DecisionRequest approve = new DecisionRequest(DecisionOutcome.APPROVED, null, null, null);
        for (Application a : apps) {
            results.add(exec.submit(() -> {
                go.await();
                try {
                    decisions.decide(TestStack.TEAM, a.id(), approve);
                    return 1;
                } catch (InsufficientFundsException e) {
                    return 0;
                }
            }));
        }
        long t0 = System.nanoTime();
        go.countDown();
        int granted = 0;
        for (Future<Integer> f : results) {
            granted += f.get();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        exec.shutdown();
        Pool after = pools.get(pool.id());
        Reconciliation r = Reconciliation.of(after, pools.ledger(pool.id()), Instant.now());
        long overspend = Math.max(0, -after.availableOre());
        System.out.printf("| %s | %d | %d | %d | %d | %.2f | %.0f | %d | %d |%n", name, threads, n, granted, n - granted,
                seconds, n / seconds, overspend, r.driftOre());
        if (overspend != 0 || !r.ok()) {
            throw new IllegalStateException("Overspent or drifted: " + r);
        }
    }
}
