package dk.livsmester.domain.optimisation;

import java.util.Arrays;

/**
 * Who may be assigned to whom, at what cost: left items that each take at most one right item, right items that each
 * take up to their capacity, and sparse edges with integer costs (a negative cost is a gain). Stored as compressed rows:
 * the edges of left item {@code i} are {@code edgeStart[i]} to {@code edgeStart[i + 1] − 1}, in the order given, which is
 * the order ties are tried in. Immutable: the arrays are copied.
 */
public final class BipartiteGraph {
    private final int[] capacity;
    private final int[] start;
    private final int[] right;
    private final int[] cost;

    private BipartiteGraph(int[] capacity, int[] start, int[] right, int[] cost) {
        this.capacity = capacity;
        this.start = start;
        this.right = right;
        this.cost = cost;
    }

    /**
     * @param rightCapacity per right item, at least 0
     * @param edgeStart     per left item where its edges begin, plus the end: non-decreasing from 0 to the edge count
     * @param edgeRight     per edge the right item it leads to
     * @param edgeCost      per edge its cost
     */
    public static BipartiteGraph of(int[] rightCapacity, int[] edgeStart, int[] edgeRight, int[] edgeCost) {
        if (edgeStart.length == 0 || edgeStart[0] != 0 || edgeStart[edgeStart.length - 1] != edgeRight.length
                || edgeCost.length != edgeRight.length) {
            throw new IllegalArgumentException("edgeStart must run from 0 to the number of edges, one per edge given");
        }
        for (int i = 1; i < edgeStart.length; i++) {
            if (edgeStart[i] < edgeStart[i - 1]) {
                throw new IllegalArgumentException("edgeStart must not decrease (left item " + (i - 1) + ")");
            }
        }
        for (int c : rightCapacity) {
            if (c < 0) {
                throw new IllegalArgumentException("a capacity is negative: " + c);
            }
        }
        for (int r : edgeRight) {
            if (r < 0 || r >= rightCapacity.length) {
                throw new IllegalArgumentException("an edge leads to right item " + r + " of " + rightCapacity.length);
            }
        }
        return new BipartiteGraph(rightCapacity.clone(), edgeStart.clone(), edgeRight.clone(), edgeCost.clone());
    }

    public int leftCount() {
        return start.length - 1;
    }

    public int rightCount() {
        return capacity.length;
    }

    public int edgeCount() {
        return right.length;
    }

    public int capacity(int rightItem) {
        return capacity[rightItem];
    }

    /** The first edge of a left item; its edges end where the next item's begin. */
    public int edgeStart(int leftItem) {
        return start[leftItem];
    }

    public int edgeEnd(int leftItem) {
        return start[leftItem + 1];
    }

    public int right(int edge) {
        return right[edge];
    }

    public int cost(int edge) {
        return cost[edge];
    }

    /** The largest |cost|, which bounds the path lengths the solver has to represent. */
    long maxAbsCost() {
        long max = 0;
        for (int c : cost) {
            max = Math.max(max, Math.abs((long) c));
        }
        return max;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BipartiteGraph g && Arrays.equals(capacity, g.capacity) && Arrays.equals(start, g.start)
                && Arrays.equals(right, g.right) && Arrays.equals(cost, g.cost);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * Arrays.hashCode(capacity) + Arrays.hashCode(start)) + Arrays.hashCode(right))
                + Arrays.hashCode(cost);
    }

    @Override
    public String toString() {
        return "BipartiteGraph[capacity=" + Arrays.toString(capacity) + ", edgeStart=" + Arrays.toString(start)
                + ", edgeRight=" + Arrays.toString(right) + ", edgeCost=" + Arrays.toString(cost) + "]";
    }
}
