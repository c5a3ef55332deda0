package dk.livsmester.domain.guides;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Proposes guides for many open requests at once: the set of pairs with the highest total score in which no request
 * gets two guides and no guide more requests than its free capacity. Taking the requests one by one and giving each
 * its best free guide (the greedy way) can spend a guide on a request that had an almost-as-good alternative and leave
 * a later request that only that guide fits with nothing; a global assignment does not.
 *
 * <p>How: a sparse candidate graph (each request's {@code k} best guides, and each guide's best requests; a guide
 * offering neither the task nor a related one is never a candidate), then a min-cost flow source → request (1) →
 * guide (−score) → sink (free capacity), solved by the primal-dual method: Dijkstra with potentials finds the cost of
 * the cheapest augmenting path, and a blocking flow (Dinic) on the zero-reduced-cost edges augments along all paths of
 * that cost. Scores are integers from 0 to 100, so a path costs an integer between −100 and 0 and there are at most
 * 101 phases. Augmenting stops when the cheapest path would lower the total; paths of cost 0 are still taken, since
 * they serve one more citizen at the same total. The result is optimal on the candidate graph; on the benchmark's
 * 10,000 requests and 2,000 guides it came within 3 points of the optimum on the full graph (docs/benchmarks.md).
 *
 * <p>Ties are broken in a fixed order (guides with fewer matches so far, then by id), so the same input always gives
 * the same plan, which the matching function relies on when a run continues in a second invocation.
 */
public final class AssignmentPlanner {
    public static final int DEFAULT_CANDIDATES = 10;
    public static final int ALTERNATIVES = 5;

    /** A request, the guide chosen for it, and the next-best candidates the coordinator may pick instead. */
    public record Assignment(GuideRequest request, Candidate chosen, List<Candidate> alternatives) {
    }

    /** The plan: assignments in the order the requests were given, the requests left without a guide, the total. */
    public record Plan(List<Assignment> assignments, List<GuideRequest> unassigned, long totalScore, int candidatePairs) {
        public int matched() {
            return assignments.size();
        }
    }

    private final int k;

    public AssignmentPlanner() {
        this(DEFAULT_CANDIDATES);
    }

    public AssignmentPlanner(int candidatesPerRequest) {
        if (candidatesPerRequest < 1) {
            throw new IllegalArgumentException("candidatesPerRequest must be at least 1");
        }
        this.k = candidatesPerRequest;
    }

    /** A global plan against every active guide's free capacity. */
    public Plan plan(List<GuideRequest> requests, List<Guide> guides) {
        return plan(requests, guides, Guide::freeCapacity);
    }

    /** A global plan; {@code capacity} says how many of the requests each guide may take (0 leaves it out). */
    public Plan plan(List<GuideRequest> requests, List<Guide> guides, ToIntFunction<Guide> capacity) {
        Prepared p = new Prepared(requests, guides, capacity);
        p.candidates(k);
        int[] chosen = new Flow(p).solve();
        List<Assignment> out = new ArrayList<>();
        List<GuideRequest> unassigned = new ArrayList<>();
        long total = 0;
        for (int r = 0; r < p.requestCount; r++) {
            if (chosen[r] < 0) {
                unassigned.add(requests.get(r));
                continue;
            }
            Candidate c = p.candidate(r, chosen[r]);
            List<Candidate> alternatives = new ArrayList<>();
            for (int j = 0; j < p.topCount[r] && alternatives.size() < ALTERNATIVES; j++) {
                int g = p.topGuide[r * k + j];
                if (g != chosen[r]) {
                    alternatives.add(p.candidate(r, g));
                }
            }
            total += c.score();
            out.add(new Assignment(requests.get(r), c, alternatives));
        }
        return new Plan(out, unassigned, total, p.pairs);
    }

    /**
     * The baseline: requests one by one in the order given (oldest first), each taking its best guide with capacity
     * left among all guides (not only the {@code k} best). No alternatives are listed.
     */
    public Plan greedy(List<GuideRequest> requests, List<Guide> guides) {
        return greedy(requests, guides, Guide::freeCapacity);
    }

