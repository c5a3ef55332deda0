package dk.livsmester.domain.guides;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuideRecordErasureTest {
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    static Match closedMatch(GuideRequest q, Instant closedAt) {
        Match m = Match.proposed(q, new Candidate("g1", 80, Map.of("sameDisability", 20)), List.of(new Candidate("g2", 70,
                Map.of())), null, T0).approve(null, "coord", T0).accept("g1", T0)
                .scheduleFirstMeeting(new MeetingPlan(LocalDateTime.of(2026, 3, 2, 10, 0), "Hjemme hos Bo", "Tea"))
                .logMeeting(1, true, "Bo var nervøs", "g1", T0);
        return m.close("Godt", "Fint", "coord", closedAt);
    }

    @Test
    void theClosedRequestAndItsOwnMatchesAndAlerts_only() {
        GuideRequest q = Fixtures.request("r1", TaskType.BUS_TRAINING, Disability.AUTISM, "Vest")
                .withStatus(GuideRequestStatus.MATCHED).close(T0);
        Match own = closedMatch(q, T0);
        Match other = closedMatch(Fixtures.request("r2", TaskType.BUS_TRAINING, Disability.AUTISM, "Vest"), T0);
        Alert ownAlert = new Alert("DEBRIEF-" + own.id(), AlertKind.DEBRIEF_DUE, own.id(), "g1", "r1", T0, 0,
                AlertStatus.OPEN, T0, null, null, null, 0);
        Alert otherAlert = new Alert("DEBRIEF-" + other.id(), AlertKind.DEBRIEF_DUE, other.id(), "g1", "r2", T0, 0,
                AlertStatus.OPEN, T0, null, null, null, 0);

        Alert ownAlertLater = ownAlert.acknowledge("coord", T0);
        GuideRecordErasure e = GuideRecordErasure.of(q, List.of(own, other), List.of(ownAlert, otherAlert, ownAlertLater),
                null);

        assertEquals(List.of(own), e.matchesBefore());
        assertEquals(List.of(ownAlertLater), e.alerts(), "read twice (two status lists): once, at its latest version");
        assertNull(e.successorBefore());
        GuideRequest after = e.requestAfter();
        assertTrue(after.isErased());
        assertNull(after.citizenName());
        assertNull(after.needs());
        assertNull(after.citizenDisability());
        assertEquals(q.version() + 1, after.version(), "written under the version it was read at");
        assertEquals(q.closedAt(), after.closedAt());
        Match m = e.matchesAfter().get(0);
        assertEquals(Map.of(), m.scoreParts(), "the parts tell whether the disability matched");
        assertEquals(List.of(), m.alternatives());
        assertEquals(80, m.score());
        assertNull(m.meetings().get(0).place());
        assertNull(m.meetings().get(0).log());
        assertEquals(MeetingStatus.HELD, m.meetings().get(0).status());
        assertNull(m.closure().citizenFeedback());
        assertEquals(T0, m.closure().closedAt());
    }

    @Test
    void theCitizensLaterRequest_forgetsTheErasedOne() {
        GuideRequest q = Fixtures.request("r1", TaskType.BUS_TRAINING, Disability.AUTISM, "Vest").close(T0);
        GuideRequest next = q.askAgain("r2", new AskAgain(null, null, null, null, null, null), "team", T0);
        GuideRecordErasure e = GuideRecordErasure.of(q.followedBy("r2"), List.of(), List.of(), next);
        assertEquals(next, e.successorBefore());
        assertNull(e.successorAfter().previousRequestId());
        assertEquals(next.needs(), e.successorAfter().needs(), "the later request is the citizen's own, kept");
        assertEquals(next.version() + 1, e.successorAfter().version());
        GuideRequest unrelated = Fixtures.request("r3", TaskType.BUS_TRAINING, Disability.AUTISM, "Vest");
        assertNull(GuideRecordErasure.of(q, List.of(), List.of(), unrelated).successorBefore(), "only the one asked from it");
    }

    @Test
    void onlyAClosedRequest() {
        GuideRequest open = Fixtures.request("r1", TaskType.BUS_TRAINING, Disability.AUTISM, "Vest");
        assertThrows(IllegalArgumentException.class, () -> GuideRecordErasure.of(open, List.of(), List.of(), null));
    }

    @Test
    void theEnd_isTheClosing_orTheLatestMatchClosure_orUnknown() {
        Instant later = T0.plusSeconds(86_400);
        GuideRequest closed = Fixtures.request("r1", TaskType.BUS_TRAINING, Disability.AUTISM, "Vest").close(later);
        assertEquals(Optional.of(later), GuideRecordErasure.endedAt(closed, List.of()));

        // Closed before the request recorded its closing: the match's closure says when.
        GuideRequest old = Fixtures.request("r2", TaskType.BUS_TRAINING, Disability.AUTISM, "Vest")
                .withStatus(GuideRequestStatus.CLOSED);
        assertEquals(Optional.of(later), GuideRecordErasure.endedAt(old, List.of(closedMatch(old, T0),
                closedMatch(old.nextRound(GuideRequestStatus.OPEN), later))));
        assertEquals(Optional.empty(), GuideRecordErasure.endedAt(old, List.of()));
    }
}
