package dk.livsmester.domain.optimisation;

import java.util.Arrays;

/**
 * The cheapest assignment on a {@link BipartiteGraph}: each left item gets at most one right item, no right item more
 * than its capacity, and the total cost is the lowest possible; among assignments of that total, one with the most
 * pairs (an augmenting path of cost 0 is still taken). The same graph always gives the same assignment.
 *
 * <p>Solved as a min-cost flow source → left (capacity 1, cost 0) → right (1, edge cost) → sink (capacity) by the
 * primal-dual method: Dijkstra with potentials finds the cost of the cheapest augmenting path, and a blocking flow
 * (Dinic) on the edges of zero reduced cost augments along all paths of that cost at once. So there is one phase per
 * distinct path cost, not per pair: with costs from −100 to 0, at most 101. Augmenting stops when the cheapest path
 * would raise the total.
 *
 * <p>The graph is stored as compressed rows (each node's edges side by side in memory), because walking it is what the
 * time goes on. A node's edges are tried in the order they were given, so among equally cheap choices the earlier edge
 * is tried first.
 */
public final class MinCostAssignment {
    private final int lefts;
    private final int n;
    private final int source;
    private final int sink;
    private final int[] start;
    private final int[] to;
    private final int[] cap;
    private final int[] cost;
    private final int[] rev;
    private final boolean[] forward;
    private final long[] pi;

    /** Per left item the right item assigned to it, or −1. */
    public static int[] solve(BipartiteGraph graph) {
        return new MinCostAssignment(graph).run();
    }

