package dk.livsmester.domain.guides;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EligibilityTest {
    private final MatchScorer scorer = new MatchScorer();

    @Test
    void onlyActiveGuidesWithACapacityAndPlacesToGive_takePart_withThePlacesTheCallerGives() {
        Guide active = Fixtures.guide("a", TaskType.IT, Disability.AUTISM, "Vest", 3);
        Guide paused = withStatus(Fixtures.guide("b", TaskType.IT, Disability.AUTISM, "Vest", 3), GuideStatus.PAUSED);
        Guide noCapacity = Fixtures.guide("c", TaskType.IT, Disability.AUTISM, "Vest", 0);
        Guide heldBack = Fixtures.guide("d", TaskType.IT, Disability.AUTISM, "Vest", 3);
        Eligibility e = Eligibility.of(List.of(), List.of(active, paused, noCapacity, heldBack),
                g -> g.id().equals("d") ? 0 : 2);
        assertEquals(List.of("a"), guideIds(e));
        assertEquals(2, e.places(0));
        assertFalse(Eligibility.takesPart(active, 0));
        assertTrue(Eligibility.takesPart(active, 1));
    }

    @Test
    void guidesAreNumberedInTieBreakOrder_fewerMatchesSoFarFirst_thenById() {
        Set<String> slots = Set.of("MON_AM");
        Guide many = Fixtures.guide("a", Set.of(TaskType.IT), Set.of(Disability.AUTISM), "Vest", slots, 2, 0, 5);
        Guide fewB = Fixtures.guide("b", Set.of(TaskType.IT), Set.of(Disability.AUTISM), "Vest", slots, 2, 0, 1);
        Guide fewA = Fixtures.guide("c", Set.of(TaskType.IT), Set.of(Disability.AUTISM), "Vest", slots, 2, 0, 1);
        Guide none = Fixtures.guide("d", Set.of(TaskType.IT), Set.of(Disability.AUTISM), "Vest", slots, 2, 0, 0);
        Eligibility e = Eligibility.of(List.of(), List.of(many, fewA, none, fewB), Guide::freeCapacity);
        assertEquals(List.of("d", "b", "c", "a"), guideIds(e));
        assertTrue(Eligibility.TIE_BREAK.compare(fewB, fewA) < 0);
    }

    @Test
    void aRequestIsOfferedTheGuidesWithItsTaskOrARelatedOne_inTieBreakOrder_andScoredByTheScorer() {
        Guide bus = Fixtures.guide("a-bus", TaskType.BUS_TRAINING, Disability.AUTISM, "Vest", 2);
        Guide city = Fixtures.guide("b-city", TaskType.CITY_TRAINING, Disability.AUTISM, "Vest", 2);
        Guide it = Fixtures.guide("c-it", TaskType.IT, Disability.AUTISM, "Vest", 2);
        GuideRequest q = Fixtures.request("r", TaskType.BUS_TRAINING, Disability.AUTISM, "Vest");
        Eligibility e = Eligibility.of(List.of(q), List.of(it, city, bus), Guide::freeCapacity);
        assertEquals(List.of("a-bus", "b-city"), offeredIds(e, 0));
        for (int g = 0; g < 2; g++) {
            Candidate expected = scorer.score(q, List.of(bus, city).get(g)).orElseThrow();
            assertEquals(expected.score(), e.score(0, g));
            assertEquals(expected, e.candidate(0, g));
        }
        assertEquals(MatchScorer.TASK, e.candidate(0, 0).scoreParts().get("taskFit"));
        assertEquals(18, e.candidate(0, 1).scoreParts().get("taskFit"));
    }

    @Test
    void aGuideWhoDeclinedTheRequest_mayNotServeIt_butMayServeOthers() {
        Guide a = Fixtures.guide("a", TaskType.SHOPPING, Disability.AUTISM, "Vest", 2);
        GuideRequest declined = withDeclined(Fixtures.request("r1", TaskType.SHOPPING, Disability.AUTISM, "Vest"), "a");
        GuideRequest other = Fixtures.request("r2", TaskType.SHOPPING, Disability.AUTISM, "Vest");
        Eligibility e = Eligibility.of(List.of(declined, other), List.of(a), Guide::freeCapacity);
        assertEquals(-1, e.score(0, 0));
        assertEquals(scorer.score(other, a).orElseThrow().score(), e.score(1, 0));
        int[] guides = new int[1];
        int[] scores = new int[1];
        assertEquals(0, e.scoreServing(0, guides, scores));
        assertEquals(1, e.scoreServing(1, guides, scores));
        assertEquals(e.score(1, 0), scores[0]);
    }

    @Test
    void scoringARequestsGuidesAtOnce_givesWhatScoringThemOneByOneGives() {
        for (long seed = 1; seed <= 50; seed++) {
            RandomPlanningInput in = RandomPlanningInput.of(seed, 20, 12);
            Eligibility e = Eligibility.of(in.requests(), in.guides(), Guide::freeCapacity);
            int[] guides = new int[e.guideCount()];
            int[] scores = new int[e.guideCount()];
            for (int r = 0; r < e.requestCount(); r++) {
                List<String> oneByOne = new ArrayList<>();
                for (int i = 0; i < e.offeringCount(r); i++) {
                    int g = e.offering(r, i);
                    if (e.score(r, g) >= 0) {
                        oneByOne.add(g + ":" + e.score(r, g));
                    }
                }
                List<String> atOnce = new ArrayList<>();
                for (int i = 0, n = e.scoreServing(r, guides, scores); i < n; i++) {
                    atOnce.add(guides[i] + ":" + scores[i]);
                }
                assertEquals(oneByOne, atOnce, "seed " + seed + ", request " + r);
            }
        }
    }

    @Test
    void requestsKeepTheOrderTheyWereGivenIn() {
        GuideRequest r2 = Fixtures.request("r2", TaskType.IT, Disability.AUTISM, "Vest");
        GuideRequest r1 = Fixtures.request("r1", TaskType.IT, Disability.AUTISM, "Vest");
        Eligibility e = Eligibility.of(List.of(r2, r1), List.of(), Guide::freeCapacity);
        assertEquals(2, e.requestCount());
        assertEquals(r2, e.request(0));
        assertEquals(0, e.offeringCount(0));
    }

    static List<String> guideIds(Eligibility e) {
        List<String> out = new ArrayList<>();
        for (int g = 0; g < e.guideCount(); g++) {
            out.add(e.guideId(g));
        }
        return out;
    }

    static List<String> offeredIds(Eligibility e, int r) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < e.offeringCount(r); i++) {
            out.add(e.guideId(e.offering(r, i)));
        }
        return out;
    }

    static Guide withStatus(Guide g, GuideStatus status) {
        return new Guide(g.id(), g.name(), g.kind(), g.taskTypes(), g.disabilityExperience(), g.languages(), g.area(),
                g.availability(), g.capacity(), g.activeMatches(), g.totalMatches(), status, g.account(), g.path(),
                Instant.EPOCH, 0);
    }

    static GuideRequest withDeclined(GuideRequest q, String... guideIds) {
        return new GuideRequest(q.id(), q.citizenName(), q.citizenDisability(), q.needs(), q.taskType(), q.timing(),
                q.sameDisabilityPreferred(), q.area(), q.availability(), null, null, GuideRequestStatus.OPEN, 1,
                Set.of(guideIds), null, null, null, "staff", q.createdAt(), 1, null);
    }
}
