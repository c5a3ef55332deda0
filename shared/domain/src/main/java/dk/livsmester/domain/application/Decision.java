package dk.livsmester.domain.application;

import java.time.Instant;
import java.util.List;

/**
 * A recorded decision: who decided, when, and what. {@code noAppeal}: the pilot's rejections cannot be appealed; a
 * rejection carries a suggested other path. A large grant also names the second team member who approved it.
 */
public record Decision(DecisionOutcome outcome, long grantedOre, List<String> reasonCodes, String text,
                       String decidedBy, Instant decidedAt, boolean noAppeal, String suggestedPathDa,
                       String suggestedPathEn, String secondApprovedBy) {

    /** The same decision, approved by a second team member (the two-person rule for large grants). */
    public Decision secondApproval(String by, Instant at) {
        return new Decision(outcome, grantedOre, reasonCodes, text, decidedBy, at, noAppeal, suggestedPathDa,
                suggestedPathEn, by);
    }
}
