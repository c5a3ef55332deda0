package dk.livsmester.domain.application;

import java.time.Instant;
import java.util.List;

/** A recorded decision: who decided, when, and what. {@code noAppeal}: the pilot's rejections cannot be appealed. */
public record Decision(DecisionOutcome outcome, long grantedOre, List<String> reasonCodes, String text,
                       String decidedBy, Instant decidedAt, boolean noAppeal) {
}
