package dk.livsmester.matching;

import dk.livsmester.domain.guides.AssignmentPlanner;
import dk.livsmester.domain.guides.Candidate;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchScorer;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.platform.events.EventMessage;
import dk.livsmester.platform.store.GuideRepository;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The matching queue's consumer. A new or re-opened request gets the best guide that still has room once the
 * proposals already waiting for the coordinator are counted, so proposals never promise a guide beyond capacity
 * (only an approval takes the place, and the approval is conditional). A matching run plans all waiting requests at
 * once ({@link MatchingRunService}). Idempotent: the match id comes from the request and its round, so a duplicate
 * message proposes nothing new.
 */
@Singleton
public class MatchingService {
    private static final Logger LOG = LoggerFactory.getLogger(MatchingService.class);

    private final GuideRepository repository;
    private final MatchScorer scorer;
    private final MatchingRunService runs;
    private final Clock clock;

    public MatchingService(GuideRepository repository, MatchScorer scorer, MatchingRunService runs, Clock clock) {
        this.repository = repository;
        this.scorer = scorer;
        this.runs = runs;
        this.clock = clock;
    }

    public void handle(EventMessage message) {
        switch (message.type()) {
            case EventMessage.GUIDE_REQUEST_OPENED -> propose(message);
            case EventMessage.MATCHING_RUN_REQUESTED -> runs.execute(message);
            default -> LOG.info("message ignored type={} subjectId={}", message.type(), message.subjectId());
        }
    }

    public void propose(EventMessage message) {
        GuideRequest request = repository.getRequest(message.subjectId());
        if (request.status() != GuideRequestStatus.OPEN || request.round() != message.version()) {
            LOG.info("matching skipped requestId={} status={} round={}", request.id(), request.status(), request.round());
            return;
        }
        List<Guide> guides = repository.guides();
        Map<String, Integer> promised = new HashMap<>();
        for (Match m : repository.allMatches(MatchStatus.PROPOSED)) {
            if (!m.requestId().equals(request.id())) {
                promised.merge(m.guideId(), 1, Integer::sum);
            }
        }
        Map<String, Guide> byId = new HashMap<>();
        guides.forEach(g -> byId.put(g.id(), g));
        List<Candidate> ranked = scorer.rank(request, guides);
        Candidate best = ranked.stream()
                .filter(c -> byId.get(c.guideId()).freeCapacity() - promised.getOrDefault(c.guideId(), 0) > 0)
                .findFirst().orElse(null);
        if (best == null) {
            boolean marked = repository.markRequest(request, request.withStatus(GuideRequestStatus.NO_CANDIDATE));
            LOG.info("no free candidate requestId={} candidates={} new={}", request.id(), ranked.size(), marked);
            return;
        }
        List<Candidate> alternatives = ranked.stream().filter(c -> c != best).limit(AssignmentPlanner.ALTERNATIVES).toList();
        Match match = Match.proposed(request, best, alternatives, null, clock.instant());
        boolean created = repository.propose(match, request, request.withStatus(GuideRequestStatus.PROPOSED));
        LOG.info("match proposed requestId={} matchId={} guideId={} score={} new={}", request.id(), match.id(),
                best.guideId(), best.score(), created);
    }
}
