package dk.livsmester.domain.application;

import java.util.List;

/** What the team sends to decide an application. */
public record DecisionRequest(DecisionOutcome outcome, Long grantedOre, List<String> reasonCodes, String text) {
}
