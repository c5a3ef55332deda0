package dk.livsmester.matches;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.Text;
import dk.livsmester.domain.ValidationException;
import dk.livsmester.domain.guides.Candidate;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.platform.store.GuideRepository;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;

/** The coordinator approves a proposal, or picks one of its alternatives instead. */
@Singleton
public class MatchService {
    private static final Logger LOG = LoggerFactory.getLogger(MatchService.class);

    private final GuideRepository repository;
    private final Clock clock;

    public MatchService(GuideRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    public Match approve(Caller caller, String matchId, String chosenGuideId) {
        caller.require(Role.COORDINATOR);
        Match match = repository.getMatch(matchId);
        String guideId = chosenGuideId == null || chosenGuideId.isBlank() ? match.guideId() : chosenGuideId;
        if (match.status() == MatchStatus.APPROVED && match.guideId().equals(guideId)) {
            return match;
        }
        if (match.status() != MatchStatus.PROPOSED) {
            throw new ConflictException("MATCH_NOT_PROPOSED", Text.of("Matchet kan ikke godkendes nu.",
                    "Only a proposed match can be approved; this one is " + match.status() + "."));
        }
        int score = match.score();
        java.util.Map<String, Integer> parts = match.scoreParts();
        if (!guideId.equals(match.guideId())) {
            Candidate alt = match.alternatives().stream().filter(c -> c.guideId().equals(guideId)).findFirst()
                    .orElseThrow(() -> ValidationException.single("guideId", "Guiden er ikke blandt forslagene.",
                            "guideId must be the proposed guide or one of the listed alternatives."));
            score = alt.score();
            parts = alt.scoreParts();
        }
        Instant now = clock.instant();
        GuideRequest request = repository.getRequest(match.requestId());
        Match approved = match.approve(guideId, caller.subject(), now);
        repository.approve(match, approved, request, request.withStatus(GuideRequestStatus.MATCHED));
        LOG.info("match approved matchId={} guideId={}", match.id(), guideId);
        return approved;
    }
}
