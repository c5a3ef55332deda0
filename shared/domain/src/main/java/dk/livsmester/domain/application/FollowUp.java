package dk.livsmester.domain.application;

import java.time.Instant;

/** The citizen's own answer, 1 and 3 months after the grant: did it help with the sub-goal? */
public record FollowUp(Milestone milestone, Answer answer, String note, String by, Instant at) {
    public enum Milestone { ONE_MONTH, THREE_MONTHS }

    /** The three easy-read steps: yes, a little, no. */
    public enum Answer { HELPED, HELPED_A_LITTLE, DID_NOT_HELP }
}
