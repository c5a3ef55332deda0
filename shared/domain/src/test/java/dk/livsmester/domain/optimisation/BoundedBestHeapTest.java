package dk.livsmester.domain.optimisation;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BoundedBestHeapTest {

    @Test
    void keepsTheBestByScore_andOfEqualScoresTheLowerItem_inWhateverOrderTheyArrive() {
        Random random = new Random(5);
        for (int iteration = 0; iteration < 300; iteration++) {
            int limit = 1 + random.nextInt(6);
            List<int[]> offered = new ArrayList<>();
            for (int item = 0, n = random.nextInt(25); item < n; item++) {
                offered.add(new int[]{random.nextInt(5), item});
            }
            if (iteration % 2 == 0) {
                Collections.shuffle(offered, random);
            }
            BoundedBestHeap heap = new BoundedBestHeap(limit);
            offered.forEach(p -> heap.offer(p[0], p[1]));
            assertEquals(best(offered, limit), kept(heap), "iteration " + iteration);
        }
    }

    @Test
    void fewerOffersThanTheLimit_areAllKept_withTheirScores() {
        BoundedBestHeap heap = new BoundedBestHeap(5);
        heap.offer(7, 2);
        heap.offer(3, 9);
        assertEquals(List.of("3@9", "7@2"), kept(heap));
        assertEquals(0, new BoundedBestHeap(1).size());
    }

    @Test
    void aLimitBelowOne_andReadingPastTheKept_areRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BoundedBestHeap(0));
        BoundedBestHeap heap = new BoundedBestHeap(2);
        heap.offer(1, 1);
        assertThrows(IndexOutOfBoundsException.class, () -> heap.item(1));
        assertThrows(IndexOutOfBoundsException.class, () -> heap.score(-1));
    }

    private static List<String> best(List<int[]> offered, int limit) {
        List<int[]> sorted = new ArrayList<>(offered);
        sorted.sort(Comparator.<int[]>comparingInt(p -> -p[0]).thenComparingInt(p -> p[1]));
        List<String> out = new ArrayList<>();
        sorted.subList(0, Math.min(limit, sorted.size())).forEach(p -> out.add(p[0] + "@" + p[1]));
        Collections.sort(out);
        return out;
    }

    private static List<String> kept(BoundedBestHeap heap) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < heap.size(); i++) {
            out.add(heap.score(i) + "@" + heap.item(i));
        }
        Collections.sort(out);
        return out;
    }
}
