package dk.livsmester.domain.guides;

import java.util.Set;

/** The staff member's answer to the coordinator's question; the other fields, when given, correct the request. */
public record InfoAnswer(String answer, String needs, Set<String> availability, String area,
                         Boolean sameDisabilityPreferred, RequestTiming timing) {
}