    public Plan greedy(List<GuideRequest> requests, List<Guide> guides, ToIntFunction<Guide> capacity) {
        Prepared p = new Prepared(requests, guides, capacity);
        int[] left = p.capacity.clone();
        List<Assignment> out = new ArrayList<>();
        List<GuideRequest> unassigned = new ArrayList<>();
        long total = 0;
        for (int r = 0; r < p.requestCount; r++) {
            int best = -1;
            int bestScore = -1;
            MatchScorer.RequestKey rk = p.requestKeys[r];
            Set<String> excluded = requests.get(r).excludedGuideIds();
            for (int g : p.byTask[Integer.numberOfTrailingZeros(rk.taskBit())]) {
                if (left[g] == 0 || !excluded.isEmpty() && excluded.contains(p.guideIds[g])) {
                    continue;
                }
                int s = MatchScorer.points(rk, p.guideKeys[g], null);
                if (s > bestScore) {
                    bestScore = s;
                    best = g;
                }
            }
            if (best < 0) {
                unassigned.add(requests.get(r));
                continue;
            }
            left[best]--;
            total += bestScore;
            out.add(new Assignment(requests.get(r), p.candidate(r, best), List.of()));
        }
        return new Plan(out, unassigned, total, 0);
    }

    /** The requests and guides as arrays; guides sorted in tie-break order (fewer matches so far, then id). */
    private static final class Prepared {
        final int requestCount;
        final int guideCount;
        final MatchScorer.RequestKey[] requestKeys;
        final List<GuideRequest> requests;
        final MatchScorer.GuideKey[] guideKeys;
        final String[] guideIds;
        final int[] capacity;
        final int[][] byTask;
        int[] topGuide;
        int[] topScore;
        int[] topCount;
        int[] candidateStart;
        int[] candidateCount;
        int[] candidateGuide;
        int[] candidateScore;
        int pairs;
        int k;

        Prepared(List<GuideRequest> requests, List<Guide> guides, ToIntFunction<Guide> cap) {
            this.requests = requests;
            List<Guide> eligible = new ArrayList<>();
            for (Guide g : guides) {
                if (g.status() == GuideStatus.ACTIVE && g.capacity() > 0 && cap.applyAsInt(g) > 0) {
                    eligible.add(g);
                }
            }
            eligible.sort(Comparator.comparingInt(Guide::totalMatches).thenComparing(Guide::id));
            guideCount = eligible.size();
            guideKeys = new MatchScorer.GuideKey[guideCount];
            guideIds = new String[guideCount];
            capacity = new int[guideCount];
            int tasks = TaskType.values().length;
            int[] perTask = new int[tasks];
            for (int g = 0; g < guideCount; g++) {
                Guide guide = eligible.get(g);
                guideKeys[g] = MatchScorer.GuideKey.of(guide);
                guideIds[g] = guide.id();
                capacity[g] = cap.applyAsInt(guide);
                int offered = guideKeys[g].taskMask() | guideKeys[g].relatedMask();
                for (int t = 0; t < tasks; t++) {
                    if ((offered & (1 << t)) != 0) {
                        perTask[t]++;
                    }
                }
            }
            byTask = new int[tasks][];
            for (int t = 0; t < tasks; t++) {
                byTask[t] = new int[perTask[t]];
            }
            int[] fill = new int[tasks];
            for (int g = 0; g < guideCount; g++) {
                int offered = guideKeys[g].taskMask() | guideKeys[g].relatedMask();
                for (int t = 0; t < tasks; t++) {
                    if ((offered & (1 << t)) != 0) {
                        byTask[t][fill[t]++] = g;
                    }
                }
            }
            requestCount = requests.size();
            requestKeys = new MatchScorer.RequestKey[requestCount];
            for (int r = 0; r < requestCount; r++) {
                requestKeys[r] = MatchScorer.RequestKey.of(requests.get(r));
            }
        }

