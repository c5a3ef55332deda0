package dk.livsmester.local.bench;

import dk.livsmester.domain.guides.AssignmentPlanner;
import dk.livsmester.domain.guides.Disability;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideKind;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideStatus;
import dk.livsmester.domain.guides.RequestTiming;
import dk.livsmester.domain.guides.TaskType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The matching benchmark of docs/benchmarks.md: a global plan for 10,000 open requests against 2,000 guides (invented,
 * from a fixed seed), timed after warm-up, and its total score against the greedy one-by-one baseline on the same data.
 * Not a test: run it with local/bench/matching.sh. Arguments: requests guides runs seed. Two scenarios: places scarce
 * (about a third of the requests can be served, the case where choosing well matters most) and places ample.
 */
public final class MatchingBenchmark {
    static final String[] AREAS = {"Vest", "Nord", "Syd", "Midtbyen", "Øst", "Hasle", "Brabrand", "Viby", "Risskov",
            "Tilst", "Skejby", "Lystrup"};
    static final String[] DAYS = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};
    static final String[] PARTS = {"AM", "PM", "EVE"};
    /** Demand per task type, weighted like the pilot's tasks (bus training and accompaniment most asked for). */
    static final int[] TASK_WEIGHT = {20, 15, 20, 10, 8, 10, 8, 3, 6};

    private MatchingBenchmark() {
    }

    public static void main(String[] args) {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int guides = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 20260315L;
        System.out.printf(Locale.ROOT, "machine: cores=%d java=%s maxHeap=%d MiB%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() / (1 << 20));
        scenario("places scarce (1-4 places per guide, some already taken)", requests, guides, 1, true, runs, seed, true);
        scenario("more places than requests (3-10 places per guide, none taken)", requests, guides, 3, false, runs, seed,
                false);
    }

    static void scenario(String name, int requests, int guides, int capacityFrom, boolean taken, int runs, long seed,
                         boolean fullGraph) {
        Random random = new Random(seed);
        List<Guide> g = guides(random, guides, capacityFrom, taken);
        List<GuideRequest> q = requests(random, requests);
        int capacity = g.stream().mapToInt(Guide::freeCapacity).sum();

        AssignmentPlanner planner = new AssignmentPlanner();
        long c0 = System.nanoTime();
        planner.plan(q, g); // the first call in this JVM: what a cold Lambda invocation pays (in the first scenario)
        long firstMs = (System.nanoTime() - c0) / 1_000_000;
        for (int i = 0; i < 5; i++) { // warm-up: let the JIT compile the hot loops
            planner.plan(q, g);
            planner.greedy(q, g);
        }
        long[] planMs = new long[runs];
        long[] greedyMs = new long[runs];
        AssignmentPlanner.Plan plan = null;
        AssignmentPlanner.Plan greedy = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            plan = planner.plan(q, g);
            long t1 = System.nanoTime();
            greedy = planner.greedy(q, g);
            long t2 = System.nanoTime();
            planMs[i] = (t1 - t0) / 1_000_000;
            greedyMs[i] = (t2 - t1) / 1_000_000;
        }
        checkFeasible(plan, g);
        checkFeasible(greedy, g);
        System.out.printf(Locale.ROOT, "%n== %s: requests=%d guides=%d freePlaces=%d seed=%d runs=%d%n", name, requests,
                guides, capacity, seed, runs);
        System.out.printf(Locale.ROOT, "global plan (k=%d): median=%d ms min=%d ms max=%d ms (first call %d ms) "
                        + "matched=%d totalScore=%d meanScore=%.2f candidatePairs=%d%n", AssignmentPlanner.DEFAULT_CANDIDATES,
                median(planMs), Arrays.stream(planMs).min().orElse(0), Arrays.stream(planMs).max().orElse(0), firstMs,
                plan.matched(), plan.totalScore(), (double) plan.totalScore() / plan.matched(), plan.candidatePairs());
        System.out.printf(Locale.ROOT, "greedy one by one (oldest first, best free guide among all): median=%d ms "
                + "matched=%d totalScore=%d meanScore=%.2f%n", median(greedyMs), greedy.matched(), greedy.totalScore(),
                (double) greedy.totalScore() / greedy.matched());
        System.out.printf(Locale.ROOT, "global vs greedy: totalScore %+d (%+.2f%%), matched %+d%n",
                plan.totalScore() - greedy.totalScore(),
                100.0 * (plan.totalScore() - greedy.totalScore()) / greedy.totalScore(), plan.matched() - greedy.matched());
        if (fullGraph) {
            long t0 = System.nanoTime();
            AssignmentPlanner.Plan full = new AssignmentPlanner(guides).plan(q, g);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            checkFeasible(full, g);
            System.out.printf(Locale.ROOT, "check: optimum on the full candidate graph (every guide offering the task "
                    + "or a related one; one run, %d ms): matched=%d totalScore=%d candidatePairs=%d; "
                    + "the k=%d plan reaches %.4f%% of it%n", ms, full.matched(), full.totalScore(), full.candidatePairs(),
                    AssignmentPlanner.DEFAULT_CANDIDATES, 100.0 * plan.totalScore() / full.totalScore());
        }
    }

    static long median(long[] values) {
        long[] s = values.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** Fails loudly if a plan gives a request two guides or a guide more than its free capacity. */
    static void checkFeasible(AssignmentPlanner.Plan plan, List<Guide> guides) {
        Map<String, Integer> load = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (AssignmentPlanner.Assignment a : plan.assignments()) {
            if (!seen.add(a.request().id())) {
                throw new IllegalStateException("request twice: " + a.request().id());
            }
            load.merge(a.chosen().guideId(), 1, Integer::sum);
        }
        for (Guide g : guides) {
            if (load.getOrDefault(g.id(), 0) > g.freeCapacity()) {
                throw new IllegalStateException("over capacity: " + g.id());
            }
        }
    }

    static List<Guide> guides(Random random, int n, int capacityFrom, boolean taken) {
        List<Guide> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Set<TaskType> tasks = EnumSet.noneOf(TaskType.class);
            int t = 1 + random.nextInt(3);
            while (tasks.size() < t) {
                tasks.add(TaskType.values()[random.nextInt(TaskType.values().length)]);
            }
            Set<Disability> d = EnumSet.noneOf(Disability.class);
            if (random.nextInt(10) > 0) {
                d.add(Disability.values()[random.nextInt(Disability.values().length)]);
                if (random.nextInt(4) == 0) {
                    d.add(Disability.values()[random.nextInt(Disability.values().length)]);
                }
            }
            int capacity = capacityFrom + random.nextInt(capacityFrom == 1 ? 4 : 8);
            int active = random.nextInt(capacity);
            out.add(new Guide(String.format(Locale.ROOT, "guide-%05d", i), "Guide " + i,
                    random.nextInt(20) == 0 ? GuideKind.VOLUNTEER_ORGANISATION : GuideKind.PEER, tasks, d, List.of("da"),
                    AREAS[random.nextInt(AREAS.length)], slots(random, 2 + random.nextInt(5)), capacity,
                    taken ? active : 0, random.nextInt(8), GuideStatus.ACTIVE, null, null, Instant.EPOCH, 0));
        }
        return out;
    }

    static List<GuideRequest> requests(Random random, int n) {
        Instant start = Instant.parse("2026-01-05T08:00:00Z");
        return requests(random, n, i -> start.plusSeconds(60L * i));
    }

    /** {@code n} requests with the pilot's task mix, the i-th asked at {@code asked.apply(i)}. */
    static List<GuideRequest> requests(Random random, int n, java.util.function.IntFunction<Instant> asked) {
        List<GuideRequest> out = new ArrayList<>();
        int totalWeight = Arrays.stream(TASK_WEIGHT).sum();
        for (int i = 0; i < n; i++) {
            int w = random.nextInt(totalWeight);
            int task = 0;
            while (w >= TASK_WEIGHT[task]) {
                w -= TASK_WEIGHT[task++];
            }
            out.add(GuideRequest.builder().id(String.format(Locale.ROOT, "req-%05d", i)).citizenName("Citizen " + i)
                    .citizenDisability(Disability.values()[random.nextInt(Disability.values().length)]).needs("Needs")
                    .taskType(TaskType.values()[task])
                    .timing(RequestTiming.values()[random.nextInt(RequestTiming.values().length)])
                    .sameDisabilityPreferred(random.nextInt(5) < 3).area(AREAS[random.nextInt(AREAS.length)])
                    .availability(slots(random, 1 + random.nextInt(4))).createdBy("staff")
                    .createdAt(asked.apply(i)).build());
        }
        return out;
    }

    static Set<String> slots(Random random, int n) {
        Set<String> s = new HashSet<>();
        while (s.size() < n) {
            s.add(DAYS[random.nextInt(DAYS.length)] + "_" + PARTS[random.nextInt(PARTS.length)]);
        }
        return s;
    }
}
