package dk.livsmester.platform.testing;

import dk.livsmester.domain.Ids;
import dk.livsmester.domain.guides.Disability;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideKind;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.GuideStatus;
import dk.livsmester.domain.guides.RequestTiming;
import dk.livsmester.domain.guides.TaskType;
import dk.livsmester.platform.store.GuideRepository;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Invented guides and requests for tests. */
public final class Guides {
    private Guides() {
    }

    public static Guide guide(GuideRepository repo, TaskType task, Disability d, String area, int capacity) {
        Guide g = new Guide(Ids.newId("guide"), "Guide " + area, GuideKind.PEER, Set.of(task), Set.of(d), List.of("da"),
                area, Set.of("MON_AM", "TUE_PM"), capacity, 0, 0, GuideStatus.ACTIVE, null, null, Instant.now(), 0);
        repo.createGuide(g);
        return g;
    }

    public static GuideRequest request(GuideRepository repo, TaskType task, Disability d, String area) {
        GuideRequest q = new GuideRequest(Ids.newId("req"), "Bo Borger", d, "Vil gerne lære at tage bussen", task,
                RequestTiming.AFTER_MEETING, true, area, Set.of("MON_AM"), null, null, GuideRequestStatus.OPEN, 0, null,
                null, null, null, TestStack.CONTACT.subject(), Instant.now(), 0);
        repo.createRequest(q, List.of());
        return q;
    }

    /** A request for {@code task} with a stored proposal of guide {@code g}: what the coordinator approves. */
    public static dk.livsmester.domain.guides.Match proposed(GuideRepository repo, Guide g, TaskType task) {
        GuideRequest q = request(repo, task, Disability.AUTISM, "Vest");
        dk.livsmester.domain.guides.Match m = dk.livsmester.domain.guides.Match.proposed(q,
                new dk.livsmester.domain.guides.Candidate(g.id(), 90, java.util.Map.of("taskFit", 35)), List.of(), null,
                Instant.now());
        repo.propose(m, q, q.withStatus(GuideRequestStatus.PROPOSED));
        return m;
    }
}
