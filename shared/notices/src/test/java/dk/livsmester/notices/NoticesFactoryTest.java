package dk.livsmester.notices;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NoticesFactoryTest {
    @Test
    void theConfiguredReminderDay_whenItFitsTheWindow_elseFourDaysBeforeTheDueDate() {
        assertEquals(10, NoticesFactory.reminderDay(14, 10));
        assertEquals(6, NoticesFactory.reminderDay(10, 10), "a ten-day window is reminded on day 6");
        assertEquals(1, NoticesFactory.reminderDay(3, 10));
        assertEquals(1, NoticesFactory.reminderDay(2, 0));
    }
}
