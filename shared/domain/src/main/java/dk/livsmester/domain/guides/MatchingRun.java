package dk.livsmester.domain.guides;

import java.time.Instant;

/**
 * A global matching run the coordinator started: every request waiting for a guide (open, without a candidate, or
 * with a proposal not yet decided) planned at once against every active guide's free capacity. {@code part} counts
 * the invocations a large run needed: the first plans, and when it runs out of time it stores the plan ({@code planned}
 * lines, in request order) and records how far it wrote ({@code cursor}); each continuation writes on from the cursor
 * of the stored plan, without reading everything and planning again. The figures say what the run did and how its plan
 * compares with taking the same requests one by one ({@code greedyScore}).
 */
public record MatchingRun(String id, MatchingRunStatus status, String requestedBy, Instant requestedAt, int part,
                          Instant finishedAt, int requests, int guides, int proposed, int kept, int superseded,
                          int withoutGuide, int skipped, long totalScore, long greedyScore, long planMillis,
                          int cursor, int planned, long version) {

    /** What one invocation wrote: new proposals, proposals already as planned, replaced ones, and changed requests. */
    public record Written(int proposed, int kept, int superseded, int skipped) {
    }

    public static MatchingRun requested(String id, String by, Instant at) {
        return new MatchingRun(id, MatchingRunStatus.REQUESTED, by, at, 0, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** Whether a continuation finds the plan stored: a part after the first, recorded with its plan's size. */
    public boolean hasStoredPlan() {
        return part > 0 && planned > 0;
    }

    /** The result of an invocation that planned; {@code done} false when the run continues in another. */
    public MatchingRun after(boolean done, Instant at, int cursor, int planned, int requests, int guides,
                             int withoutGuide, long totalScore, long greedyScore, long planMillis, Written w) {
        return new MatchingRun(id, done ? MatchingRunStatus.DONE : MatchingRunStatus.CONTINUING, requestedBy, requestedAt,
                done ? part : part + 1, done ? at : null, requests, guides, proposed + w.proposed(), kept + w.kept(),
                superseded + w.superseded(), withoutGuide, skipped + w.skipped(), totalScore, greedyScore,
                this.planMillis + planMillis, cursor, planned, version + 1);
    }

    /** The result of an invocation that wrote on from the stored plan: the plan's figures stay. */
    public MatchingRun continued(boolean done, Instant at, int cursor, Written w) {
        return after(done, at, cursor, planned, requests, guides, withoutGuide, totalScore, greedyScore, 0, w);
    }
}
