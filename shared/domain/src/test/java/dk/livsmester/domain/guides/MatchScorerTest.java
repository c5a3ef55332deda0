package dk.livsmester.domain.guides;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchScorerTest {
    private final MatchScorer scorer = new MatchScorer();

    static Guide guide(String id, Set<TaskType> tasks, Disability d, String area, int active, int capacity, int total) {
        return new Guide(id, "Guide " + id, GuideKind.PEER, tasks, Set.of(d), List.of("da"), area,
                Set.of("MON_AM", "WED_PM"), capacity, active, total, GuideStatus.ACTIVE, null, null, Instant.EPOCH, 0);
    }

    static GuideRequest request(TaskType t, Disability d, boolean samePreferred, String area) {
        return GuideRequest.builder().id("r1").citizenName("Citizen").citizenDisability(d)
                .needs("Vil gerne lære at tage bussen").taskType(t).timing(RequestTiming.AFTER_MEETING)
                .sameDisabilityPreferred(samePreferred).area(area).availability(Set.of("MON_AM")).createdBy("staff")
                .createdAt(Instant.EPOCH).build();
    }

    @Test
    void sameDisability_winsWhenPreferred_butCrossDisabilityIsStillACandidate() {
        Guide autism = guide("a", Set.of(TaskType.BUS_TRAINING), Disability.AUTISM, "Vest", 0, 2, 0);
        Guide brainInjury = guide("b", Set.of(TaskType.BUS_TRAINING), Disability.ACQUIRED_BRAIN_INJURY, "Vest", 0, 2, 0);
        List<Candidate> ranked = scorer.rank(request(TaskType.BUS_TRAINING, Disability.AUTISM, true, "Vest"), List.of(brainInjury, autism));
        assertEquals(List.of("a", "b"), ranked.stream().map(Candidate::guideId).toList());
        assertTrue(ranked.get(0).score() > ranked.get(1).score());
    }

    @Test
    void withoutPreference_crossDisabilityAlmostTies_andAreaCanOutweighIt() {
        Guide sameFar = guide("a", Set.of(TaskType.SHOPPING), Disability.AUTISM, "Nord", 0, 2, 0);
        Guide crossNear = guide("b", Set.of(TaskType.SHOPPING), Disability.PHYSICAL, "Vest", 0, 2, 0);
        List<Candidate> ranked = scorer.rank(request(TaskType.SHOPPING, Disability.AUTISM, false, "Vest"), List.of(sameFar, crossNear));
        assertEquals("b", ranked.get(0).guideId());
    }

    @Test
    void guidesWithoutTheTaskOrWithoutCapacityOrNotActive_areNotCandidates() {
        Guide noTask = guide("a", Set.of(TaskType.IT), Disability.AUTISM, "Vest", 0, 2, 0);
        Guide full = guide("b", Set.of(TaskType.BUS_TRAINING), Disability.AUTISM, "Vest", 2, 2, 3);
        Guide paused = new Guide("c", "C", GuideKind.PEER, Set.of(TaskType.BUS_TRAINING), Set.of(Disability.AUTISM),
                List.of(), "Vest", Set.of(), 2, 0, 0, GuideStatus.PAUSED, null, null, Instant.EPOCH, 0);
        assertEquals(List.of(), scorer.rank(request(TaskType.BUS_TRAINING, Disability.AUTISM, true, "Vest"), List.of(noTask, full, paused)));
    }

    @Test
    void relatedTask_getsHalfTheTaskPoints_andScorePartsAddUp() {
        Guide city = guide("a", Set.of(TaskType.CITY_TRAINING), Disability.AUTISM, "Vest", 1, 2, 4);
        Candidate c = scorer.score(request(TaskType.BUS_TRAINING, Disability.AUTISM, true, "Vest"), city).orElseThrow();
        assertEquals(18, c.scoreParts().get("taskFit"));
        assertEquals(5, c.scoreParts().get("load"));
        assertEquals(1, c.scoreParts().get("rotation"));
        assertEquals(c.score(), c.scoreParts().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void fairRotation_breaksTiesTowardsTheGuideWithFewerMatches() {
        Guide busy = guide("a", Set.of(TaskType.IT), Disability.AUTISM, "Vest", 0, 3, 9);
        Guide fresh = guide("b", Set.of(TaskType.IT), Disability.AUTISM, "Vest", 0, 3, 0);
        assertEquals("b", scorer.rank(request(TaskType.IT, Disability.AUTISM, true, "Vest"), List.of(busy, fresh)).get(0).guideId());
    }

    @Test
    void theFastPointsAndTheShownPartsAgree_onRandomPairs() {
        java.util.Random random = new java.util.Random(42);
        List<Guide> guides = AssignmentPlannerTest.randomGuides(random, 40);
        for (GuideRequest q : AssignmentPlannerTest.randomRequests(random, 40)) {
            for (Guide g : guides) {
                int fast = MatchScorer.points(MatchScorer.RequestKey.of(q), MatchScorer.GuideKey.of(g), null);
                java.util.Optional<Candidate> c = scorer.score(q, g);
                assertEquals(c.map(Candidate::score).orElse(-1), g.canTakeMore() ? fast : -1);
                c.ifPresent(x -> assertEquals(x.score(), x.scoreParts().values().stream().mapToInt(Integer::intValue).sum()));
            }
        }
    }

    @Test
    void areaIsComparedWithoutCaseOrSurroundingSpace() {
        Guide g = guide("a", Set.of(TaskType.IT), Disability.AUTISM, " vest ", 0, 2, 0);
        assertEquals(20, scorer.score(request(TaskType.IT, Disability.AUTISM, true, "Vest"), g).orElseThrow().scoreParts().get("area"));
    }
}
