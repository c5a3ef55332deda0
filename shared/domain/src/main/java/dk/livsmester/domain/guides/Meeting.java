package dk.livsmester.domain.guides;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One meeting of a match, numbered from 1. {@code startsAt} is local (Danish) time. The first meeting names the staff
 * member who facilitates it; a bus-training session has its week (1–3) and the guide's support level. The log is the
 * short note written after it.
 */
public record Meeting(int no, MeetingKind kind, LocalDateTime startsAt, String place, String facilitator,
                      Integer week, SupportLevel support, MeetingStatus status, String log, String loggedBy,
                      Instant loggedAt) {

    Meeting logged(boolean held, String text, String by, Instant at) {
        return new Meeting(no, kind, startsAt, place, facilitator, week, support,
                held ? MeetingStatus.HELD : MeetingStatus.CANCELLED, text, by, at);
    }
}
