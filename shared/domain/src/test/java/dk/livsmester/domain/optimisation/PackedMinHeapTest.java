package dk.livsmester.domain.optimisation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PackedMinHeapTest {

    @Test
    void popsInAscendingKey_thenNode_order_matchingASort_evenWhenPushesAndPopsInterleave() {
        Random random = new Random(11);
        for (int iteration = 0; iteration < 200; iteration++) {
            PackedMinHeap heap = new PackedMinHeap(random.nextInt(4));
            List<long[]> kept = new ArrayList<>();
            for (int step = 0; step < 100; step++) {
                if (kept.isEmpty() || random.nextInt(3) > 0) {
                    long key = random.nextInt(20);
                    int node = random.nextInt(10);
                    heap.push(key, node);
                    kept.add(new long[]{key, node});
                } else {
                    kept.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
                    long[] expected = kept.remove(0);
                    long top = heap.pop();
                    assertEquals(expected[0], PackedMinHeap.key(top), "iteration " + iteration);
                    assertEquals(expected[1], PackedMinHeap.node(top), "iteration " + iteration);
                }
            }
        }
    }

    @Test
    void growsPastItsInitialCapacity_andTheLargestKeyAndNodeSurvivePacking() {
        PackedMinHeap heap = new PackedMinHeap(1);
        long maxKey = (1L << PackedMinHeap.KEY_BITS) - 1;
        int maxNode = PackedMinHeap.MAX_NODES - 1;
        heap.push(maxKey, maxNode);
        for (int i = 100; i > 0; i--) {
            heap.push(i, i);
        }
        for (int i = 1; i <= 100; i++) {
            assertEquals(i, PackedMinHeap.node(heap.pop()));
        }
        long last = heap.pop();
        assertEquals(maxKey, PackedMinHeap.key(last));
        assertEquals(maxNode, PackedMinHeap.node(last));
        assertTrue(heap.isEmpty());
    }

    @Test
    void clearEmptiesIt_andAnEmptyHeapRefusesToPop() {
        PackedMinHeap heap = new PackedMinHeap(4);
        assertTrue(heap.isEmpty());
        heap.push(3, 1);
        heap.clear();
        assertTrue(heap.isEmpty());
        assertThrows(IllegalStateException.class, heap::pop);
    }

    @Test
    void keysAndNodesThatDoNotFitThePacking_areRefused() {
        PackedMinHeap heap = new PackedMinHeap(4);
        assertThrows(IllegalArgumentException.class, () -> heap.push(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> heap.push(1L << PackedMinHeap.KEY_BITS, 0));
        assertThrows(IllegalArgumentException.class, () -> heap.push(0, PackedMinHeap.MAX_NODES));
        assertThrows(IllegalArgumentException.class, () -> heap.push(0, -1));
    }
}
