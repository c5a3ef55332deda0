package dk.livsmester.domain.guides;

import java.time.Instant;

/**
 * The coordinator's talk with the guide after the first meeting: guides are service users themselves, so how it went
 * for them matters (docs/domain.md section 3.7). {@code followUpNeeded} flags a guide who needs more support.
 */
public record Debrief(String notes, boolean followUpNeeded, String by, Instant at) {
}
