package dk.livsmester.matches;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.ValidationException;
import dk.livsmester.domain.guides.BusTrainingProgramme;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchForms;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.domain.guides.MeetingPlan;
import dk.livsmester.platform.events.EventMessage;
import dk.livsmester.platform.events.OutboxEvent;
import dk.livsmester.platform.events.Target;
import dk.livsmester.platform.privacy.ReadLog;
import dk.livsmester.platform.store.GuideRequestStore;
import dk.livsmester.platform.store.GuideStore;
import dk.livsmester.platform.config.TimeZoneConfig;
import dk.livsmester.platform.store.MatchStore;
import dk.livsmester.platform.store.Page;
import dk.livsmester.platform.store.SharingConsentStore;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A match from the coordinator's decision to its closure: approve (or pick an alternative), the guide's yes or no (a
 * no puts the request back in line), the first meeting and the meetings agreed at it, a log per meeting, the debrief
 * with the guide, the bus-training programme, and the closure that frees the guide's place. A guide acts on their own
 * matches only (others are "not found"); the coordinator acts on all, also for guides who are reached by phone.
 */
@Singleton
public class MatchService {
    private static final Logger LOG = LoggerFactory.getLogger(MatchService.class);

    private final MatchStore matches;
    private final GuideRequestStore requests;
    private final GuideStore guides;
    private final ReadLog readLog;
    private final SharingConsentStore sharing;
    private final Clock clock;
    private final ZoneId zone;

    public MatchService(MatchStore matches, GuideRequestStore requests, GuideStore guides, ReadLog readLog,
                        SharingConsentStore sharing, Clock clock, TimeZoneConfig zone) {
        this.readLog = readLog;
        this.sharing = sharing;
        this.matches = matches;
        this.requests = requests;
        this.guides = guides;
        this.clock = clock;
        this.zone = zone.zone();
    }

    public Match approve(Caller caller, String matchId, String chosenGuideId) {
        caller.require(Role.COORDINATOR);
        Match match = matches.get(matchId);
        String guideId = chosenGuideId == null || chosenGuideId.isBlank() ? match.guideId() : chosenGuideId;
        if (match.status() == MatchStatus.APPROVED && match.guideId().equals(guideId)) {
            return match;
        }
        Match approved = match.approve(guideId, caller.subject(), clock.instant());
        GuideRequest request = requests.get(match.requestId());
        matches.approve(match, approved, request, request.withStatus(GuideRequestStatus.MATCHED));
        LOG.info("match approved matchId={} guideId={}", match.id(), guideId);
        return approved;
    }

    /** What the match's guide is shown of it (see {@link GuideMatchView}): the optional fields as the citizen chose. */
    public GuideMatchView forGuide(Caller caller, String route, Match m) {
        GuideRequest q = requests.get(m.requestId());
        readLog.read(caller, route, ReadLog.MATCH, m.id(), q.citizenSubject());
        return GuideMatchView.of(m, q, sharing.current(q.id()).orElse(null));
    }

    /**
     * A page of matches as its caller is shown them: the guide's view of each, the coordinator's whole; every match's
     * read logged in one batch (the coordinator's too: the meetings' notes are about the citizen, as on the single
     * read).
     */
    public List<Object> shown(Caller caller, String route, List<Match> page) {
        Map<String, GuideRequest> byId = new HashMap<>();
        requests.findAll(page.stream().map(Match::requestId).distinct().toList()).forEach(q -> byId.put(q.id(), q));
        readLog.records(caller, route, ReadLog.MATCH, page, Match::id,
                m -> byId.containsKey(m.requestId()) ? byId.get(m.requestId()).citizenSubject() : null);
        if (!caller.is(Role.GUIDE)) {
            return List.copyOf(page);
        }
        return page.stream().<Object>map(m -> {
            GuideRequest q = byId.computeIfAbsent(m.requestId(), requests::get);
            return GuideMatchView.of(m, q, sharing.current(q.id()).orElse(null));
        }).toList();
    }

    /** One match; the coordinator's read is logged (its meetings' notes are about the citizen). */
    public Match get(Caller caller, String matchId) {
        Match m = visible(caller, matchId);
        if (!caller.is(Role.GUIDE)) {
            readLog.read(caller, "GET /api/matches/{id}", ReadLog.MATCH, m.id(),
                    requests.find(m.requestId()).map(GuideRequest::citizenSubject).orElse(null));
        }
        return m;
    }

    /** The coordinator sees every match; a guide sees their own (the {@code guideId} filter is then theirs). */
    public Page<Match> list(Caller caller, MatchStatus status, String guideId, int limit, String cursor) {
        caller.require(Role.COORDINATOR, Role.GUIDE);
        String only = guideId;
        if (caller.is(Role.GUIDE)) {
            only = ownGuide(caller).id();
        }
        if (only == null) {
            return matches.byStatus(status, limit, cursor);
        }
        String g = only;
        return new Page<>(matches.all(status).stream().filter(m -> m.guideId().equals(g)).toList(), null);
    }

