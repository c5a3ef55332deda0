package dk.livsmester.domain.guides;

import java.util.List;

/**
 * One line of a matching run's plan: the request, the guide the plan gives it ({@code chosen}, null when none) and the
 * alternatives the coordinator is shown. What a run writes for the request follows from this line and the request's
 * state at the time, so a continuation writes from the stored lines without planning again.
 */
public record PlannedRequest(String requestId, Candidate chosen, List<Candidate> alternatives) {
    public PlannedRequest {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }
}
