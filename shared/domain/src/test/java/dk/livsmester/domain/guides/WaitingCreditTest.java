package dk.livsmester.domain.guides;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The waiting credit: two points a full week, at most twenty, among the score parts; who is served when places are scarce. */
class WaitingCreditTest {
    static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    static GuideRequest request(String id, String area, Instant asked) {
        return request(id, area, "MON_AM", asked);
    }

    static GuideRequest request(String id, String area, String slot, Instant asked) {
        return GuideRequest.builder().id(id).citizenName("Citizen " + id).citizenDisability(Disability.AUTISM).needs("Needs")
                .taskType(TaskType.BUS_TRAINING).timing(RequestTiming.AFTER_MEETING).sameDisabilityPreferred(false)
                .area(area).availability(Set.of(slot)).createdBy("staff").createdAt(asked).build();
    }

    static Guide guide(String area) {
        return new Guide("guide-1", "Guide", GuideKind.PEER, Set.of(TaskType.BUS_TRAINING), Set.of(Disability.AUTISM),
                List.of("da"), area, Set.of("MON_AM"), 1, 0, 0, GuideStatus.ACTIVE, null, null, Instant.EPOCH, 0);
    }

    @Test
    void twoPointsForEachFullWeek_upToTwenty() {
        assertEquals(0, MatchScorer.waitingPoints(NOW.minus(Duration.ofDays(6)), NOW));
        assertEquals(2, MatchScorer.waitingPoints(NOW.minus(Duration.ofDays(7)), NOW));
        assertEquals(6, MatchScorer.waitingPoints(NOW.minus(Duration.ofDays(23)), NOW));
        assertEquals(20, MatchScorer.waitingPoints(NOW.minus(Duration.ofDays(400)), NOW));
        assertEquals(0, MatchScorer.waitingPoints(NOW.minus(Duration.ofDays(30)), null), "no now, no credit");
    }

    @Test
    void theCreditIsAScorePart_andInTheTotal_onlyWhenItCounts() {
        Guide g = guide("Vest");
        Candidate waited = MatchScorer.candidate(g.id(), MatchScorer.RequestKey.of(request("a", "Vest", NOW.minus(Duration.ofDays(21))), NOW),
                MatchScorer.GuideKey.of(g)).orElseThrow();
        Candidate fresh = MatchScorer.candidate(g.id(), MatchScorer.RequestKey.of(request("b", "Vest", NOW), NOW),
                MatchScorer.GuideKey.of(g)).orElseThrow();
        assertEquals(6, waited.scoreParts().get("waiting"));
        assertEquals(fresh.score() + 6, waited.score());
        assertEquals(waited.score(), waited.scoreParts().values().stream().mapToInt(Integer::intValue).sum());
        assertFalse(fresh.scoreParts().containsKey("waiting"), "a request asked today shows no waiting part");
    }

    @Test
    void onePlaceLeft_goesToTheRequestThatHasWaitedLonger_thoughTheNewOneFitsBetter() {
        Guide g = guide("Vest");
        // The old request's time does not suit the guide (0 of 15 availability points); the new one's does.
        GuideRequest old = request("old", "Vest", "TUE_PM", NOW.minus(Duration.ofDays(70)));
        GuideRequest fresh = request("new", "Vest", NOW);
        AssignmentPlanner planner = new AssignmentPlanner();

        AssignmentPlanner.Plan withoutCredit = planner.plan(List.of(old, fresh), List.of(g), Guide::freeCapacity, null);
        AssignmentPlanner.Plan withCredit = planner.plan(List.of(old, fresh), List.of(g), Guide::freeCapacity, NOW);

        assertEquals("new", withoutCredit.assignments().get(0).request().id(), "by fit alone the newcomer wins");
        assertEquals("old", withCredit.assignments().get(0).request().id(), "ten weeks' credit outweighs the better time");
        assertEquals(20, withCredit.assignments().get(0).chosen().scoreParts().get("waiting"));
    }
}
