package dk.livsmester.domain.guides;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * The days nobody is asked to train on the bus in Denmark: the public holidays (helligdage: New Year's Day, Maundy
 * Thursday, Good Friday, Easter Sunday and Monday, Ascension Day, Whit Sunday and Monday, Christmas Day and Boxing
 * Day; Store Bededag was abolished from 2024) and the days most have off (Constitution Day, Christmas Eve and New
 * Year's Eve).
 */
public final class DanishHolidays {
    private static final Set<MonthDay> FIXED = Set.of(MonthDay.of(1, 1), MonthDay.of(6, 5), MonthDay.of(12, 24),
            MonthDay.of(12, 25), MonthDay.of(12, 26), MonthDay.of(12, 31));
    /** Days after Easter Sunday. */
    private static final int[] FROM_EASTER = {-3, -2, 0, 1, 39, 49, 50};

    private DanishHolidays() {
    }

    public static boolean isHoliday(LocalDate day) {
        if (FIXED.contains(MonthDay.from(day))) {
            return true;
        }
        LocalDate easter = easterSunday(day.getYear());
        for (int d : FROM_EASTER) {
            if (easter.plusDays(d).equals(day)) {
                return true;
            }
        }
        return day.getYear() < 2024 && easter.plusDays(26).equals(day); // Store Bededag, until 2023
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
