package dk.livsmester.matching;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.guides.AssignmentPlanner;
import dk.livsmester.domain.guides.Candidate;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchScorer;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.platform.events.EventMessage;
import dk.livsmester.platform.store.GuideRequestStore;
import dk.livsmester.platform.store.GuideStore;
import dk.livsmester.platform.store.MatchStore;
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
 * once ({@link MatchingRunExecution}). Idempotent: the match id comes from the request and its round, so a duplicate
 * message proposes nothing new.
 */
@Singleton
public class MatchingService {
    private static final Logger LOG = LoggerFactory.getLogger(MatchingService.class);

    private final GuideStore guides;
    private final GuideRequestStore requests;
    private final MatchStore matches;
    private final MatchScorer scorer;
    private final MatchingRunExecution runs;
    private final Clock clock;

    public MatchingService(GuideStore guides, GuideRequestStore requests, MatchStore matches, MatchScorer scorer,
                           MatchingRunExecution runs, Clock clock) {
        this.guides = guides;
        this.requests = requests;
        this.matches = matches;
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
        GuideRequest request = requests.get(message.subjectId());
        if (request.status() != GuideRequestStatus.OPEN || request.round() != message.version()) {
            LOG.info("matching skipped requestId={} status={} round={}", request.id(), request.status(), request.round());
            return;
        }
        List<Guide> allGuides = guides.all();
        Map<String, Integer> promised = new HashMap<>();
        for (Match m : matches.all(MatchStatus.PROPOSED)) {
            if (!m.requestId().equals(request.id())) {
                promised.merge(m.guideId(), 1, Integer::sum);
            }
        }
        Map<String, Guide> byId = new HashMap<>();
        allGuides.forEach(g -> byId.put(g.id(), g));
        List<Candidate> ranked = scorer.rank(request, allGuides);
        Candidate best = ranked.stream()
                .filter(c -> byId.get(c.guideId()).freeCapacity() - promised.getOrDefault(c.guideId(), 0) > 0)
                .findFirst().orElse(null);
        if (best == null) {
            boolean marked = true;
            try {
                requests.save(request, request.withStatus(GuideRequestStatus.NO_CANDIDATE), List.of());
            } catch (StaleStateException duplicate) {
                marked = false;
            }
            LOG.info("no free candidate requestId={} candidates={} new={}", request.id(), ranked.size(), marked);
            return;
        }
        List<Candidate> alternatives = ranked.stream().filter(c -> c != best).limit(AssignmentPlanner.ALTERNATIVES).toList();
        Match match = Match.proposed(request, best, alternatives, null, clock.instant());
        boolean created = matches.propose(match, request, request.withStatus(GuideRequestStatus.PROPOSED));
        LOG.info("match proposed requestId={} matchId={} guideId={} score={} new={}", request.id(), match.id(),
                best.guideId(), best.score(), created);
    }
}
