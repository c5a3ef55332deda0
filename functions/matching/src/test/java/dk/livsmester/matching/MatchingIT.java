package dk.livsmester.matching;

import dk.livsmester.domain.guides.Disability;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.domain.guides.TaskType;
import dk.livsmester.platform.events.EventMessage;
import dk.livsmester.platform.store.GuideRepository;
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
    static GuideRepository repo;
    static MatchingService service;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        repo = stack.bean(GuideRepository.class);
        service = stack.bean(MatchingService.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void aDuplicateQueueMessage_createsNoSecondProposal() {
        Guide same = Guides.guide(repo, TaskType.EXERCISE, Disability.ACQUIRED_BRAIN_INJURY, "Midtbyen", 2);
        Guides.guide(repo, TaskType.EXERCISE, Disability.PHYSICAL, "Midtbyen", 2);
        GuideRequest q = Guides.request(repo, TaskType.EXERCISE, Disability.ACQUIRED_BRAIN_INJURY, "Midtbyen");
        EventMessage msg = new EventMessage(EventMessage.GUIDE_REQUEST_OPENED, q.id(), 0, "OPEN", Instant.now());
        service.handle(msg);
        service.handle(msg);
        service.handle(msg);
        List<Match> proposals = repo.matchesByStatus(MatchStatus.PROPOSED, 100, null).items().stream()
                .filter(m -> m.requestId().equals(q.id())).toList();
        assertEquals(1, proposals.size());
        assertEquals(same.id(), proposals.get(0).guideId(), "same disability preferred and offered");
        assertEquals(GuideRequestStatus.PROPOSED, repo.getRequest(q.id()).status());
        assertEquals(proposals.get(0).score(), proposals.get(0).scoreParts().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void withNoGuideOfferingTheTask_theRequestWaitsForTheCoordinator() {
        GuideRequest q = Guides.request(repo, TaskType.WISHES_AND_GOALS, Disability.AUTISM, "Langtvæk");
        service.handle(new EventMessage(EventMessage.GUIDE_REQUEST_OPENED, q.id(), 0, "OPEN", Instant.now()));
        assertEquals(GuideRequestStatus.NO_CANDIDATE, repo.getRequest(q.id()).status());
    }

    private Match proposalFor(GuideRequest q) {
        GuideRequest now = repo.getRequest(q.id());
        return repo.findMatch(Match.idFor(q.id(), now.round())).orElseThrow(() -> new AssertionError("no proposal for " + q.id()));
    }

    private void open(GuideRequest q) {
        service.handle(new EventMessage(EventMessage.GUIDE_REQUEST_OPENED, q.id(), q.round(), "OPEN", Instant.now()));
    }

    @Test
    void whenTheSameDisabilityGuideHasNoRoomLeft_theCrossDisabilityGuideIsProposed_aPreferenceNotAFilter() {
        Guide same = Guides.guide(repo, TaskType.SHOPPING, Disability.AUTISM, "Tilst", 1);
        Guide cross = Guides.guide(repo, TaskType.SHOPPING, Disability.PHYSICAL, "Tilst", 1);
        GuideRequest first = Guides.request(repo, TaskType.SHOPPING, Disability.AUTISM, "Tilst");
        GuideRequest second = Guides.request(repo, TaskType.SHOPPING, Disability.AUTISM, "Tilst");
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
        Guide g = Guides.guide(repo, TaskType.IT, Disability.AUTISM, "Hasle", 2);
        GuideRequest q1 = Guides.request(repo, TaskType.IT, Disability.AUTISM, "Hasle");
        GuideRequest q2 = Guides.request(repo, TaskType.IT, Disability.AUTISM, "Hasle");
        GuideRequest q3 = Guides.request(repo, TaskType.IT, Disability.AUTISM, "Hasle");
        open(q1);
        open(q2);
        open(q3);
        assertEquals(g.id(), proposalFor(q1).guideId());
        assertEquals(g.id(), proposalFor(q2).guideId());
        assertEquals(GuideRequestStatus.NO_CANDIDATE, repo.getRequest(q3.id()).status());
        assertEquals(2, repo.allMatches(MatchStatus.PROPOSED).stream().filter(m -> m.guideId().equals(g.id())).count());
    }

    @Test
    void aMessageForAnEarlierRound_proposesNothing() {
        Guides.guide(repo, TaskType.EXERCISE, Disability.OTHER, "Brabrand", 2);
        GuideRequest q = Guides.request(repo, TaskType.EXERCISE, Disability.OTHER, "Brabrand");
        service.handle(new EventMessage(EventMessage.GUIDE_REQUEST_OPENED, q.id(), 7, "OPEN", Instant.now()));
        assertEquals(GuideRequestStatus.OPEN, repo.getRequest(q.id()).status());
        assertTrue(repo.findMatch(Match.idFor(q.id(), 0)).isEmpty());
    }
}
