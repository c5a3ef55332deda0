package dk.livsmester.domain.notice;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationForm;
import dk.livsmester.domain.application.AnswerWindow;
import dk.livsmester.domain.application.Applicant;
import dk.livsmester.domain.application.Category;
import dk.livsmester.domain.application.CostLine;
import dk.livsmester.domain.application.DecisionOutcome;
import dk.livsmester.domain.application.DecisionPolicy;
import dk.livsmester.domain.application.DecisionRequest;
import dk.livsmester.domain.application.Period;
import dk.livsmester.domain.application.SubGoal;
import dk.livsmester.domain.application.Wish;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 14-day promise's reminder (day 10) and breach, with the clock paused while the team waits for the citizen. */
class DeadlineWatchTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");
    static final AnswerWindow WINDOW = new AnswerWindow(14, ZONE);
    static final DeadlineWatch WATCH = new DeadlineWatch(WINDOW, 10);
    static final LocalDate DAY0 = LocalDate.of(2026, 11, 2);
    final Caller team = new Caller("t", "T", Role.TEAM);

    static Instant day(int n) {
        return DAY0.plusDays(n).atTime(10, 0).atZone(ZONE).toInstant();
    }

    static Application submitted() {
        ApplicationForm f = new ApplicationForm("pool", List.of(new Applicant("A", LocalDate.of(2000, 1, 1), null, null, null, true)),
                null, "Vest", new Wish("Buskort", "x", "y"), new SubGoal("z", "Aktiviteter", 2, 6), Category.TRANSPORT,
                "Buskort", new Period(DAY0.plusDays(20), DAY0.plusMonths(6)), List.of(new CostLine("Buskort", 50_000L, "Midttrafik")),
                false, null, null, true);
        return Application.create("app-d", f, "c", day(0)).submit(day(0), WINDOW).review(List.of(), day(0));
    }

    @Test
    void theReminderComesOnDayTen_andTheBreachAfterTheDueDate_eachWithTheSameOccasion() {
        Application a = submitted();
        assertEquals(DAY0.plusDays(14), a.dueDate());
        assertEquals(Optional.empty(), WATCH.reminder(a, day(9)));
        assertEquals(Optional.of("app-d#" + a.dueDate()), WATCH.reminder(a, day(10)));
        assertEquals(Optional.empty(), WATCH.breach(a, day(14)), "the due date itself is still in time");
        assertEquals(Optional.of("app-d#" + a.dueDate()), WATCH.breach(a, day(15)));
        assertEquals(Optional.empty(), WATCH.reminder(a, day(15)), "past the due date it is a breach, not a reminder");
        assertEquals(1, DeadlineWatch.breachOf(WINDOW, a, day(15)).orElseThrow().daysLate());
    }

    @Test
    void waitingForTheCitizen_stopsTheClock_andADecisionInTimeIsNoBreach() {
        Application a = submitted();
        Application asked = a.decide(new DecisionPolicy(5_000_000).decide(a,
                new DecisionRequest(DecisionOutcome.NEEDS_INFO, null, null, "Mere om delmålet"), team, day(3)));
        assertEquals(Optional.empty(), WATCH.breach(asked, day(20)), "NEEDS_INFO: the team waits for the citizen");
        assertEquals(Optional.empty(), DeadlineWatch.breachOf(WINDOW, asked, day(20)));
        Application back = asked.submit(day(8), WINDOW).review(List.of(), day(8));
        assertEquals(DAY0.plusDays(19), back.dueDate(), "five paused days");
        assertEquals(Optional.of("app-d#" + back.dueDate()), WATCH.reminder(back, day(15)), "a new occasion");
        Application decided = back.decide(new DecisionPolicy(5_000_000).decide(back,
                new DecisionRequest(DecisionOutcome.APPROVED, null, null, null), team, day(18)));
        assertEquals(Optional.empty(), DeadlineWatch.breachOf(WINDOW, decided, day(40)));
        Application late = back.decide(new DecisionPolicy(5_000_000).decide(back,
                new DecisionRequest(DecisionOutcome.APPROVED, null, null, null), team, day(22)));
        DeadlineWatch.Breach b = DeadlineWatch.breachOf(WINDOW, late, day(40)).orElseThrow();
        assertEquals(3, b.daysLate());
        assertEquals(DAY0.plusDays(22), b.decidedOn());
    }

    @Test
    void theReminderDay_fallsInsideTheWindow() {
        assertThrows(IllegalArgumentException.class, () -> new DeadlineWatch(WINDOW, 14));
        assertTrue(new DeadlineWatch(WINDOW, 13).reminderDay() == 13);
    }
}
