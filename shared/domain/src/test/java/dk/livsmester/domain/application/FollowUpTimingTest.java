package dk.livsmester.domain.application;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static dk.livsmester.domain.application.Forms.ZONE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A follow-up is given at its time: not on the day of the grant, from 1 (and 3) months after it. */
class FollowUpTimingTest {
    final FollowUpTiming timing = new FollowUpTiming(Forms.FOURTEEN_DAYS);
    final Instant grantedAt = LocalDate.of(2026, 11, 25).atTime(11, 0).atZone(ZONE).toInstant();

    Application granted() {
        Application app = Forms.submitted(Forms.form(Category.TRANSPORT, "Buskort", 50_000L, null)).review(List.of(), grantedAt);
        return app.decide(new DecisionPolicy(5_000_000).decide(app,
                new DecisionRequest(DecisionOutcome.APPROVED, null, null, null), new Caller("t", "T", Role.TEAM), grantedAt));
    }

    static Instant on(LocalDate day) {
        return day.atTime(9, 0).atZone(ZONE).toInstant();
    }

    FollowUp answer(FollowUp.Milestone m, Instant at) {
        return new FollowUp(m, FollowUp.Answer.HELPED, null, "c", at, 7);
    }

    @Test
    void onTheDayOfTheGrant_theFollowUpIsRefused_withTheDayItOpens() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> timing.record(granted(), answer(FollowUp.Milestone.ONE_MONTH, grantedAt)));
        assertEquals("FOLLOW_UP_NOT_YET", e.code());
        assertTrue(e.text().da().contains("25. december 2026"), e.text().da());
        assertTrue(e.text().en().contains("2026-12-25"), e.text().en());
    }

    @Test
    void fromOneMonthTheFirstIsTaken_butTheThreeMonthOneWaitsForItsOwnDay() {
        Application a = timing.record(granted(), answer(FollowUp.Milestone.ONE_MONTH, on(LocalDate.of(2026, 12, 25))));
        assertEquals(7, a.followUps().get(0).ruler());
        assertThrows(ConflictException.class,
                () -> timing.record(a, answer(FollowUp.Milestone.THREE_MONTHS, on(LocalDate.of(2027, 2, 24)))));
        assertEquals(2, timing.record(a, answer(FollowUp.Milestone.THREE_MONTHS, on(LocalDate.of(2027, 2, 25))))
                .followUps().size());
        assertTrue(timing.isOpen(a, FollowUp.Milestone.ONE_MONTH, on(LocalDate.of(2026, 12, 25))));
        assertTrue(!timing.isOpen(a, FollowUp.Milestone.ONE_MONTH, on(LocalDate.of(2026, 12, 24))));
    }

    @Test
    void theRuler_isOneToTen() {
        assertThrows(dk.livsmester.domain.ValidationException.class,
                () -> new FollowUpForm(FollowUp.Milestone.ONE_MONTH, FollowUp.Answer.HELPED, null, 11).answeredBy("c", grantedAt));
        assertThrows(dk.livsmester.domain.ValidationException.class,
                () -> new FollowUpForm(FollowUp.Milestone.ONE_MONTH, FollowUp.Answer.HELPED, null, 0).answeredBy("c", grantedAt));
        assertEquals(10, new FollowUpForm(FollowUp.Milestone.ONE_MONTH, FollowUp.Answer.HELPED, null, 10)
                .answeredBy("c", grantedAt).ruler());
    }
}
