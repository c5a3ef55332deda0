package dk.livsmester.domain.guides;

import dk.livsmester.domain.optimisation.MinCostAssignment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Proposes guides for many open requests at once: the set of pairs with the highest total score in which no request
 * gets two guides and no guide more requests than its free capacity. Taking the requests one by one and giving each
 * its best free guide (the greedy way) can spend a guide on a request that had an almost-as-good alternative and leave
 * a later request that only that guide fits with nothing; a global assignment does not.
 *
 * <p>How: {@link Eligibility} says which guide may serve which request and numbers the guides in tie-break order;
 * {@link CandidateGraph} keeps a sparse set of pairs (each request's {@code k} best guides, and each guide's best
 * requests); {@link MinCostAssignment} (generic, in {@code domain.optimisation}) solves it as a min-cost flow with
 * cost −score, capacity 1 per request and the guide's places per guide. Scores are integers from 0 to 100, so there
 * are at most 101 phases; paths of cost 0 are still taken, since they serve one more citizen at the same total. The
 * result is optimal on the candidate graph; on the benchmark's 10,000 requests and 2,000 guides it came within 3 points
 * of the optimum on the full graph (docs/benchmarks.md).
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
        return plan(requests, guides, capacity, null);
    }

    /**
     * A global plan in which each request also earns its waiting credit as of {@code now} (null: none), among the
     * score parts as {@code waiting}: where places are scarce, the longest waiting are served first among near equals.
     */
    public Plan plan(List<GuideRequest> requests, List<Guide> guides, ToIntFunction<Guide> capacity, Instant now) {
        Eligibility eligibility = Eligibility.of(requests, guides, capacity, now);
        CandidateGraph graph = CandidateGraph.of(eligibility, k);
        int[] chosen = MinCostAssignment.solve(graph.assignmentGraph());
        List<Assignment> out = new ArrayList<>();
        List<GuideRequest> unassigned = new ArrayList<>();
        long total = 0;
        for (int r = 0; r < eligibility.requestCount(); r++) {
            if (chosen[r] < 0) {
                unassigned.add(eligibility.request(r));
                continue;
            }
            Candidate c = eligibility.candidate(r, chosen[r]);
            List<Candidate> alternatives = new ArrayList<>();
            for (int j = 0; j < graph.ownBestCount(r) && alternatives.size() < ALTERNATIVES; j++) {
                int g = graph.guide(r, j);
                if (g != chosen[r]) {
                    alternatives.add(eligibility.candidate(r, g));
                }
            }
            total += c.score();
            out.add(new Assignment(eligibility.request(r), c, alternatives));
        }
        return new Plan(out, unassigned, total, graph.pairs());
    }

    /**
     * The baseline: requests one by one in the order given (oldest first), each taking its best guide with capacity
     * left among all guides (not only the {@code k} best). No alternatives are listed.
     */
    public Plan greedy(List<GuideRequest> requests, List<Guide> guides) {
        return greedy(requests, guides, Guide::freeCapacity);
    }

    public Plan greedy(List<GuideRequest> requests, List<Guide> guides, ToIntFunction<Guide> capacity) {
        return greedy(requests, guides, capacity, null);
    }

    /** The baseline with the same waiting credit as {@link #plan(List, List, ToIntFunction, Instant)}, to compare. */
    public Plan greedy(List<GuideRequest> requests, List<Guide> guides, ToIntFunction<Guide> capacity, Instant now) {
        Eligibility eligibility = Eligibility.of(requests, guides, capacity, now);
        int[] left = new int[eligibility.guideCount()];
        for (int g = 0; g < left.length; g++) {
            left[g] = eligibility.places(g);
        }
        List<Assignment> out = new ArrayList<>();
        List<GuideRequest> unassigned = new ArrayList<>();
        long total = 0;
        for (int r = 0; r < eligibility.requestCount(); r++) {
            int best = -1;
            int bestScore = -1;
            for (int i = 0, offering = eligibility.offeringCount(r); i < offering; i++) {
                int g = eligibility.offering(r, i);
                if (left[g] == 0) {
                    continue;
                }
                int s = eligibility.score(r, g);
                if (s > bestScore) { // strictly better: of equal scores the guide earlier in tie-break order stays
                    bestScore = s;
                    best = g;
                }
            }
            if (best < 0) {
                unassigned.add(eligibility.request(r));
                continue;
            }
            left[best]--;
            total += bestScore;
            out.add(new Assignment(eligibility.request(r), eligibility.candidate(r, best), List.of()));
        }
        return new Plan(out, unassigned, total, 0);
    }
}
