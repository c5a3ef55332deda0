package dk.livsmester.platform.testing;

import dk.livsmester.domain.Ids;
import dk.livsmester.domain.guides.Candidate;
import dk.livsmester.domain.guides.Disability;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideKind;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.GuideStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.RequestTiming;
import dk.livsmester.domain.guides.TaskType;
import dk.livsmester.platform.store.GuideRequestStore;
import dk.livsmester.platform.store.GuideStore;
import dk.livsmester.platform.store.MatchStore;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Invented guides and requests for tests. */
public final class Guides {
    private Guides() {
    }

    public static Guide guide(GuideStore guides, TaskType task, Disability d, String area, int capacity) {
        Guide g = new Guide(Ids.newId("guide"), "Guide " + area, GuideKind.PEER, Set.of(task), Set.of(d), List.of("da"),
                area, Set.of("MON_AM", "TUE_PM"), capacity, 0, 0, GuideStatus.ACTIVE, null, null, Instant.now(), 0);
        guides.create(g);
        return g;
    }

    public static GuideRequest request(GuideRequestStore requests, TaskType task, Disability d, String area) {
        GuideRequest q = GuideRequest.builder().id(Ids.newId("req")).citizenName("Bo Borger").citizenDisability(d)
                .needs("Vil gerne lære at tage bussen").taskType(task).timing(RequestTiming.AFTER_MEETING)
                .sameDisabilityPreferred(true).area(area).availability(Set.of("MON_AM"))
                .createdBy(TestStack.CONTACT.subject()).createdAt(Instant.now()).build();
        requests.create(q, List.of());
        return q;
    }

    /** A request for {@code task} with a stored proposal of guide {@code g}: what the coordinator approves. */
    public static Match proposed(GuideRequestStore requests, MatchStore matches, Guide g, TaskType task) {
        GuideRequest q = request(requests, task, Disability.AUTISM, "Vest");
        Match m = Match.proposed(q, new Candidate(g.id(), 90, Map.of("taskFit", 35)), List.of(), null, Instant.now());
        matches.propose(m, q, q.withStatus(GuideRequestStatus.PROPOSED));
        return m;
    }
}
