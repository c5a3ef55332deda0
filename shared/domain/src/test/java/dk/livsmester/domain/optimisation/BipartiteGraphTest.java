package dk.livsmester.domain.optimisation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BipartiteGraphTest {

    @Test
    void readsBackAsGiven_andIsNotChangedByChangingTheArraysAfterwards() {
        int[] capacity = {2, 1};
        int[] start = {0, 2, 2, 3};
        int[] right = {1, 0, 0};
        int[] cost = {-4, 0, 7};
        BipartiteGraph g = BipartiteGraph.of(capacity, start, right, cost);
        capacity[0] = 9;
        right[0] = 0;
        cost[0] = 1;
        assertEquals(3, g.leftCount());
        assertEquals(2, g.rightCount());
        assertEquals(3, g.edgeCount());
        assertEquals(2, g.capacity(0));
        assertEquals(2, g.edgeStart(2));
        assertEquals(3, g.edgeEnd(2));
        assertEquals(1, g.right(0));
        assertEquals(-4, g.cost(0));
        assertEquals(BipartiteGraph.of(new int[]{2, 1}, start, new int[]{1, 0, 0}, new int[]{-4, 0, 7}), g);
    }

    @Test
    void inconsistentArrays_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> BipartiteGraph.of(new int[1], new int[0], new int[0], new int[0]));
        assertThrows(IllegalArgumentException.class, () -> BipartiteGraph.of(new int[1], new int[]{0, 2}, new int[1],
                new int[1]));
        assertThrows(IllegalArgumentException.class, () -> BipartiteGraph.of(new int[1], new int[]{0, 1}, new int[1],
                new int[2]));
        assertThrows(IllegalArgumentException.class, () -> BipartiteGraph.of(new int[1], new int[]{0, 2, 1, 2},
                new int[2], new int[2]));
        assertThrows(IllegalArgumentException.class, () -> BipartiteGraph.of(new int[]{-1}, new int[]{0}, new int[0],
                new int[0]));
        assertThrows(IllegalArgumentException.class, () -> BipartiteGraph.of(new int[1], new int[]{0, 1}, new int[]{1},
                new int[1]));
    }
}
