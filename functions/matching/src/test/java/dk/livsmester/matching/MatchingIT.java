package dk.livsmester.matching;

import dk.livsmester.domain.guides.Disability;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.domain.guides.TaskType;
import dk.livsmester.platform.events.EventMessage;
import dk.livsmester.platform.store.GuideRequestStore;
import dk.livsmester.platform.store.GuideStore;
import dk.livsmester.platform.store.MatchStore;
import dk.livsmester.platform.testing.Guides;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MatchingIT {
    static TestStack stack;
    static GuideStore guideStore;
    static GuideRequestStore requestStore;
    static MatchStore matchStore;
    static MatchingService service;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        guideStore = stack.bean(GuideStore.class);
        requestStore = stack.bean(GuideRequestStore.class);
        matchStore = stack.bean(MatchStore.class);
        service = stack.bean(MatchingService.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void aDuplicateQueueMessage_createsNoSecondProposal() {
        Guide same = Guides.guide(guideStore, TaskType.EXERCISE, Disability.ACQUIRED_BRAIN_INJURY, "Midtbyen", 2);
        Guides.guide(guideStore, TaskType.EXERCISE, Disability.PHYSICAL, "Midtbyen", 2);
        GuideRequest q = Guides.request(requestStore, TaskType.EXERCISE, Disability.ACQUIRED_BRAIN_INJURY, "Midtbyen");
        EventMessage msg = new EventMessage(EventMessage.GUIDE_REQUEST_OPENED, q.id(), 0, "OPEN", Instant.now());
        service.handle(msg);
        service.handle(msg);
        service.handle(msg);
        List<Match> proposals = matchStore.byStatus(MatchStatus.PROPOSED, 100, null).items().stream()
                .filter(m -> m.requestId().equals(q.id())).toList();
        assertEquals(1, proposals.size());
        assertEquals(same.id(), proposals.get(0).guideId(), "same disability preferred and offered");
        assertEquals(GuideRequestStatus.PROPOSED, requestStore.get(q.id()).status());
        assertEquals(proposals.get(0).score(), proposals.get(0).scoreParts().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void withNoGuideOfferingTheTask_theRequestWaitsForTheCoordinator() {
        GuideRequest q = Guides.request(requestStore, TaskType.WISHES_AND_GOALS, Disability.AUTISM, "Langtvæk");
        service.handle(new EventMessage(EventMessage.GUIDE_REQUEST_OPENED, q.id(), 0, "OPEN", Instant.now()));
        assertEquals(GuideRequestStatus.NO_CANDIDATE, requestStore.get(q.id()).status());
    }

    private Match proposalFor(GuideRequest q) {
        GuideRequest now = requestStore.get(q.id());
        return matchStore.find(Match.idFor(q.id(), now.round())).orElseThrow(() -> new AssertionError("no proposal for " + q.id()));
    }

    private void open(GuideRequest q) {
        service.handle(new EventMessage(EventMessage.GUIDE_REQUEST_OPENED, q.id(), q.round(), "OPEN", Instant.now()));
    }

    @Test
    void whenTheSameDisabilityGuideHasNoRoomLeft_theCrossDisabilityGuideIsProposed_aPreferenceNotAFilter() {
        Guide same = Guides.guide(guideStore, TaskType.SHOPPING, Disability.AUTISM, "Tilst", 1);
        Guide cross = Guides.guide(guideStore, TaskType.SHOPPING, Disability.PHYSICAL, "Tilst", 1);
        GuideRequest first = Guides.request(requestStore, TaskType.SHOPPING, Disability.AUTISM, "Tilst");
        GuideRequest second = Guides.request(requestStore, TaskType.SHOPPING, Disability.AUTISM, "Tilst");
        open(first);
        open(second);
        Match a = proposalFor(first);
        Match b = proposalFor(second);
        assertEquals(same.id(), a.guideId());
        assertEquals(15, a.scoreParts().get("disabilityExperience"));
        assertEquals(cross.id(), b.guideId(), "the same-disability guide is promised to the first request");
        assertEquals(3, b.scoreParts().get("disabilityExperience"));
        assertEquals(List.of(same.id()), b.alternatives().stream().map(c -> c.guideId()).toList(),
                "the coordinator can still pick the same-disability guide");
    }

    @Test
    void proposalsWaitingForTheCoordinatorCountAgainstCapacity_soNoGuideIsPromisedBeyondIt() {
        Guide g = Guides.guide(guideStore, TaskType.IT, Disability.AUTISM, "Hasle", 2);
        GuideRequest q1 = Guides.request(requestStore, TaskType.IT, Disability.AUTISM, "Hasle");
        GuideRequest q2 = Guides.request(requestStore, TaskType.IT, Disability.AUTISM, "Hasle");
        GuideRequest q3 = Guides.request(requestStore, TaskType.IT, Disability.AUTISM, "Hasle");
        open(q1);
        open(q2);
        open(q3);
        assertEquals(g.id(), proposalFor(q1).guideId());
        assertEquals(g.id(), proposalFor(q2).guideId());
        assertEquals(GuideRequestStatus.NO_CANDIDATE, requestStore.get(q3.id()).status());
        assertEquals(2, matchStore.all(MatchStatus.PROPOSED).stream().filter(m -> m.guideId().equals(g.id())).count());
    }

    @Test
    void aMessageForAnEarlierRound_proposesNothing() {
        Guides.guide(guideStore, TaskType.EXERCISE, Disability.OTHER, "Brabrand", 2);
        GuideRequest q = Guides.request(requestStore, TaskType.EXERCISE, Disability.OTHER, "Brabrand");
        service.handle(new EventMessage(EventMessage.GUIDE_REQUEST_OPENED, q.id(), 7, "OPEN", Instant.now()));
        assertEquals(GuideRequestStatus.OPEN, requestStore.get(q.id()).status());
        assertTrue(matchStore.find(Match.idFor(q.id(), 0)).isEmpty());
    }
}
