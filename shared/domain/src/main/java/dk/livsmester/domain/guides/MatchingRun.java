package dk.livsmester.domain.guides;

import java.time.Instant;

/**
 * A global matching run the coordinator started: every request waiting for a guide (open, without a candidate, or
 * with a proposal not yet decided) planned at once against every active guide's free capacity. {@code part} counts
 * the invocations a large run needed (each continues from what the earlier ones wrote). The figures say what the
 * run did and how its plan compares with taking the same requests one by one ({@code greedyScore}).
 */
public record MatchingRun(String id, MatchingRunStatus status, String requestedBy, Instant requestedAt, int part,
                          Instant finishedAt, int requests, int guides, int proposed, int kept, int superseded,
                          int withoutGuide, int skipped, long totalScore, long greedyScore, long planMillis,
                          long version) {

    public static MatchingRun requested(String id, String by, Instant at) {
        return new MatchingRun(id, MatchingRunStatus.REQUESTED, by, at, 0, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The result of one invocation; {@code done} false when the run continues in another. */
    public MatchingRun after(boolean done, Instant at, int requests, int guides, int proposed, int kept, int superseded,
                             int withoutGuide, int skipped, long totalScore, long greedyScore, long planMillis) {
        return new MatchingRun(id, done ? MatchingRunStatus.DONE : MatchingRunStatus.CONTINUING, requestedBy, requestedAt,
                done ? part : part + 1, done ? at : null, requests, guides, this.proposed + proposed, this.kept + kept,
                this.superseded + superseded, withoutGuide, this.skipped + skipped, totalScore, greedyScore,
                this.planMillis + planMillis, version + 1);
    }
}
