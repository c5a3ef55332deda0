package dk.livsmester.domain.guides;

import dk.livsmester.domain.optimisation.BipartiteGraph;
import dk.livsmester.domain.optimisation.BoundedBestHeap;

/**
 * The pairs a plan chooses from: each request's {@code k} best guides, and each guide's best requests (three per place
 * it has, at least {@code k}). Scoring every pair is cheap, but solving on all of them is not; and the best {@code k}
 * alone are not enough when places are scarce: a request whose {@code k} best guides all go to better-fitting requests
 * still has the guides it is the best left for.
 *
 * <p>Per request, its own best guides come first, best first (ties to the guide earlier in tie-break order); they are
 * also where the alternatives are taken from. Then the guides that kept the request among their best, in the same
 * order. Built in one step from an {@link Eligibility}; not changed afterwards.
 */
final class CandidateGraph {
    /** How many requests a guide keeps per place it has, so a scarce guide is weighed for more than one request. */
    static final int REQUESTS_KEPT_PER_PLACE = 3;

    private final int[] places;
    private final int[] start;
    private final int[] guide;
    private final int[] score;
    private final int[] ownBest;

    private CandidateGraph(int[] places, int[] start, int[] guide, int[] score, int[] ownBest) {
        this.places = places;
        this.start = start;
        this.guide = guide;
        this.score = score;
        this.ownBest = ownBest;
    }

    static CandidateGraph of(Eligibility eligibility, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        int requests = eligibility.requestCount();
        int guides = eligibility.guideCount();
        int[] topGuide = new int[requests * k];
        int[] topScore = new int[requests * k];
        int[] topCount = new int[requests];
        BoundedBestHeap[] kept = new BoundedBestHeap[guides];
        int[] places = new int[guides];
        for (int g = 0; g < guides; g++) {
            places[g] = eligibility.places(g);
            kept[g] = new BoundedBestHeap(Math.max(k, REQUESTS_KEPT_PER_PLACE * places[g]));
        }
        int[] servingGuide = new int[guides];
        int[] servingScore = new int[guides];
        for (int r = 0; r < requests; r++) {
            int base = r * k;
            int n = 0;
            int serving = eligibility.scoreServing(r, servingGuide, servingScore);
            for (int i = 0; i < serving; i++) {
                int g = servingGuide[i];
                int s = servingScore[i];
                kept[g].offer(s, r);
                if (n == k && s <= topScore[base + k - 1]) {
                    continue;
                }
                // Insert into the request's best, best first; an equal score goes after the earlier guide.
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
        // Join both sides into one list per request: its own best, then the guides that kept it and are not among them.
        int[] extra = new int[requests];
        for (int g = 0; g < guides; g++) {
            for (int i = 0; i < kept[g].size(); i++) {
                int r = kept[g].item(i);
                if (!contains(topGuide, r * k, topCount[r], g)) {
                    extra[r]++;
                }
            }
        }
        int[] start = new int[requests + 1];
        for (int r = 0; r < requests; r++) {
            start[r + 1] = start[r] + topCount[r] + extra[r];
        }
        int[] guide = new int[start[requests]];
        int[] score = new int[start[requests]];
        int[] filled = new int[requests];
        for (int r = 0; r < requests; r++) {
            System.arraycopy(topGuide, r * k, guide, start[r], topCount[r]);
            System.arraycopy(topScore, r * k, score, start[r], topCount[r]);
            filled[r] = topCount[r];
        }
        for (int g = 0; g < guides; g++) {
            for (int i = 0; i < kept[g].size(); i++) {
                int r = kept[g].item(i);
                if (!contains(topGuide, r * k, topCount[r], g)) {
                    int at = start[r] + filled[r]++;
                    guide[at] = g;
                    score[at] = kept[g].score(i);
                }
            }
        }
        for (int r = 0; r < requests; r++) {
            sortBestFirst(guide, score, start[r] + topCount[r], start[r + 1]);
        }
        return new CandidateGraph(places, start, guide, score, topCount);
    }

    int requestCount() {
        return ownBest.length;
    }

    /** How many guides the request may be planned with. */
    int candidateCount(int r) {
        return start[r + 1] - start[r];
    }

    /** How many of the first candidates are the request's own best (at most {@code k}). */
    int ownBestCount(int r) {
        return ownBest[r];
    }

    int guide(int r, int j) {
        return guide[start[r] + j];
    }

    int score(int r, int j) {
        return score[start[r] + j];
    }

    /** All pairs in the graph. */
    int pairs() {
        return guide.length;
    }

    /** The graph for the solver: requests on the left, guides with their places on the right, cost = −score. */
    BipartiteGraph assignmentGraph() {
        int[] cost = new int[score.length];
        for (int e = 0; e < cost.length; e++) {
            cost[e] = -score[e];
        }
        return BipartiteGraph.of(places, start, guide, cost);
    }

    private static boolean contains(int[] a, int from, int count, int value) {
        for (int i = from; i < from + count; i++) {
            if (a[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** Insertion sort of a short range: score descending, then guide in tie-break order. */
    private static void sortBestFirst(int[] guide, int[] score, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            int g = guide[i];
            int s = score[i];
            int j = i - 1;
            while (j >= from && (score[j] < s || score[j] == s && guide[j] > g)) {
                guide[j + 1] = guide[j];
                score[j + 1] = score[j];
                j--;
            }
            guide[j + 1] = g;
            score[j + 1] = s;
        }
    }
}
