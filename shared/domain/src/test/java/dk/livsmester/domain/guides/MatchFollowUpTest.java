package dk.livsmester.domain.guides;

import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchFollowUpTest {
    static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    static Match proposed(TaskType task) {
        GuideRequest q = Fixtures.request("r1", task, Disability.AUTISM, "Vest");
        Candidate best = new Candidate("g1", 90, Map.of("taskFit", 35));
        Candidate alt = new Candidate("g2", 70, Map.of("taskFit", 18));
        return Match.proposed(q, best, List.of(alt), null, T0);
    }

    static Match accepted(TaskType task) {
        return proposed(task).approve(null, "coord", T0).accept("guide-g1", T0.plusSeconds(3600));
    }

    static MeetingPlan at(String when) {
        return new MeetingPlan(LocalDateTime.parse(when), "Biblioteket", "Sara Staff");
    }

    static Match firstHeld(TaskType task) {
        return accepted(task).scheduleFirstMeeting(at("2026-03-05T10:00")).logMeeting(1, true, "Godt første møde", "coord", T0);
    }

    @Test
    void theCoordinatorMayPickAListedAlternative_andNoOtherGuide() {
        Match m = proposed(TaskType.IT).approve("g2", "coord", T0);
        assertEquals("g2", m.guideId());
        assertEquals(70, m.score());
        assertThrows(ValidationException.class, () -> proposed(TaskType.IT).approve("g9", "coord", T0));
    }

    @Test
    void theGuideAnswersOnlyAnApprovedMatch() {
        assertEquals("MATCH_NOT_APPROVED", assertThrows(ConflictException.class,
                () -> proposed(TaskType.IT).accept("g", T0)).code());
        Match declined = proposed(TaskType.IT).approve(null, "coord", T0).decline("guide-g1", T0);
        assertEquals(MatchStatus.DECLINED, declined.status());
        assertThrows(ConflictException.class, () -> declined.accept("g", T0));
        assertTrue(!declined.status().holdsCapacity());
    }

    @Test
    void theFirstMeeting_needsTheGuidesYes_canBeMovedUntilHeld_andIsLoggedOnce() {
        assertEquals("MATCH_NOT_ACCEPTED", assertThrows(ConflictException.class,
                () -> proposed(TaskType.IT).approve(null, "c", T0).scheduleFirstMeeting(at("2026-03-05T10:00"))).code());
        Match m = accepted(TaskType.IT).scheduleFirstMeeting(at("2026-03-05T10:00")).scheduleFirstMeeting(at("2026-03-06T13:00"));
        assertEquals(1, m.meetings().size());
        assertEquals(LocalDateTime.parse("2026-03-06T13:00"), m.firstMeeting().orElseThrow().startsAt());
        assertEquals("Sara Staff", m.firstMeeting().orElseThrow().facilitator());
        Match held = m.logMeeting(1, true, "Vi aftalte tre møder", "coord", T0);
        assertEquals(MeetingStatus.HELD, held.firstMeeting().orElseThrow().status());
        assertEquals("MEETING_ALREADY_LOGGED", assertThrows(ConflictException.class,
                () -> held.logMeeting(1, false, "igen", "coord", T0)).code());
        assertEquals("FIRST_MEETING_DONE", assertThrows(ConflictException.class,
                () -> held.scheduleFirstMeeting(at("2026-04-01T10:00"))).code());
    }

    @Test
    void meetingsAreAgreedAtTheFirstMeeting_soOnlyAfterItWasHeld() {
        Match scheduled = accepted(TaskType.VISITING_FRIEND).scheduleFirstMeeting(at("2026-03-05T10:00"));
        MeetingPlan later = new MeetingPlan(LocalDateTime.parse("2026-03-12T10:00"), "Caféen", null);
        assertEquals("FIRST_MEETING_NOT_HELD", assertThrows(ConflictException.class,
                () -> scheduled.agreeMeetings(List.of(later))).code());
        Match agreed = firstHeld(TaskType.VISITING_FRIEND).agreeMeetings(List.of(later,
                new MeetingPlan(LocalDateTime.parse("2026-03-19T10:00"), null, null)));
        assertEquals(List.of(1, 2, 3), agreed.meetings().stream().map(Meeting::no).toList());
        assertEquals(MeetingKind.AGREED, agreed.meetings().get(2).kind());
    }

    @Test
    void busTraining_isThreeWeeksOfSessions_whoseSupportFadesToTravellingAlone() {
        Match m = firstHeld(TaskType.BUS_TRAINING);
        List<Meeting> sessions = BusTrainingProgramme.sessions(m.nextMeetingNo(), LocalDate.of(2026, 3, 9),
                LocalTime.of(8, 30), "Busstoppestedet ved Rådhuset");
        Match planned = m.planBusTraining(sessions);
        List<Meeting> bus = planned.meetings().stream().filter(x -> x.kind() == MeetingKind.BUS_TRAINING).toList();
        assertEquals(6, bus.size());
        assertEquals(List.of(1, 1, 2, 2, 3, 3), bus.stream().map(Meeting::week).toList());
        assertEquals(SupportLevel.TRAVEL_TOGETHER, bus.get(0).support());
        assertEquals(SupportLevel.TRAVEL_ALONE, bus.get(5).support());
        for (int i = 1; i < bus.size(); i++) {
            assertTrue(bus.get(i).support().ordinal() >= bus.get(i - 1).support().ordinal(), "support only fades");
            assertTrue(bus.get(i).startsAt().isAfter(bus.get(i - 1).startsAt()));
        }
        assertTrue(Duration.between(bus.get(0).startsAt(), bus.get(5).startsAt()).toDays() < 21, "within three weeks");
        assertEquals("PROGRAMME_EXISTS", assertThrows(ConflictException.class, () -> planned.planBusTraining(sessions)).code());
        assertEquals("NOT_BUS_TRAINING", assertThrows(ConflictException.class,
                () -> firstHeld(TaskType.IT).planBusTraining(sessions)).code());
    }

    @Test
    void theDebrief_followsTheFirstMeeting_once() {
        assertEquals("FIRST_MEETING_NOT_HELD", assertThrows(ConflictException.class,
                () -> accepted(TaskType.IT).debrief("ok", false, "coord", T0)).code());
        Match d = firstHeld(TaskType.IT).debrief("Guiden var glad, men træt bagefter", true, "coord", T0);
        assertTrue(d.debrief().followUpNeeded());
        assertThrows(ConflictException.class, () -> d.debrief("igen", false, "coord", T0));
    }

    @Test
    void closing_needsAnActiveMatch_andKeepsBothSidesFeedback() {
        Match closed = firstHeld(TaskType.IT).close("Det hjalp mig", "Det var lærerigt", "coord", T0);
        assertEquals(MatchStatus.CLOSED, closed.status());
        assertEquals("Det hjalp mig", closed.closure().citizenFeedback());
        assertEquals("MATCH_NOT_ACTIVE", assertThrows(ConflictException.class,
                () -> closed.close("a", "b", "coord", T0)).code());
        assertThrows(ConflictException.class, () -> proposed(TaskType.IT).close("a", "b", "coord", T0));
    }

    @Test
    void inactivity_isRaisedAfterTheConfiguredDays_notBefore_andNotWhileAMeetingIsPlannedAhead() {
        FollowUpRules rules = new FollowUpRules(14, CPH);
        Match m = accepted(TaskType.IT); // last activity: the guide's yes, T0 + 1 h
        assertEquals(List.of(), rules.alertsFor(m, T0.plus(Duration.ofDays(13))));
        List<Alert> alerts = rules.alertsFor(m, T0.plus(Duration.ofDays(15)));
        assertEquals(1, alerts.size());
        assertEquals(AlertKind.INACTIVE_MATCH, alerts.get(0).kind());
        assertEquals(14, alerts.get(0).daysWithoutMeeting());
        assertEquals(alerts.get(0).id(), rules.alertsFor(m, T0.plus(Duration.ofDays(20))).get(0).id(),
                "the same quiet spell keeps the same alert id");
        Match planned = m.scheduleFirstMeeting(at("2026-04-01T10:00"));
        assertEquals(List.of(), rules.alertsFor(planned, T0.plus(Duration.ofDays(15))), "a meeting is planned ahead");
        assertEquals(1, rules.alertsFor(planned, T0.plus(Duration.ofDays(40))).size(), "the planned meeting passed unlogged");
        assertEquals(1, new FollowUpRules(3, CPH).alertsFor(m, T0.plus(Duration.ofDays(4))).size(), "configurable");
    }

    @Test
    void aHeldMeetingResetsTheClock_andAFirstMeetingWithoutDebriefCallsForOne() {
        FollowUpRules rules = new FollowUpRules(14, CPH);
        Match held = firstHeld(TaskType.IT); // held 2026-03-05 10:00 local
        Instant day10 = LocalDateTime.parse("2026-03-15T10:00").atZone(CPH).toInstant();
        List<Alert> alerts = rules.alertsFor(held, day10);
        assertEquals(List.of(AlertKind.DEBRIEF_DUE), alerts.stream().map(Alert::kind).toList());
        Match debriefed = held.debrief("fint", false, "coord", day10);
        assertEquals(List.of(), rules.alertsFor(debriefed, day10));
        Instant day20 = LocalDateTime.parse("2026-03-25T10:00").atZone(CPH).toInstant();
        assertEquals("INACTIVE-" + held.id() + "-20260305", rules.alertsFor(debriefed, day20).get(0).id());
        assertEquals(List.of(), rules.alertsFor(debriefed.close("a", "b", "c", day20), day20.plus(Duration.ofDays(60))),
                "a closed match raises nothing");
    }
}
