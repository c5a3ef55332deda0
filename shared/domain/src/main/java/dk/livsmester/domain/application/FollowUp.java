package dk.livsmester.domain.application;

import java.time.Instant;

/**
 * The citizen's own answer, 1 and 3 months after the grant: did it help with the sub-goal, and where they stand now on
 * the 1–10 ruler the sub-goal's starting point and target were set on ({@code ruler}, optional).
 */
public record FollowUp(Milestone milestone, Answer answer, String note, String by, Instant at, Integer ruler) {
    public enum Milestone {
        ONE_MONTH(1), THREE_MONTHS(3);

        private final int months;

        Milestone(int months) {
            this.months = months;
        }

        public int months() {
            return months;
        }
    }

    /** The three easy-read steps: yes, a little, no. */
    public enum Answer { HELPED, HELPED_A_LITTLE, DID_NOT_HELP }

    public FollowUp(Milestone milestone, Answer answer, String note, String by, Instant at) {
        this(milestone, answer, note, by, at, null);
    }
}
