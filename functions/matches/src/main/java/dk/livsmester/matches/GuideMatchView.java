package dk.livsmester.matches;

import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.domain.guides.Meeting;
import dk.livsmester.domain.guides.RequestTiming;
import dk.livsmester.domain.guides.TaskType;
import dk.livsmester.domain.support.SupportRelation;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A match as its guide sees it: what they need to help (the citizen's first name, the area, the times, the needs the
 * citizen agreed to share) and their meetings; never the score, the other candidates or the request's other fields.
 */
public record GuideMatchView(String id, String guideId, TaskType taskType, MatchStatus status, Instant approvedAt,
                             String citizenFirstName, String area, Set<String> availability, RequestTiming timing,
                             String needs, List<Meeting> meetings) {

    static GuideMatchView of(Match m, GuideRequest q) {
        return new GuideMatchView(m.id(), m.guideId(), m.taskType(), m.status(), m.approvedAt(),
                SupportRelation.firstName(q.citizenName()), q.area(), q.availability(), q.timing(), q.needs(),
                m.meetings());
    }
}
