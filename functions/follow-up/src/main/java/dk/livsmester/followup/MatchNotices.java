package dk.livsmester.followup;

import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.domain.guides.Meeting;
import dk.livsmester.domain.guides.MeetingStatus;
import dk.livsmester.domain.notice.Notice;
import dk.livsmester.domain.notice.NoticeKind;
import dk.livsmester.platform.store.GuideRequestStore;
import dk.livsmester.platform.store.GuideStore;
import dk.livsmester.platform.store.MatchStore;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The guides' side, derived from the matches as they stand: an approved proposal asks the guide (with a sign-in of
 * their own) for their yes; their yes tells the staff member who asked for the guide; each planned meeting tells the
 * guide, the citizen and the one who asked. A guide without a sign-in is reached by the coordinator, by phone.
 */
@Singleton
public class MatchNotices {
    private final MatchStore matches;
    private final GuideRequestStore requests;
    private final GuideStore guides;

    public MatchNotices(MatchStore matches, GuideRequestStore requests, GuideStore guides) {
        this.matches = matches;
        this.requests = requests;
        this.guides = guides;
    }

    /** Hands each notice the matches call for to {@code send}; the number of matches looked at. */
    public int run(Instant now, Consumer<Notice> send) {
        List<Match> active = new ArrayList<>(matches.all(MatchStatus.APPROVED));
        active.addAll(matches.all(MatchStatus.ACCEPTED));
        for (Match m : active) {
            Optional<String> guide = guides.find(m.guideId()).map(Guide::account);
            GuideRequest q = requests.find(m.requestId()).orElse(null);
            if (m.status() == MatchStatus.APPROVED) {
                guide.ifPresent(g -> send.accept(Notice.of(NoticeKind.MATCH_PROPOSED, m.id(), g, m.id(),
                        "Du er foreslået som guide. Vil du sige ja?", "You are proposed as a guide. Will you say yes?",
                        "Koordinatoren foreslår dig til en ny borger. Se forslaget og svar.",
                        "The coordinator proposes you for a new citizen. See the proposal and answer.",
                        "/guide.html", now)));
            }
            if (m.status() == MatchStatus.ACCEPTED && q != null && q.createdBy() != null) {
                send.accept(Notice.of(NoticeKind.MATCH_MADE, m.id(), q.createdBy(), q.id(),
                        "Der er fundet en guide.", "A guide has been found.",
                        "Guiden har sagt ja til den anmodning, du sendte.",
                        "The guide said yes to the request you sent.", "/guide-request.html?id=" + q.id(), now));
            }
            for (Meeting meeting : m.meetings()) {
                if (meeting.status() == MeetingStatus.PLANNED && meeting.startsAt() != null) {
                    meetingPlanned(m, meeting, guide, q, now, send);
                }
            }
        }
        return active.size();
    }

    private void meetingPlanned(Match m, Meeting meeting, Optional<String> guide, GuideRequest q, Instant now,
                                Consumer<Notice> send) {
        Set<String> to = new LinkedHashSet<>();
        guide.ifPresent(to::add);
        if (q != null && q.citizenSubject() != null) {
            to.add(q.citizenSubject());
        }
        if (q != null && q.createdBy() != null) {
            to.add(q.createdBy());
        }
        String when = meeting.startsAt().toLocalDate() + " " + meeting.startsAt().toLocalTime();
        for (String recipient : to) {
            send.accept(Notice.of(NoticeKind.MEETING_PLANNED, m.id() + "#" + meeting.no() + "#" + meeting.startsAt(),
                    recipient, m.id(), "Et nyt møde er planlagt: " + when + ".", "A new meeting is planned: " + when + ".",
                    "Mødet er " + when + (meeting.place() == null ? "" : ", " + meeting.place()) + ".",
                    "The meeting is " + when + (meeting.place() == null ? "" : ", " + meeting.place()) + ".",
                    recipient.equals(guide.orElse(null)) ? "/guide.html" : "/index.html", now));
        }
    }
}
