package dk.livsmester.domain.guides;

import dk.livsmester.domain.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bus-training sessions within the citizen's and the guide's times, never on a Danish public holiday. */
class BusTrainingPlanTest {
    @Test
    void tuesdayAndThursdayAfternoons_giveSixAfternoonSessions_noneOnASundayOrChristmasEve() {
        // The walk-through: the citizen gave Tuesday and Thursday afternoons, the sessions landed on Sundays and
        // 24 December at 09.30. Started on Sunday 20 December 2026 at 09.30.
        List<Meeting> s = BusTrainingProgramme.sessions(3, LocalDate.of(2026, 12, 20), LocalTime.of(9, 30), "Rådhuspladsen",
                Set.of("TUE_PM", "THU_PM"), Set.of("TUE_PM", "THU_PM", "FRI_PM"));
        assertEquals(6, s.size());
        assertEquals(List.of(LocalDateTime.parse("2026-12-22T14:00"), LocalDateTime.parse("2026-12-29T14:00"),
                LocalDateTime.parse("2027-01-05T14:00"), LocalDateTime.parse("2027-01-07T14:00"),
                LocalDateTime.parse("2027-01-12T14:00"), LocalDateTime.parse("2027-01-14T14:00")),
                s.stream().map(Meeting::startsAt).toList(), "24 and 31 December are skipped; 14.00 in the afternoon");
        assertEquals(List.of(3, 4, 5, 6, 7, 8), s.stream().map(Meeting::no).toList());
        assertEquals(SupportLevel.TRAVEL_TOGETHER, s.get(0).support());
        assertEquals(SupportLevel.TRAVEL_ALONE, s.get(5).support());
    }

    @Test
    void theTimeGivenIsKept_whenItFallsInTheFreePartOfTheDay() {
        List<Meeting> s = BusTrainingProgramme.sessions(1, LocalDate.of(2026, 3, 16), LocalTime.of(8, 30), "Stoppestedet",
                Set.of("MON_AM"), Set.of("MON_AM", "TUE_PM"));
        assertTrue(s.stream().allMatch(m -> m.startsAt().toLocalTime().equals(LocalTime.of(8, 30))));
        assertTrue(s.stream().allMatch(m -> m.startsAt().getDayOfWeek() == DayOfWeek.MONDAY));
        assertFalse(s.stream().anyMatch(m -> m.startsAt().toLocalDate().equals(LocalDate.of(2026, 4, 6))), "not Easter Monday");
    }

    @Test
    void withoutSharedTimes_theCitizensCount_andWithoutAnyTimes_weekdays() {
        List<Meeting> citizens = BusTrainingProgramme.sessions(1, LocalDate.of(2026, 3, 2), LocalTime.of(10, 0), "X",
                Set.of("WED_AM"), Set.of("FRI_PM"));
        assertTrue(citizens.stream().allMatch(m -> m.startsAt().getDayOfWeek() == DayOfWeek.WEDNESDAY));
        List<Meeting> any = BusTrainingProgramme.sessions(1, LocalDate.of(2026, 3, 7), LocalTime.of(10, 0), "X", Set.of(), Set.of());
        assertTrue(any.stream().noneMatch(m -> m.startsAt().getDayOfWeek().getValue() >= 6), "no weekend");
    }

    @Test
    void theDanishPublicHolidays() {
        for (String day : List.of("2026-01-01", "2026-04-02", "2026-04-03", "2026-04-05", "2026-04-06", "2026-05-14",
                "2026-05-24", "2026-05-25", "2026-06-05", "2026-12-24", "2026-12-25", "2026-12-26", "2026-12-31")) {
            assertTrue(DanishHolidays.isHoliday(LocalDate.parse(day)), day);
        }
        assertFalse(DanishHolidays.isHoliday(LocalDate.parse("2026-05-01")), "Store Bededag is gone, 1 May is a workday");
        assertFalse(DanishHolidays.isHoliday(LocalDate.parse("2026-12-22")));
        assertEquals(LocalDate.of(2027, 3, 28), DanishHolidays.easterSunday(2027));
        assertTrue(DanishHolidays.isHoliday(LocalDate.parse("2023-05-05")), "Store Bededag in 2023");
    }

    @Test
    void tooFewTimes_isSaidOnTheStartDate() {
        // Only Christmas Eve's weekday, over and over, is still some Thursdays: make the horizon run out instead.
        assertThrows(ValidationException.class, () -> BusTrainingProgramme.sessions(1, LocalDate.of(2026, 3, 2),
                LocalTime.of(10, 0), "X", Set.of("SUN_XX"), Set.of("SUN_XX")));
    }
}
