package dk.livsmester.guides;

import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.domain.guides.Meeting;
import dk.livsmester.domain.guides.MeetingKind;
import dk.livsmester.domain.guides.MeetingStatus;
import dk.livsmester.domain.guides.RequestTiming;
import dk.livsmester.domain.guides.SharingConsent;
import dk.livsmester.domain.guides.TaskType;
import dk.livsmester.domain.support.SupportRelation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * A guide request as the citizen it is for, or the person who asked, sees it: what was asked, where it is, and once
 * the coordinator has made the match ({@code guideFound}) and the guide has said yes, the guide's first name and the
 * meetings; and what the citizen chose to let the guide see ({@code sharing}, absent: nothing chosen, nothing shared).
 * Never the other candidates, their scores or the guide's notes.
 */
public record OwnGuideRequest(String id, String status, TaskType taskType, RequestTiming timing, String needs,
                              String area, Set<String> availability, String citizenName, String citizenSubject,
                              String createdBy, Instant createdAt, boolean guideFound, boolean guideSaidYes,
                              String guideFirstName, List<MeetingView> meetings, SharingConsent sharing) {

    /** A meeting as the citizen sees it: when and where, and whether it was held. */
    public record MeetingView(int no, MeetingKind kind, LocalDateTime startsAt, String place, MeetingStatus status) {
        static MeetingView of(Meeting m) {
            return new MeetingView(m.no(), m.kind(), m.startsAt(), m.place(), m.status());
        }
    }

    /** @param match the request's current match (null: none yet); @param guide its guide */
    static OwnGuideRequest of(GuideRequest q, Match match, Guide guide, SharingConsent sharing) {
        boolean found = match != null && (match.status() == MatchStatus.APPROVED || match.status() == MatchStatus.ACCEPTED
                || match.status() == MatchStatus.CLOSED);
        boolean yes = found && match.status() != MatchStatus.APPROVED;
        return new OwnGuideRequest(q.id(), q.status().name(), q.taskType(), q.timing(), q.needs(), q.area(),
                q.availability(), q.citizenName(), q.citizenSubject(), q.createdBy(), q.createdAt(), found, yes,
                yes && guide != null ? SupportRelation.firstName(guide.name()) : null,
                yes ? match.meetings().stream().map(MeetingView::of).toList() : List.of(), sharing);
    }
}