        /**
         * The candidate graph: each request's {@code k} best guides, and each guide's best requests (three per place
         * of free capacity, at least {@code k}). The guides' side matters when capacity is scarce: a request whose
         * {@code k} best guides are all taken by better-fitting requests still has the guides it is the best left
         * for. Per request, best first; ties go to the guide earlier in tie-break order.
         */
        void candidates(int k) {
            this.k = k;
            topGuide = new int[requestCount * k];
            topScore = new int[requestCount * k];
            topCount = new int[requestCount];
            int[] heapStart = new int[guideCount + 1];
            for (int g = 0; g < guideCount; g++) {
                heapStart[g + 1] = heapStart[g] + Math.max(k, 3 * capacity[g]);
            }
            int[] heapScore = new int[heapStart[guideCount]];
            int[] heapRequest = new int[heapStart[guideCount]];
            int[] heapSize = new int[guideCount];
            for (int r = 0; r < requestCount; r++) {
                MatchScorer.RequestKey rk = requestKeys[r];
                Set<String> excluded = requests.get(r).excludedGuideIds();
                int base = r * k;
                int n = 0;
                for (int g : byTask[Integer.numberOfTrailingZeros(rk.taskBit())]) {
                    if (!excluded.isEmpty() && excluded.contains(guideIds[g])) {
                        continue;
                    }
                    int s = MatchScorer.points(rk, guideKeys[g], null);
                    offer(heapStart[g], heapStart[g + 1] - heapStart[g], heapSize, g, heapScore, heapRequest, s, r);
                    if (n == k && s <= topScore[base + k - 1]) {
                        continue;
                    }
                    int pos = n == k ? k - 1 : n++;
                    while (pos > 0 && topScore[base + pos - 1] < s) {
                        topScore[base + pos] = topScore[base + pos - 1];
                        topGuide[base + pos] = topGuide[base + pos - 1];
                        pos--;
                    }
                    topScore[base + pos] = s;
                    topGuide[base + pos] = g;
                }
                topCount[r] = n;
            }
            // Join both sides into one list per request.
            int[] extra = new int[requestCount];
            for (int g = 0; g < guideCount; g++) {
                for (int i = heapStart[g]; i < heapStart[g] + heapSize[g]; i++) {
                    if (!inTop(heapRequest[i], g)) {
                        extra[heapRequest[i]]++;
                    }
                }
            }
            candidateStart = new int[requestCount + 1];
            for (int r = 0; r < requestCount; r++) {
                candidateStart[r + 1] = candidateStart[r] + topCount[r] + extra[r];
            }
            pairs = candidateStart[requestCount];
            candidateGuide = new int[pairs];
            candidateScore = new int[pairs];
            candidateCount = new int[requestCount];
            for (int r = 0; r < requestCount; r++) {
                for (int j = 0; j < topCount[r]; j++) {
                    candidateGuide[candidateStart[r] + j] = topGuide[r * k + j];
                    candidateScore[candidateStart[r] + j] = topScore[r * k + j];
                }
                candidateCount[r] = topCount[r];
            }
            for (int g = 0; g < guideCount; g++) {
                for (int i = heapStart[g]; i < heapStart[g] + heapSize[g]; i++) {
                    int r = heapRequest[i];
                    if (!inTop(r, g)) {
                        int at = candidateStart[r] + candidateCount[r]++;
                        candidateGuide[at] = g;
                        candidateScore[at] = heapScore[i];
                    }
                }
            }
            for (int r = 0; r < requestCount; r++) {
                sortCandidates(candidateStart[r] + topCount[r], candidateStart[r] + candidateCount[r]);
            }
        }

        private boolean inTop(int r, int g) {
            for (int j = 0; j < topCount[r]; j++) {
                if (topGuide[r * k + j] == g) {
                    return true;
                }
            }
            return false;
        }

        /** Insertion sort of a short range: score descending, then guide in tie-break order. */
        private void sortCandidates(int from, int to) {
            for (int i = from + 1; i < to; i++) {
                int g = candidateGuide[i];
                int s = candidateScore[i];
                int j = i - 1;
                while (j >= from && (candidateScore[j] < s || candidateScore[j] == s && candidateGuide[j] > g)) {
                    candidateGuide[j + 1] = candidateGuide[j];
                    candidateScore[j + 1] = candidateScore[j];
                    j--;
                }
                candidateGuide[j + 1] = g;
                candidateScore[j + 1] = s;
            }
        }

        /**
         * Keeps a guide's best requests in a bounded min-heap whose root is the worst kept: the lowest score, and
         * among equal scores the later request (so older requests win ties).
         */
        private static void offer(int base, int max, int[] size, int g, int[] score, int[] req, int s, int r) {
            int n = size[g];
            if (n == max) {
                if (s <= score[base]) {
                    return;
                }
                n--;
                // drop the root: move the last element down from the root
                int lastS = score[base + n];
                int lastR = req[base + n];
                int i = 0;
                while (true) {
                    int c = 2 * i + 1;
                    if (c >= n) {
                        break;
                    }
                    if (c + 1 < n && worse(score[base + c + 1], req[base + c + 1], score[base + c], req[base + c])) {
                        c++;
                    }
                    if (!worse(score[base + c], req[base + c], lastS, lastR)) {
                        break;
                    }
                    score[base + i] = score[base + c];
                    req[base + i] = req[base + c];
                    i = c;
                }
                score[base + i] = lastS;
                req[base + i] = lastR;
            }
            int i = n;
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (!worse(s, r, score[base + parent], req[base + parent])) {
                    break;
                }
                score[base + i] = score[base + parent];
                req[base + i] = req[base + parent];
                i = parent;
            }
            score[base + i] = s;
            req[base + i] = r;
            size[g] = n + 1;
        }

        private static boolean worse(int s1, int r1, int s2, int r2) {
            return s1 < s2 || s1 == s2 && r1 > r2;
        }

