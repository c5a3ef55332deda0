package dk.livsmester.domain.guides;

import dk.livsmester.domain.FieldError;
import dk.livsmester.domain.ValidationException;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
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
        List<FieldError> errors = new ArrayList<>();
        if (p == null) {
            errors.add(new FieldError("body", "Skriv tid, sted og mødeleder.", "startsAt, place and facilitator are required."));
        } else {
            if (p.startsAt() == null) {
                errors.add(new FieldError("startsAt", "Skriv dato og tid.", "startsAt (local date and time) is required."));
            }
            GuideForms.text(errors, "place", p.place(), 200, true);
            GuideForms.text(errors, "facilitator", p.facilitator(), 200, true);
        }
        throwIf(errors);
    }

    public static void validate(AgreedMeetings a, int existing) {
        List<FieldError> errors = new ArrayList<>();
        if (a == null || a.meetings() == null || a.meetings().isEmpty()) {
            errors.add(new FieldError("meetings", "Skriv mindst ét møde.", "meetings needs at least one meeting."));
        } else {
            if (existing + a.meetings().size() > MAX_MEETINGS) {
                errors.add(new FieldError("meetings", "Der er for mange møder.",
                        "A match keeps at most " + MAX_MEETINGS + " meetings."));
            }
            for (int i = 0; i < a.meetings().size(); i++) {
                MeetingPlan p = a.meetings().get(i);
                if (p == null || p.startsAt() == null) {
                    errors.add(new FieldError("meetings[" + i + "].startsAt", "Skriv dato og tid.", "startsAt is required."));
                }
                if (p != null) {
                    GuideForms.text(errors, "meetings[" + i + "].place", p.place(), 200, false);
                }
            }
        }
        throwIf(errors);
    }

    public static void validate(MeetingLog l) {
        List<FieldError> errors = new ArrayList<>();
        if (l == null || l.held() == null) {
            errors.add(new FieldError("held", "Svar på, om mødet blev holdt.", "held (true or false) is required."));
        }
        GuideForms.text(errors, "log", l == null ? null : l.log(), LOG_MAX, true);
        throwIf(errors);
    }

    public static void validate(DebriefForm d) {
        List<FieldError> errors = new ArrayList<>();
        GuideForms.text(errors, "notes", d == null ? null : d.notes(), LOG_MAX, true);
        throwIf(errors);
    }

    public static void validate(ClosureForm c) {
        List<FieldError> errors = new ArrayList<>();
        GuideForms.text(errors, "citizenFeedback", c == null ? null : c.citizenFeedback(), LOG_MAX, true);
        GuideForms.text(errors, "guideFeedback", c == null ? null : c.guideFeedback(), LOG_MAX, true);
        throwIf(errors);
    }

    public static void validate(BusTrainingForm b) {
        List<FieldError> errors = new ArrayList<>();
        if (b == null || b.startsOn() == null) {
            errors.add(new FieldError("startsOn", "Skriv startdatoen.", "startsOn (YYYY-MM-DD) is required."));
        }
        if (b == null || b.at() == null) {
            errors.add(new FieldError("at", "Skriv klokkeslættet.", "at (HH:MM, local time) is required."));
        }
        GuideForms.text(errors, "place", b == null ? null : b.place(), 200, true);
        throwIf(errors);
    }

    private static void throwIf(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
