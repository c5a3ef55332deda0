package dk.livsmester.domain.guides;

import dk.livsmester.domain.ValidationException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The bus-training template (docs/domain.md section 3.8): three weeks, two sessions a week, in which the guide's support fades
 * from travelling together to the citizen travelling alone. The sessions fall on the start day and three days later
 * each week (Monday and Thursday for a Monday start) when no times are known; otherwise they are planned within the
 * citizen's and the guide's times and around the public holidays. The coordinator moves or cancels single sessions by
 * logging them.
 */
public final class BusTrainingProgramme {
    public static final int WEEKS = 3;

    /** Days after the start, and the support, of each session. */
    private static final int[] DAY = {0, 3, 7, 10, 14, 17};
    private static final SupportLevel[] SUPPORT = {
            SupportLevel.TRAVEL_TOGETHER, SupportLevel.TRAVEL_TOGETHER,
            SupportLevel.SIT_APART, SupportLevel.FOLLOW_AT_A_DISTANCE,
            SupportLevel.FOLLOW_AT_A_DISTANCE, SupportLevel.TRAVEL_ALONE};

    private BusTrainingProgramme() {
    }

    /** How far ahead a programme is planned before the times given are called too few. */
    static final int HORIZON_DAYS = 120;
    private static final String[] PARTS = {"AM", "PM", "EVE"};
    private static final LocalTime[] PART_START = {LocalTime.of(6, 0), LocalTime.of(12, 0), LocalTime.of(17, 0)};
    private static final LocalTime[] PART_END = {LocalTime.of(12, 0), LocalTime.of(17, 0), LocalTime.of(22, 0)};
    private static final LocalTime[] PART_DEFAULT = {LocalTime.of(10, 0), LocalTime.of(14, 0), LocalTime.of(18, 0)};

    /**
     * The six sessions within the times the citizen and the guide both gave ({@code MON_AM}, {@code TUE_PM} ...; the
     * citizen's alone when they share none; weekdays when neither gave any), never on a Danish public holiday
     * ({@link DanishHolidays}), with a free day between two sessions. A session is at {@code at} when that falls in
     * the day's free part, else at the part's usual time (10.00, 14.00, 18.00).
     */
    public static List<Meeting> sessions(int firstNo, LocalDate startsOn, LocalTime at, String place,
                                         Set<String> citizenSlots, Set<String> guideSlots) {
        Set<String> slots = new HashSet<>(citizenSlots == null ? Set.of() : citizenSlots);
        slots.retainAll(guideSlots == null ? Set.of() : guideSlots);
        if (slots.isEmpty()) {
            slots = new HashSet<>(citizenSlots == null || citizenSlots.isEmpty()
                    ? (guideSlots == null ? Set.of() : guideSlots) : citizenSlots);
        }
        List<Meeting> out = new ArrayList<>();
        LocalDate day = startsOn;
        for (int i = 0; i < SUPPORT.length; i++) {
            LocalTime time = null;
            for (; !day.isAfter(startsOn.plusDays(HORIZON_DAYS)); day = day.plusDays(1)) {
                time = DanishHolidays.isHoliday(day) ? null : timeOn(day, at, slots);
                if (time != null) {
                    break;
                }
            }
            if (time == null) {
                throw ValidationException.single("startsOn", "Der er ikke nok fælles tider til bustræningen de næste 4 måneder.",
                        "The citizen's and the guide's times leave no room for the six sessions within " + HORIZON_DAYS + " days.");
            }
            out.add(new Meeting(firstNo + i, MeetingKind.BUS_TRAINING, day.atTime(time), place, null, i / 2 + 1,
                    SUPPORT[i], MeetingStatus.PLANNED, null, null, null));
            day = day.plusDays(2);
        }
        return out;
    }

    /** The time of a session on {@code day}, or null when the day has no free part. */
    private static LocalTime timeOn(LocalDate day, LocalTime at, Set<String> slots) {
        if (slots.isEmpty()) {
            return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY ? null : at;
        }
        String prefix = day.getDayOfWeek().name().substring(0, 3) + "_";
        LocalTime fallback = null;
        for (int p = 0; p < PARTS.length; p++) {
            if (slots.contains(prefix + PARTS[p])) {
                if (!at.isBefore(PART_START[p]) && at.isBefore(PART_END[p])) {
                    return at;
                }
                fallback = fallback == null ? PART_DEFAULT[p] : fallback;
            }
        }
        return fallback;
    }

    /** The template's days (the start day and three days later, each week), for when no times are known. */
    public static List<Meeting> sessions(int firstNo, LocalDate startsOn, LocalTime at, String place) {
        List<Meeting> out = new ArrayList<>();
        for (int i = 0; i < DAY.length; i++) {
            out.add(new Meeting(firstNo + i, MeetingKind.BUS_TRAINING, startsOn.plusDays(DAY[i]).atTime(at), place, null,
                    DAY[i] / 7 + 1, SUPPORT[i], MeetingStatus.PLANNED, null, null, null));
        }
        return out;
    }
}