    private MinCostAssignment(BipartiteGraph g) {
        lefts = g.leftCount();
        n = lefts + g.rightCount() + 2;
        if (n > PackedMinHeap.MAX_NODES) {
            throw new IllegalArgumentException("too many items for the solver: " + (n - 2));
        }
        if (4L * n * g.maxAbsCost() >= 1L << PackedMinHeap.KEY_BITS) {
            throw new IllegalArgumentException("costs too large for the solver's path lengths");
        }
        source = 0;
        sink = n - 1;
        pi = new long[n];
        // The forward edges: source → left, left → right (in the graph's order), right → sink.
        int m = lefts + g.edgeCount() + g.rightCount();
        int[] fu = new int[m];
        int[] fv = new int[m];
        int[] fcap = new int[m];
        int[] fcost = new int[m];
        int count = 0;
        boolean[] used = new boolean[g.rightCount()];
        for (int l = 0; l < lefts; l++) {
            fu[count] = source;
            fv[count] = leftNode(l);
            fcap[count++] = 1;
        }
        for (int l = 0; l < lefts; l++) {
            for (int e = g.edgeStart(l); e < g.edgeEnd(l); e++) {
                int r = g.right(e);
                int w = g.cost(e);
                fu[count] = leftNode(l);
                fv[count] = rightNode(r);
                fcap[count] = 1;
                fcost[count++] = w;
                used[r] = true;
                // Potentials start at the cheapest edge into each right item, so every reduced cost starts >= 0.
                pi[rightNode(r)] = Math.min(pi[rightNode(r)], w);
            }
        }
        for (int r = 0; r < g.rightCount(); r++) {
            if (used[r]) {
                fu[count] = rightNode(r);
                fv[count] = sink;
                fcap[count++] = g.capacity(r);
                pi[sink] = Math.min(pi[sink], pi[rightNode(r)]);
            }
        }
        start = new int[n + 1];
        for (int i = 0; i < count; i++) {
            start[fu[i] + 1]++;
            start[fv[i] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        int[] pos = Arrays.copyOf(start, n);
        to = new int[2 * count];
        cap = new int[2 * count];
        cost = new int[2 * count];
        rev = new int[2 * count];
        forward = new boolean[2 * count];
        for (int i = 0; i < count; i++) {
            int a = pos[fu[i]]++;
            int b = pos[fv[i]]++;
            to[a] = fv[i];
            cap[a] = fcap[i];
            cost[a] = fcost[i];
            rev[a] = b;
            forward[a] = true;
            to[b] = fu[i];
            cost[b] = -fcost[i];
            rev[b] = a;
        }
    }

    private static int leftNode(int l) {
        return 1 + l;
    }

    private int rightNode(int r) {
        return 1 + lefts + r;
    }

    private int[] run() {
        long[] dist = new long[n];
        boolean[] done = new boolean[n];
        int[] level = new int[n];
        int[] iter = new int[n];
        int[] queue = new int[n];
        int[] path = new int[n];
        PackedMinHeap heap = new PackedMinHeap(n);
        while (dijkstra(dist, done, heap)) {
            long dt = dist[sink];
            for (int v = 0; v < n; v++) {
                pi[v] += done[v] ? dist[v] : dt;
            }
            if (pi[sink] - pi[source] > 0) {
                break; // the cheapest way to assign one more left item would raise the total
            }
            while (levels(level, queue)) {
                System.arraycopy(start, 0, iter, 0, n);
                while (augment(level, iter, path)) {
                    // one more left item assigned along a cheapest path
                }
            }
        }
        int[] chosen = new int[lefts];
        Arrays.fill(chosen, -1);
        for (int l = 0; l < lefts; l++) {
            for (int e = start[leftNode(l)]; e < start[leftNode(l) + 1]; e++) {
                if (forward[e] && cap[e] == 0) {
                    chosen[l] = to[e] - 1 - lefts;
                }
            }
        }
        return chosen;
    }

    /** Dijkstra on reduced costs until the sink is settled; false when the sink cannot be reached. */
    private boolean dijkstra(long[] dist, boolean[] done, PackedMinHeap heap) {
        Arrays.fill(dist, Long.MAX_VALUE);
        Arrays.fill(done, false);
        heap.clear();
        dist[source] = 0;
        heap.push(0, source);
        while (!heap.isEmpty()) {
            long top = heap.pop();
            int u = PackedMinHeap.node(top);
            long d = PackedMinHeap.key(top);
            if (done[u] || d != dist[u]) {
                continue;
            }
            done[u] = true;
            if (u == sink) {
                return true;
            }
            long base = d + pi[u];
            for (int e = start[u], end = start[u + 1]; e < end; e++) {
                if (cap[e] == 0) {
                    continue;
                }
                int v = to[e];
                long nd = base + cost[e] - pi[v];
                if (nd < dist[v]) {
                    dist[v] = nd;
                    heap.push(nd, v);
                }
            }
        }
        return false;
    }

    /**
     * BFS levels over the admissible edges (residual, zero reduced cost); false when the sink is not reached.
     * Nodes at or beyond the sink's level are not expanded: no shortest path goes through them.
     */
    private boolean levels(int[] level, int[] queue) {
        Arrays.fill(level, -1);
        int qh = 0;
        int qt = 0;
        level[source] = 0;
        queue[qt++] = source;
        while (qh < qt) {
            int u = queue[qh++];
            if (level[sink] >= 0 && level[u] >= level[sink]) {
                break;
            }
            long pu = pi[u];
            for (int e = start[u], end = start[u + 1]; e < end; e++) {
                int v = to[e];
                if (cap[e] > 0 && level[v] < 0 && cost[e] + pu == pi[v]) {
                    level[v] = level[u] + 1;
                    queue[qt++] = v;
                }
            }
        }
        return level[sink] >= 0;
    }

    /** One unit along a level-increasing admissible path (iterative DFS with current-edge pointers). */
    private boolean augment(int[] level, int[] iter, int[] path) {
        int depth = 0;
        int u = source;
        while (true) {
            if (u == sink) {
                for (int i = 0; i < depth; i++) {
                    cap[path[i]]--;
                    cap[rev[path[i]]]++;
                }
                return true;
            }
            int e = iter[u];
            int end = start[u + 1];
            int next = level[u] + 1;
            long pu = pi[u];
            while (e < end && !(cap[e] > 0 && level[to[e]] == next && cost[e] + pu == pi[to[e]])) {
                e++;
            }
            iter[u] = e;
            if (e < end) {
                path[depth++] = e;
                u = to[e];
                continue;
            }
            level[u] = -1; // a dead end for the rest of this phase
            if (depth == 0) {
                return false;
            }
            int back = path[--depth];
            u = to[rev[back]];
            iter[u]++;
        }
    }
}
