package dk.livsmester.matches;

import dk.livsmester.domain.guides.Disability;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.domain.guides.Meeting;
import dk.livsmester.domain.guides.RequestTiming;
import dk.livsmester.domain.guides.SharingConsent;
import dk.livsmester.domain.guides.TaskType;
import dk.livsmester.domain.support.SupportRelation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A match as its guide sees it: what they need to help (the citizen's first name, the area, the times) and their
 * meetings; the needs text and the disability only if the citizen chose to share them ({@link SharingConsent}), else
 * absent from the answer and named in {@code withheld}; never the score, the other candidates or the request's other
 * fields.
 */
public record GuideMatchView(String id, String guideId, TaskType taskType, MatchStatus status, Instant approvedAt,
                             String citizenFirstName, String area, Set<String> availability, RequestTiming timing,
                             String needs, Disability citizenDisability, List<String> withheld, List<Meeting> meetings) {

    static GuideMatchView of(Match m, GuideRequest q, SharingConsent sharing) {
        boolean needs = sharing != null && sharing.needs();
        boolean disability = sharing != null && sharing.disability();
        return new GuideMatchView(m.id(), m.guideId(), m.taskType(), m.status(), m.approvedAt(),
                SupportRelation.firstName(q.citizenName()), q.area(), q.availability(), q.timing(),
                needs ? q.needs() : null, disability ? q.citizenDisability() : null,
                SharingConsent.withheld(q, sharing), m.meetings());
    }
}