        Candidate candidate(int r, int g) {
            return MatchScorer.candidate(guideIds[g], requestKeys[r], guideKeys[g]).orElseThrow();
        }
    }

    /**
     * Min-cost flow on the candidate graph; returns the chosen guide per request, or −1. The graph is stored as
     * compressed rows (each node's edges side by side in memory): walking it is what the time goes on.
     */
    private static final class Flow {
        private final Prepared p;
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

        Flow(Prepared p) {
            this.p = p;
            this.n = p.requestCount + p.guideCount + 2;
            this.source = 0;
            this.sink = n - 1;
            pi = new long[n];
            // The forward edges: source → request, request → guide (best candidate first), guide → sink.
            int m = p.requestCount + p.pairs + p.guideCount;
            int[] fu = new int[m];
            int[] fv = new int[m];
            int[] fcap = new int[m];
            int[] fcost = new int[m];
            int count = 0;
            boolean[] used = new boolean[p.guideCount];
            for (int r = 0; r < p.requestCount; r++) {
                fu[count] = source;
                fv[count] = 1 + r;
                fcap[count++] = 1;
            }
            for (int r = 0; r < p.requestCount; r++) {
                for (int j = 0; j < p.candidateCount[r]; j++) {
                    int g = p.candidateGuide[p.candidateStart[r] + j];
                    int w = -p.candidateScore[p.candidateStart[r] + j];
                    fu[count] = 1 + r;
                    fv[count] = guideNode(g);
                    fcap[count] = 1;
                    fcost[count++] = w;
                    used[g] = true;
                    // Potentials start at the cheapest edge into each guide, so every reduced cost starts >= 0.
                    pi[guideNode(g)] = Math.min(pi[guideNode(g)], w);
                }
            }
            for (int g = 0; g < p.guideCount; g++) {
                if (used[g]) {
                    fu[count] = guideNode(g);
                    fv[count] = sink;
                    fcap[count++] = p.capacity[g];
                    pi[sink] = Math.min(pi[sink], pi[guideNode(g)]);
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

        private int guideNode(int g) {
            return 1 + p.requestCount + g;
        }

        int[] solve() {
            long[] dist = new long[n];
            boolean[] done = new boolean[n];
            int[] level = new int[n];
            int[] iter = new int[n];
            int[] queue = new int[n];
            int[] path = new int[n];
            while (dijkstra(dist, done)) {
                long dt = dist[sink];
                for (int v = 0; v < n; v++) {
                    pi[v] += done[v] ? dist[v] : dt;
                }
                if (pi[sink] - pi[source] > 0) {
                    break; // the cheapest way to serve one more request would lower the total score
                }
                while (levels(level, queue)) {
                    System.arraycopy(start, 0, iter, 0, n);
                    while (augment(level, iter, path)) {
                        // one more request served along a cheapest path
                    }
                }
            }
            int[] chosen = new int[p.requestCount];
            Arrays.fill(chosen, -1);
            for (int r = 0; r < p.requestCount; r++) {
                for (int e = start[1 + r]; e < start[2 + r]; e++) {
                    if (forward[e] && cap[e] == 0) {
                        chosen[r] = to[e] - 1 - p.requestCount;
                    }
                }
            }
            return chosen;
        }

        /** Dijkstra on reduced costs until the sink is settled; false when the sink cannot be reached. */
        private boolean dijkstra(long[] dist, boolean[] done) {
            Arrays.fill(dist, Long.MAX_VALUE);
            Arrays.fill(done, false);
            LongHeap heap = new LongHeap(n);
            dist[source] = 0;
            heap.push(0, source);
            while (!heap.isEmpty()) {
                long top = heap.pop();
                int u = (int) (top & 0xFFFFFF);
                long d = top >>> 24;
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

    /** A binary min-heap of (distance, node) packed into longs: distance in the high bits, node in the low 24. */
    private static final class LongHeap {
        private long[] a;
        private int size;

        LongHeap(int capacity) {
            a = new long[Math.max(16, capacity)];
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(long dist, int node) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            long x = dist << 24 | node;
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (a[parent] <= x) {
                    break;
                }
                a[i] = a[parent];
                i = parent;
            }
            a[i] = x;
        }

        long pop() {
            long top = a[0];
            long x = a[--size];
            int i = 0;
            while (true) {
                int c = 2 * i + 1;
                if (c >= size) {
                    break;
                }
                if (c + 1 < size && a[c + 1] < a[c]) {
                    c++;
                }
                if (a[c] >= x) {
                    break;
                }
                a[i] = a[c];
                i = c;
            }
            if (size > 0) {
                a[i] = x;
            }
            return top;
        }
    }
}
