package dk.livsmester.domain.guides;

import dk.livsmester.domain.FieldErrors;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** What the coordinator and the guide send about a match after it is made, and its validation (Danish and English). */
public final class MatchForms {
    public static final int LOG_MAX = 1000;
    public static final int MAX_MEETINGS = 60;

    public record AgreedMeetings(List<MeetingPlan> meetings) {
    }

    public record MeetingLog(Boolean held, String log) {
    }

    public record DebriefForm(String notes, Boolean followUpNeeded) {
    }

    public record ClosureForm(String citizenFeedback, String guideFeedback) {
    }

    public record BusTrainingForm(LocalDate startsOn, LocalTime at, String place) {
    }

    private MatchForms() {
    }

    public static void validateFirst(MeetingPlan p) {
        FieldErrors errors = new FieldErrors();
        if (p == null) {
            errors.add("body", "Skriv tid, sted og mødeleder.", "startsAt, place and facilitator are required.");
        } else {
            if (p.startsAt() == null) {
                errors.add("startsAt", "Skriv dato og tid.", "startsAt (local date and time) is required.");
            }
            errors.text("place", p.place(), 200, true);
            errors.text("facilitator", p.facilitator(), 200, true);
        }
        errors.throwIfAny();
    }

    public static void validate(AgreedMeetings a, int existing) {
        FieldErrors errors = new FieldErrors();
        if (a == null || a.meetings() == null || a.meetings().isEmpty()) {
            errors.add("meetings", "Skriv mindst ét møde.", "meetings needs at least one meeting.");
        } else {
            if (existing + a.meetings().size() > MAX_MEETINGS) {
                errors.add("meetings", "Der er for mange møder.",
                        "A match keeps at most " + MAX_MEETINGS + " meetings.");
            }
            for (int i = 0; i < a.meetings().size(); i++) {
                MeetingPlan p = a.meetings().get(i);
                if (p == null || p.startsAt() == null) {
                    errors.add("meetings[" + i + "].startsAt", "Skriv dato og tid.", "startsAt is required.");
                }
                if (p != null) {
                    errors.text("meetings[" + i + "].place", p.place(), 200, false);
                }
            }
        }
        errors.throwIfAny();
    }

    public static void validate(MeetingLog l) {
        FieldErrors errors = new FieldErrors();
        if (l == null || l.held() == null) {
            errors.add("held", "Svar på, om mødet blev holdt.", "held (true or false) is required.");
        }
        errors.text("log", l == null ? null : l.log(), LOG_MAX, true);
        errors.throwIfAny();
    }

    public static void validate(DebriefForm d) {
        FieldErrors errors = new FieldErrors();
        errors.text("notes", d == null ? null : d.notes(), LOG_MAX, true);
        errors.throwIfAny();
    }

    public static void validate(ClosureForm c) {
        FieldErrors errors = new FieldErrors();
        errors.text("citizenFeedback", c == null ? null : c.citizenFeedback(), LOG_MAX, true);
        errors.text("guideFeedback", c == null ? null : c.guideFeedback(), LOG_MAX, true);
        errors.throwIfAny();
    }

    public static void validate(BusTrainingForm b) {
        FieldErrors errors = new FieldErrors();
        if (b == null || b.startsOn() == null) {
            errors.add("startsOn", "Skriv startdatoen.", "startsOn (YYYY-MM-DD) is required.");
        }
        if (b == null || b.at() == null) {
            errors.add("at", "Skriv klokkeslættet.", "at (HH:MM, local time) is required.");
        }
        errors.text("place", b == null ? null : b.place(), 200, true);
        errors.throwIfAny();
    }
}
