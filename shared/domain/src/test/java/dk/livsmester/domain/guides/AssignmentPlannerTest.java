package dk.livsmester.domain.guides;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssignmentPlannerTest {
    private final MatchScorer scorer = new MatchScorer();

    @Test
    void aGuideThatOnlyOneRequestCanUse_isLeftForIt_whereGreedyOneByOneSpendsItElsewhere() {
        // Ida and Kim fit the city training equally well; Ida also offers bus training, Kim only a related task.
        // Oldest first, greedy gives the city training Ida (the tie-break) and the bus training only half task points
        // with Kim; the plan gives the city training Kim and the bus training Ida.
        Guide ida = Fixtures.guide("ida", Set.of(TaskType.BUS_TRAINING, TaskType.CITY_TRAINING), Set.of(Disability.AUTISM),
                "Vest", Set.of("MON_AM"), 1, 0, 0);
        Guide kim = Fixtures.guide("kim", Set.of(TaskType.CITY_TRAINING), Set.of(Disability.AUTISM), "Vest",
                Set.of("MON_AM"), 1, 0, 0);
        GuideRequest city = Fixtures.request("a-city", TaskType.CITY_TRAINING, Disability.PHYSICAL, false, "Vest", Set.of("MON_AM"));
        GuideRequest bus = Fixtures.request("b-bus", TaskType.BUS_TRAINING, Disability.AUTISM, true, "Vest", Set.of("MON_AM"));
        AssignmentPlanner planner = new AssignmentPlanner();
        AssignmentPlanner.Plan greedy = planner.greedy(List.of(city, bus), List.of(ida, kim));
        AssignmentPlanner.Plan plan = planner.plan(List.of(city, bus), List.of(ida, kim));
        assertEquals(2, plan.matched());
        assertEquals("kim", guideOf(plan, "a-city"));
        assertEquals("ida", guideOf(plan, "b-bus"));
        assertTrue(plan.totalScore() > greedy.totalScore(), plan.totalScore() + " vs greedy " + greedy.totalScore());
    }

    @Test
    void theShownScoreIsTheScorersScore_andAlternativesAreTheNextBestCandidates() {
        List<Guide> guides = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            guides.add(Fixtures.guide("g" + i, Set.of(TaskType.IT), Set.of(Disability.values()[i % 5]), i % 2 == 0 ? "Nord" : "Syd",
                    Set.of("MON_AM", "TUE_PM"), 2, i % 2, i));
        }
        GuideRequest q = Fixtures.request("r", TaskType.IT, Disability.AUTISM, "Nord");
        AssignmentPlanner.Plan plan = new AssignmentPlanner().plan(List.of(q), guides);
        AssignmentPlanner.Assignment a = plan.assignments().get(0);
        List<Candidate> ranked = scorer.rank(q, guides);
        assertEquals(ranked.get(0), a.chosen());
        assertEquals(ranked.subList(1, 6), a.alternatives());
    }

    @Test
    void guidesWhoDeclinedARequest_areNeverPlannedForIt() {
        Guide declined = Fixtures.guide("a", TaskType.SHOPPING, Disability.AUTISM, "Vest", 3);
        Guide other = Fixtures.guide("b", TaskType.SHOPPING, Disability.PHYSICAL, "Nord", 3);
        GuideRequest q = Fixtures.request("r", TaskType.SHOPPING, Disability.AUTISM, "Vest");
        GuideRequest back = GuideRequest.builder().id(q.id()).citizenName(q.citizenName())
                .citizenDisability(q.citizenDisability()).needs(q.needs()).taskType(q.taskType()).timing(q.timing())
                .sameDisabilityPreferred(true).area(q.area()).availability(q.availability())
                .status(GuideRequestStatus.MATCHED).createdBy("staff").createdAt(q.createdAt()).version(3).build()
                .declinedBy("a");
        AssignmentPlanner.Plan plan = new AssignmentPlanner().plan(List.of(back), List.of(declined, other));
        assertEquals("b", guideOf(plan, "r"));
        assertTrue(plan.assignments().get(0).alternatives().stream().noneMatch(c -> c.guideId().equals("a")));
        assertEquals("b", guideOf(new AssignmentPlanner().greedy(List.of(back), List.of(declined, other)), "r"));
    }

    @Test
    void onRandomSmallCases_thePlanIsOptimal_respectsEveryCapacity_andIsNeverWorseThanGreedy() {
        Random random = new Random(20260315L);
        for (int iteration = 0; iteration < 300; iteration++) {
            List<Guide> guides = randomGuides(random, 2 + random.nextInt(4));
            List<GuideRequest> requests = randomRequests(random, 1 + random.nextInt(6));
            AssignmentPlanner all = new AssignmentPlanner(100);
            AssignmentPlanner.Plan plan = all.plan(requests, guides);
            String seed = "iteration " + iteration;
            assertFeasible(plan, guides, seed);
            assertEquals(bruteForceBest(requests, guides), plan.totalScore(), seed);
            assertTrue(plan.totalScore() >= all.greedy(requests, guides).totalScore(), seed);
            assertEquals(plan, all.plan(requests, guides), "the same input gives the same plan; " + seed);
        }
    }

    @Test
    void onALargerRandomCase_topTenCandidatesLoseNothingAgainstTheFullGraph() {
        Random random = new Random(7L);
        List<Guide> guides = randomGuides(random, 60);
        List<GuideRequest> requests = randomRequests(random, 200);
        AssignmentPlanner.Plan sparse = new AssignmentPlanner(10).plan(requests, guides);
        AssignmentPlanner.Plan full = new AssignmentPlanner(1000).plan(requests, guides);
        assertFeasible(sparse, guides, "sparse");
        assertFeasible(full, guides, "full");
        assertEquals(full.totalScore(), sparse.totalScore());
        AssignmentPlanner.Plan greedy = new AssignmentPlanner().greedy(requests, guides);
        assertFeasible(greedy, guides, "greedy");
        assertTrue(sparse.totalScore() >= greedy.totalScore());
    }

    @Test
    void noCandidatesAtAll_leavesEveryRequestUnassigned() {
        Guide it = Fixtures.guide("a", TaskType.IT, Disability.AUTISM, "Vest", 2);
        GuideRequest exercise = Fixtures.request("r", TaskType.EXERCISE, Disability.AUTISM, "Vest");
        AssignmentPlanner.Plan plan = new AssignmentPlanner().plan(List.of(exercise), List.of(it));
        assertEquals(0, plan.matched());
        assertEquals(List.of(exercise), plan.unassigned());
        assertEquals(0, new AssignmentPlanner().plan(List.of(), List.of()).matched());
    }

    @Test
    void aGivenCapacityFunction_isRespected_soOutstandingProposalsCanBeHeldBack() {
        Guide g = Fixtures.guide("a", TaskType.IT, Disability.AUTISM, "Vest", 3);
        List<GuideRequest> three = List.of(Fixtures.request("r1", TaskType.IT, Disability.AUTISM, "Vest"),
                Fixtures.request("r2", TaskType.IT, Disability.AUTISM, "Vest"),
                Fixtures.request("r3", TaskType.IT, Disability.AUTISM, "Vest"));
        assertEquals(3, new AssignmentPlanner().plan(three, List.of(g)).matched());
        assertEquals(1, new AssignmentPlanner().plan(three, List.of(g), x -> 1).matched());
        assertEquals(0, new AssignmentPlanner().plan(three, List.of(g), x -> 0).matched());
    }

    static String guideOf(AssignmentPlanner.Plan plan, String requestId) {
        return plan.assignments().stream().filter(a -> a.request().id().equals(requestId)).findFirst()
                .map(a -> a.chosen().guideId()).orElse(null);
    }

    private void assertFeasible(AssignmentPlanner.Plan plan, List<Guide> guides, String seed) {
        Map<String, Integer> load = new HashMap<>();
        Set<String> requests = new HashSet<>();
        long total = 0;
        for (AssignmentPlanner.Assignment a : plan.assignments()) {
            assertTrue(requests.add(a.request().id()), "a request got two guides; " + seed);
            load.merge(a.chosen().guideId(), 1, Integer::sum);
            assertEquals(scorer.score(a.request(), guides.stream().filter(g -> g.id().equals(a.chosen().guideId()))
                    .findFirst().orElseThrow()).orElseThrow(), a.chosen(), seed);
            assertFalse(a.request().excludedGuideIds().contains(a.chosen().guideId()), seed);
            total += a.chosen().score();
        }
        assertEquals(total, plan.totalScore(), seed);
        for (Guide g : guides) {
            assertTrue(load.getOrDefault(g.id(), 0) <= g.freeCapacity(), "guide " + g.id() + " over capacity; " + seed);
        }
    }

    /** Every way to give each request one of its candidates or none, within capacity: the best total. */
    private long bruteForceBest(List<GuideRequest> requests, List<Guide> guides) {
        List<List<Candidate>> options = new ArrayList<>();
        for (GuideRequest q : requests) {
            options.add(scorer.rank(q, guides));
        }
        Map<String, Integer> left = new HashMap<>();
        guides.forEach(g -> left.put(g.id(), g.freeCapacity()));
        return best(options, 0, left);
    }

    private long best(List<List<Candidate>> options, int i, Map<String, Integer> left) {
        if (i == options.size()) {
            return 0;
        }
        long best = best(options, i + 1, left);
        for (Candidate c : options.get(i)) {
            if (left.get(c.guideId()) > 0) {
                left.merge(c.guideId(), -1, Integer::sum);
                best = Math.max(best, c.score() + best(options, i + 1, left));
                left.merge(c.guideId(), 1, Integer::sum);
            }
        }
        return best;
    }

    static final String[] AREAS = {"Vest", "Nord", "Syd", "Midtbyen"};
    static final String[] SLOTS = {"MON_AM", "TUE_PM", "WED_AM", "THU_EVE", "SAT_AM"};

    static List<Guide> randomGuides(Random random, int n) {
        List<Guide> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Set<TaskType> tasks = new HashSet<>();
            tasks.add(TaskType.values()[random.nextInt(4)]);
            if (random.nextBoolean()) {
                tasks.add(TaskType.values()[random.nextInt(4)]);
            }
            int capacity = 1 + random.nextInt(3);
            out.add(Fixtures.guide("g" + i, tasks, Set.of(Disability.values()[random.nextInt(5)]),
                    AREAS[random.nextInt(AREAS.length)], slots(random), capacity, random.nextInt(capacity),
                    random.nextInt(4)));
        }
        return out;
    }

    static List<GuideRequest> randomRequests(Random random, int n) {
        List<GuideRequest> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(Fixtures.request("r" + i, TaskType.values()[random.nextInt(4)], Disability.values()[random.nextInt(5)],
                    random.nextBoolean(), AREAS[random.nextInt(AREAS.length)], slots(random)));
        }
        return out;
    }

    static Set<String> slots(Random random) {
        Set<String> s = new HashSet<>();
        int n = random.nextInt(3);
        for (int i = 0; i < n; i++) {
            s.add(SLOTS[random.nextInt(SLOTS.length)]);
        }
        return s;
    }
}
