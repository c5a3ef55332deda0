package dk.livsmester.domain.guides;

import dk.livsmester.domain.optimisation.BipartiteGraph;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CandidateGraphTest {

    @Test
    void aRequestsOwnBestComeFirst_bestFirst_equalScoresInTieBreakOrder_thenTheGuidesThatKeptIt() {
        Guide best = Fixtures.guide("a", TaskType.IT, Disability.AUTISM, "Vest", 2);
        Guide crossC = Fixtures.guide("c", TaskType.IT, Disability.PHYSICAL, "Vest", 2);
        Guide crossB = Fixtures.guide("b", TaskType.IT, Disability.PHYSICAL, "Vest", 2);
        Guide far = Fixtures.guide("d", TaskType.IT, Disability.PHYSICAL, "Nord", 2);
        GuideRequest q = Fixtures.request("r", TaskType.IT, Disability.AUTISM, "Vest");
        Eligibility e = Eligibility.of(List.of(q), List.of(far, crossC, best, crossB), Guide::freeCapacity);
        CandidateGraph graph = CandidateGraph.of(e, 3);
        assertEquals(List.of("a", "b", "c", "d"), candidateIds(e, graph, 0));
        assertEquals(3, graph.ownBestCount(0));
        assertEquals(graph.score(0, 1), graph.score(0, 2));
        for (int j = 0; j < graph.candidateCount(0); j++) {
            assertEquals(e.score(0, graph.guide(0, j)), graph.score(0, j));
        }
    }

    @Test
    void whenPlacesAreScarce_aGuideKeepsItsBestRequests_soRequestsWhoseOwnBestAreTakenStillHaveIt() {
        Guide star = Fixtures.guide("star", TaskType.IT, Disability.AUTISM, "Vest", 1);
        Guide second = Fixtures.guide("second", TaskType.IT, Disability.PHYSICAL, "Vest", 1);
        List<GuideRequest> requests = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            requests.add(Fixtures.request("r" + i, TaskType.IT, Disability.AUTISM, "Vest"));
        }
        Eligibility e = Eligibility.of(requests, List.of(star, second), Guide::freeCapacity);
        CandidateGraph graph = CandidateGraph.of(e, 1);
        // "second" has one place, so it keeps its three best requests; of equal scores, the earlier requests.
        for (int r = 0; r < 3; r++) {
            assertEquals(List.of("star", "second"), candidateIds(e, graph, r));
            assertEquals(1, graph.ownBestCount(r));
        }
        assertEquals(List.of("star"), candidateIds(e, graph, 3));
        assertEquals(List.of("star"), candidateIds(e, graph, 4));
        assertEquals(8, graph.pairs());
    }

    @Test
    void aGuideWhoDeclined_isNeverACandidateForThatRequest_fromEitherSide() {
        Guide a = Fixtures.guide("a", TaskType.IT, Disability.AUTISM, "Vest", 3);
        GuideRequest declined = EligibilityTest.withDeclined(Fixtures.request("r", TaskType.IT, Disability.AUTISM,
                "Vest"), "a");
        CandidateGraph graph = CandidateGraph.of(Eligibility.of(List.of(declined), List.of(a), Guide::freeCapacity), 5);
        assertEquals(0, graph.candidateCount(0));
        assertEquals(0, graph.pairs());
    }

    @Test
    void onRandomInputs_theGraphIsEachRequestsOwnBest_plusEachGuidesBestRequests_asSortingAllPairsGives() {
        for (long seed = 1; seed <= 150; seed++) {
            RandomPlanningInput in = RandomPlanningInput.of(seed, (int) (seed % 40), (int) (seed % 13));
            Eligibility e = Eligibility.of(in.requests(), in.guides(), Guide::freeCapacity);
            int k = 1 + (int) (seed % 4);
            CandidateGraph graph = CandidateGraph.of(e, k);
            assertEquals(expected(e, k), actual(graph), "seed " + seed + ", k " + k);
        }
    }

    @Test
    void asTheSolversGraph_requestsAreOnTheLeft_guidesWithTheirPlacesOnTheRight_andCostIsMinusTheScore() {
        Guide a = Fixtures.guide("a", TaskType.IT, Disability.AUTISM, "Vest", 2);
        Guide b = Fixtures.guide("b", TaskType.IT, Disability.PHYSICAL, "Nord", 1);
        List<GuideRequest> requests = List.of(Fixtures.request("r1", TaskType.IT, Disability.AUTISM, "Vest"),
                Fixtures.request("r2", TaskType.EXERCISE, Disability.AUTISM, "Vest"));
        Eligibility e = Eligibility.of(requests, List.of(a, b), Guide::freeCapacity);
        CandidateGraph graph = CandidateGraph.of(e, 10);
        BipartiteGraph expected = BipartiteGraph.of(new int[]{2, 1}, new int[]{0, 2, 2}, new int[]{0, 1},
                new int[]{-e.score(0, 0), -e.score(0, 1)});
        assertEquals(expected, graph.assignmentGraph());
        assertEquals(expected, CandidateGraph.of(Eligibility.of(requests, List.of(b, a), Guide::freeCapacity), 10)
                .assignmentGraph(), "the same input, the same graph");
    }

    @Test
    void emptyInputs_giveAnEmptyGraph_andFewerThanOneCandidatePerRequestIsRefused() {
        CandidateGraph none = CandidateGraph.of(Eligibility.of(List.of(), List.of(), Guide::freeCapacity), 10);
        assertEquals(0, none.requestCount());
        assertEquals(0, none.assignmentGraph().leftCount());
        GuideRequest q = Fixtures.request("r", TaskType.IT, Disability.AUTISM, "Vest");
        CandidateGraph noGuides = CandidateGraph.of(Eligibility.of(List.of(q), List.of(), Guide::freeCapacity), 10);
        assertEquals(0, noGuides.candidateCount(0));
        Eligibility e = Eligibility.of(List.of(q), List.of(), Guide::freeCapacity);
        assertThrows(IllegalArgumentException.class, () -> CandidateGraph.of(e, 0));
    }

    static List<String> candidateIds(Eligibility e, CandidateGraph graph, int r) {
        List<String> out = new ArrayList<>();
        for (int j = 0; j < graph.candidateCount(r); j++) {
            out.add(e.guideId(graph.guide(r, j)));
        }
        return out;
    }

    /** Per request "own best | the others", each entry guide:score. */
    private static List<String> actual(CandidateGraph graph) {
        List<String> out = new ArrayList<>();
        for (int r = 0; r < graph.requestCount(); r++) {
            StringBuilder s = new StringBuilder();
            for (int j = 0; j < graph.candidateCount(r); j++) {
                s.append(j == graph.ownBestCount(r) ? " |" : "").append(' ').append(graph.guide(r, j)).append(':')
                        .append(graph.score(r, j));
            }
            out.add(s.append(graph.ownBestCount(r) == graph.candidateCount(r) ? " |" : "").toString());
        }
        return out;
    }

    /** The same, by sorting every pair that may be planned. */
    private static List<String> expected(Eligibility e, int k) {
        Comparator<int[]> bestFirst = Comparator.<int[]>comparingInt(p -> -p[2]).thenComparingInt(p -> p[1])
                .thenComparingInt(p -> p[0]);
        List<Set<Integer>> keptBy = new ArrayList<>();
        for (int g = 0; g < e.guideCount(); g++) {
            List<int[]> pairs = new ArrayList<>();
            for (int r = 0; r < e.requestCount(); r++) {
                if (EligibilityTest.offeredIds(e, r).contains(e.guideId(g)) && e.score(r, g) >= 0) {
                    pairs.add(new int[]{g, r, e.score(r, g)});
                }
            }
            pairs.sort(Comparator.<int[]>comparingInt(p -> -p[2]).thenComparingInt(p -> p[1]));
            Set<Integer> kept = new HashSet<>();
            pairs.stream().limit(Math.max(k, CandidateGraph.REQUESTS_KEPT_PER_PLACE * e.places(g)))
                    .forEach(p -> kept.add(p[1]));
            keptBy.add(kept);
        }
        List<String> out = new ArrayList<>();
        for (int r = 0; r < e.requestCount(); r++) {
            List<int[]> pairs = new ArrayList<>();
            for (int i = 0; i < e.offeringCount(r); i++) {
                int g = e.offering(r, i);
                if (e.score(r, g) >= 0) {
                    pairs.add(new int[]{g, r, e.score(r, g)});
                }
            }
            pairs.sort(bestFirst);
            List<int[]> own = pairs.subList(0, Math.min(k, pairs.size()));
            StringBuilder s = new StringBuilder();
            own.forEach(p -> s.append(' ').append(p[0]).append(':').append(p[2]));
            s.append(" |");
            int request = r;
            pairs.subList(own.size(), pairs.size()).stream().filter(p -> keptBy.get(p[0]).contains(request))
                    .forEach(p -> s.append(' ').append(p[0]).append(':').append(p[2]));
            out.add(s.toString());
        }
        return out;
    }
}