    public Match accept(Caller caller, String matchId) {
        Match match = visible(caller, matchId);
        if (match.status() == MatchStatus.ACCEPTED) {
            return match;
        }
        Match accepted = match.accept(caller.subject(), clock.instant());
        matches.update(match, accepted);
        LOG.info("match accepted matchId={} guideId={} byGuide={}", match.id(), match.guideId(), caller.is(Role.GUIDE));
        return accepted;
    }

    /** The guide says no: the place is freed and the request goes back in line without this guide, in one write. */
    public Match decline(Caller caller, String matchId) {
        Match match = visible(caller, matchId);
        if (match.status() == MatchStatus.DECLINED) {
            return match;
        }
        Instant now = clock.instant();
        Match declined = match.decline(caller.subject(), now);
        GuideRequest request = requests.get(match.requestId());
        GuideRequest back = request.declinedBy(match.guideId());
        EventMessage reopened = new EventMessage(EventMessage.GUIDE_REQUEST_OPENED, back.id(), back.round(),
                back.status().name(), now);
        matches.decline(match, declined, request, back, List.of(OutboxEvent.of(Target.MATCHING, reopened)));
        LOG.info("match declined matchId={} guideId={} requestId={} round={}", match.id(), match.guideId(), back.id(),
                back.round());
        return declined;
    }

    public Match scheduleFirstMeeting(Caller caller, String matchId, MeetingPlan plan) {
        caller.require(Role.COORDINATOR);
        MatchForms.validateFirst(plan);
        Match match = matches.get(matchId);
        Match after = match.scheduleFirstMeeting(plan);
        matches.update(match, after);
        LOG.info("first meeting scheduled matchId={}", match.id());
        return after;
    }

    public Match agreeMeetings(Caller caller, String matchId, MatchForms.AgreedMeetings form) {
        Match match = visible(caller, matchId);
        MatchForms.validate(form, match.meetings().size());
        Match after = match.agreeMeetings(form.meetings());
        matches.update(match, after);
        LOG.info("meetings agreed matchId={} added={}", match.id(), form.meetings().size());
        return after;
    }

    public Match logMeeting(Caller caller, String matchId, int no, MatchForms.MeetingLog form) {
        Match match = visible(caller, matchId);
        MatchForms.validate(form);
        Instant now = clock.instant();
        if (Boolean.TRUE.equals(form.held())) {
            match.requireBegun(no, now, zone);
        }
        Match after = match.logMeeting(no, form.held(), form.log(), caller.subject(), now);
        matches.update(match, after);
        LOG.info("meeting logged matchId={} meeting={} held={}", match.id(), no, form.held());
        return after;
    }

    public Match debrief(Caller caller, String matchId, MatchForms.DebriefForm form) {
        caller.require(Role.COORDINATOR);
        MatchForms.validate(form);
        Match match = matches.get(matchId);
        Match after = match.debrief(form.notes(), Boolean.TRUE.equals(form.followUpNeeded()), caller.subject(),
                clock.instant());
        matches.update(match, after);
        LOG.info("debrief recorded matchId={} guideId={} followUpNeeded={}", match.id(), match.guideId(),
                after.debrief().followUpNeeded());
        return after;
    }

    public Match planBusTraining(Caller caller, String matchId, MatchForms.BusTrainingForm form) {
        caller.require(Role.COORDINATOR);
        MatchForms.validate(form);
        Match match = matches.get(matchId);
        // Within the times the citizen gave and the guide has, and never on a public holiday.
        Match after = match.planBusTraining(BusTrainingProgramme.sessions(match.nextMeetingNo(), form.startsOn(),
                form.at(), form.place().strip(), requests.get(match.requestId()).availability(),
                guides.get(match.guideId()).availability()));
        matches.update(match, after);
        LOG.info("bus training planned matchId={}", match.id());
        return after;
    }

    /** Closes the match with both sides' feedback; the guide's place is freed in the same transaction. */
    public Match close(Caller caller, String matchId, MatchForms.ClosureForm form) {
        caller.require(Role.COORDINATOR);
        Match match = matches.get(matchId);
        if (match.status() == MatchStatus.CLOSED) {
            return match;
        }
        MatchForms.validate(form);
        Instant now = clock.instant();
        Match closed = match.close(form.citizenFeedback(), form.guideFeedback(), caller.subject(), now);
        GuideRequest request = requests.get(match.requestId());
        matches.close(match, closed, request, request.close(now));
        LOG.info("match closed matchId={} guideId={} requestId={}", match.id(), match.guideId(), match.requestId());
        return closed;
    }

    /** The match if the caller may act on it: the coordinator always, a guide only on their own. */
    private Match visible(Caller caller, String matchId) {
        caller.require(Role.COORDINATOR, Role.GUIDE);
        Match match = matches.get(matchId);
        if (caller.is(Role.GUIDE) && !guides.get(match.guideId()).hasAccount(caller.subject())) {
            throw new NotFoundException("match", matchId);
        }
        return match;
    }

    private Guide ownGuide(Caller caller) {
        return guides.all().stream().filter(g -> g.hasAccount(caller.subject())).findFirst()
                .orElseThrow(() -> ValidationException.single("guideId", "Din bruger er ikke knyttet til en guide.",
                        "Your login is not linked to a guide profile; ask the coordinator."));
    }
}
