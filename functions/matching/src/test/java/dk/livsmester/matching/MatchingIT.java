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
        service.propose(msg);
        service.propose(msg);
        service.propose(msg);
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
        service.propose(new EventMessage(EventMessage.GUIDE_REQUEST_OPENED, q.id(), 0, "OPEN", Instant.now()));
        assertEquals(GuideRequestStatus.NO_CANDIDATE, repo.getRequest(q.id()).status());
    }
}
