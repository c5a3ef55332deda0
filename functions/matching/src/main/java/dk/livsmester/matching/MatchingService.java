package dk.livsmester.matching;

import dk.livsmester.domain.guides.Candidate;
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

import java.util.List;

/**
 * Ranks the guides for an open request and proposes the best, with the next few as alternatives for the coordinator.
 * Idempotent: the match id comes from the request and its round, so a duplicate message proposes nothing new.
 */
@Singleton
public class MatchingService {
    private static final Logger LOG = LoggerFactory.getLogger(MatchingService.class);
    static final int ALTERNATIVES = 5;

    private final GuideRepository repository;
    private final MatchScorer scorer;
    private final java.time.Clock clock;

    public MatchingService(GuideRepository repository, MatchScorer scorer, java.time.Clock clock) {
        this.repository = repository;
        this.scorer = scorer;
        this.clock = clock;
    }

    public void propose(EventMessage message) {
        if (!EventMessage.GUIDE_REQUEST_OPENED.equals(message.type())) {
            return;
        }
        GuideRequest request = repository.getRequest(message.subjectId());
        if (request.status() != GuideRequestStatus.OPEN || request.round() != message.version()) {
            LOG.info("matching skipped requestId={} status={} round={}", request.id(), request.status(), request.round());
            return;
        }
        List<Candidate> ranked = scorer.rank(request, repository.guides());
        if (ranked.isEmpty()) {
            repository.markRequest(request, request.withStatus(GuideRequestStatus.NO_CANDIDATE));
            LOG.info("no candidate requestId={}", request.id());
            return;
        }
        Candidate best = ranked.get(0);
        Match match = Match.proposed(request, best, ranked.subList(1, Math.min(ranked.size(), 1 + ALTERNATIVES)), null,
                clock.instant());
        boolean created = repository.propose(match, request, request.withStatus(GuideRequestStatus.PROPOSED));
        LOG.info("match proposed requestId={} matchId={} guideId={} score={} new={}", request.id(), match.id(),
                best.guideId(), best.score(), created);
    }
}
