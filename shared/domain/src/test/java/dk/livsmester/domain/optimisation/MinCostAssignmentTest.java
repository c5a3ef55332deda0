package dk.livsmester.domain.optimisation;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MinCostAssignmentTest {

    @Test
    void onSmallRandomGraphs_theTotalIsTheLowest_withTheMostPairsForIt_withinEveryCapacity_andRepeatable() {
        Random random = new Random(20260315L);
        for (int iteration = 0; iteration < 2000; iteration++) {
            int[] capacity = new int[random.nextInt(5)];
            for (int r = 0; r < capacity.length; r++) {
                capacity[r] = random.nextInt(4);
            }
            int[][] edges = new int[random.nextInt(7)][];
            for (int l = 0; l < edges.length; l++) {
                int n = capacity.length == 0 ? 0 : random.nextInt(capacity.length + 1);
                edges[l] = new int[2 * n];
                for (int e = 0; e < n; e++) {
                    edges[l][2 * e] = random.nextInt(capacity.length);
                    edges[l][2 * e + 1] = random.nextInt(9) - 6; // gains, ties, zero and positive costs
                }
            }
            BipartiteGraph graph = graph(capacity, edges);
            int[] chosen = MinCostAssignment.solve(graph);
            String seed = "iteration " + iteration + ": " + graph;
            long[] best = bruteForce(capacity.clone(), edges, 0);
            assertEquals(best[0], cost(graph, chosen, seed), seed);
            assertEquals(best[1], Arrays.stream(chosen).filter(r -> r >= 0).count(), seed);
            assertArrayEquals(chosen, MinCostAssignment.solve(graph(capacity, edges)), "the same graph, the same; " + seed);
        }
    }

    @Test
    void anAugmentingPathOfCostZero_isStillTaken_soOneMoreItemIsAssignedAtTheSameTotal() {
        // a and b both gain 5 from x, which has one place; b can also have y at cost 0.
        int[] chosen = MinCostAssignment.solve(graph(new int[]{1, 1}, new int[]{0, -5}, new int[]{0, -5, 1, 0}));
        assertArrayEquals(new int[]{0, 1}, chosen);
        assertArrayEquals(new int[]{0}, MinCostAssignment.solve(graph(new int[]{1}, new int[]{0, 0})));
    }

    @Test
    void anEdgeThatWouldRaiseTheTotal_isNotTaken() {
        assertArrayEquals(new int[]{-1}, MinCostAssignment.solve(graph(new int[]{1}, new int[]{0, 1})));
    }

    @Test
    void theGlobalOptimum_beatsEachLeftItemTakingItsCheapestInTurn() {
        // Taking turns, a takes x (−10) and b is left with nothing; together a–y and b–x give −17.
        int[] chosen = MinCostAssignment.solve(graph(new int[]{1, 1}, new int[]{0, -10, 1, -9}, new int[]{0, -8}));
        assertArrayEquals(new int[]{1, 0}, chosen);
    }

    @Test
    void capacities_areFilled_butNotPassed_andARightItemWithNone_takesNothing() {
        int[] chosen = MinCostAssignment.solve(graph(new int[]{2, 0}, new int[]{0, -3, 1, -9}, new int[]{0, -3},
                new int[]{0, -3, 1, -9}));
        assertEquals(2, Arrays.stream(chosen).filter(r -> r == 0).count());
        assertEquals(0, Arrays.stream(chosen).filter(r -> r == 1).count());
    }

    @Test
    void ofEquallyCheapChoices_aLeftItemTakesTheEdgeGivenFirst() {
        assertArrayEquals(new int[]{0}, MinCostAssignment.solve(graph(new int[]{1, 1}, new int[]{0, -3, 1, -3})));
        assertArrayEquals(new int[]{1}, MinCostAssignment.solve(graph(new int[]{1, 1}, new int[]{1, -3, 0, -3})));
    }

    @Test
    void emptyInputs_giveAnEmptyOrUnassignedResult() {
        assertArrayEquals(new int[0], MinCostAssignment.solve(graph(new int[0])));
        assertArrayEquals(new int[0], MinCostAssignment.solve(graph(new int[]{3, 1})));
        assertArrayEquals(new int[]{-1, -1}, MinCostAssignment.solve(graph(new int[0], new int[0], new int[0])));
        assertArrayEquals(new int[]{-1}, MinCostAssignment.solve(graph(new int[]{0}, new int[]{0, -4})));
    }

    @Test
    void costsTooLargeForTheSolversPathLengths_areRefused() {
        int[][] edges = new int[100][];
        Arrays.fill(edges, new int[]{0, Integer.MIN_VALUE});
        BipartiteGraph huge = graph(new int[]{1}, edges);
        assertThrows(IllegalArgumentException.class, () -> MinCostAssignment.solve(huge));
    }

    /** {@code edges[l]} lists left item l's edges as right, cost, right, cost, … */
    static BipartiteGraph graph(int[] capacity, int[]... edges) {
        int[] start = new int[edges.length + 1];
        for (int l = 0; l < edges.length; l++) {
            start[l + 1] = start[l] + edges[l].length / 2;
        }
        int[] right = new int[start[edges.length]];
        int[] cost = new int[right.length];
        for (int l = 0; l < edges.length; l++) {
            for (int e = 0; e < edges[l].length / 2; e++) {
                right[start[l] + e] = edges[l][2 * e];
                cost[start[l] + e] = edges[l][2 * e + 1];
            }
        }
        return BipartiteGraph.of(capacity, start, right, cost);
    }

    /** The total of a result, after checking that every pair is an edge and no capacity is passed. */
    private static long cost(BipartiteGraph graph, int[] chosen, String seed) {
        assertEquals(graph.leftCount(), chosen.length, seed);
        int[] load = new int[graph.rightCount()];
        long total = 0;
        for (int l = 0; l < chosen.length; l++) {
            if (chosen[l] < 0) {
                continue;
            }
            long best = Long.MAX_VALUE;
            for (int e = graph.edgeStart(l); e < graph.edgeEnd(l); e++) {
                if (graph.right(e) == chosen[l]) {
                    best = Math.min(best, graph.cost(e));
                }
            }
            assertTrue(best != Long.MAX_VALUE, "not an edge; " + seed);
            assertTrue(++load[chosen[l]] <= graph.capacity(chosen[l]), "over capacity; " + seed);
            total += best;
        }
        return total;
    }

    /** Every way to give each left item one of its edges or none: the lowest total, then the most pairs for it. */
    private static long[] bruteForce(int[] left, int[][] edges, int l) {
        if (l == edges.length) {
            return new long[]{0, 0};
        }
        long[] best = bruteForce(left, edges, l + 1);
        for (int e = 0; e < edges[l].length / 2; e++) {
            int r = edges[l][2 * e];
            if (left[r] > 0) {
                left[r]--;
                long[] rest = bruteForce(left, edges, l + 1);
                left[r]++;
                long c = rest[0] + edges[l][2 * e + 1];
                long pairs = rest[1] + 1;
                if (c < best[0] || c == best[0] && pairs > best[1]) {
                    best = new long[]{c, pairs};
                }
            }
        }
        return best;
    }
}
