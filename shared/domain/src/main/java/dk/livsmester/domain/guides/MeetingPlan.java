package dk.livsmester.domain.guides;

import java.time.LocalDateTime;

/** A meeting to put in the calendar: when (local time), where, and for the first meeting the facilitating staff member. */
public record MeetingPlan(LocalDateTime startsAt, String place, String facilitator) {
}
