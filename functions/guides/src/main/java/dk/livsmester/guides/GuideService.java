package dk.livsmester.guides;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Ids;
import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.guides.AskAgain;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideFigures;
import dk.livsmester.domain.guides.GuideForm;
import dk.livsmester.domain.guides.GuideForms;
import dk.livsmester.domain.guides.GuidePathRules;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestForm;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.GuideStatusChange;
import dk.livsmester.domain.guides.InfoAnswer;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.domain.guides.SharingConsent;
import dk.livsmester.platform.config.TimeZoneConfig;
import dk.livsmester.platform.events.EventMessage;
import dk.livsmester.platform.events.OutboxEvent;
import dk.livsmester.platform.events.Target;
import dk.livsmester.platform.privacy.ReadLog;
import dk.livsmester.platform.store.GuideRequestStore;
import dk.livsmester.platform.store.GuideStore;
import dk.livsmester.platform.store.MatchStore;
import dk.livsmester.platform.store.Page;
import dk.livsmester.platform.store.SharingConsentStore;
import dk.livsmester.platform.store.SupportRelationStore;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The guide registry (profiles and the guides' path) and guide requests: made by staff with the citizen, each new or
 * re-opened request goes on the matching queue through the outbox; the coordinator asks for more information, the
 * staff member answers, and a citizen whose match closed can ask again.
 */
@Singleton
public class GuideService {
    private static final Logger LOG = LoggerFactory.getLogger(GuideService.class);
    /** A path change that lost to an approval or closure on the same guide is re-read and retried this often. */
    static final int ATTEMPTS = 3;

    private final GuideStore guides;
    private final GuideRequestStore requests;
    private final MatchStore matches;
    private final SupportRelationStore support;
    private final ReadLog readLog;
    private final SharingConsentStore sharing;
    private final Clock clock;
    private final ZoneId zone;

    public GuideService(GuideStore guides, GuideRequestStore requests, MatchStore matches, SupportRelationStore support,
                        ReadLog readLog, SharingConsentStore sharing, Clock clock, TimeZoneConfig zone) {
        this.readLog = readLog;
        this.sharing = sharing;
        this.guides = guides;
        this.requests = requests;
        this.matches = matches;
        this.support = support;
        this.clock = clock;
        this.zone = zone.zone();
    }

    public Guide register(Caller caller, GuideForm form) {
        caller.require(Role.COORDINATOR);
        GuideForms.validate(form);
        GuidePathRules.checkStart(form, LocalDate.ofInstant(clock.instant(), zone));
        Guide g = Guide.register(Ids.newId("guide"), form, caller.subject(), clock.instant());
        guides.create(g);
        LOG.info("guide registered guideId={} status={} kind={}", g.id(), g.status(), g.kind());
        return g;
    }

    /** The coordinator edits the profile; the status moves only along the path ({@link #changeStatus}). */
    public Guide updateProfile(Caller caller, String id, GuideForm form) {
        caller.require(Role.COORDINATOR);
        GuideForms.validate(form);
        Guide g = guides.get(id);
        Guide after = g.withProfile(form);
        guides.update(g, after);
        LOG.info("guide profile updated guideId={} capacity={}", g.id(), after.capacity());
        return after;
    }

    /**
     * A move along the guide's path: the coordinator's, or the guide's own pause and resume ("pause me"). A change
     * that lost to a concurrent approval on the same guide is re-read and retried, and the rules checked again.
     */
    public Guide changeStatus(Caller caller, String id, GuideStatusChange change) {
        caller.require(Role.COORDINATOR, Role.GUIDE);
        for (int attempt = 1; ; attempt++) {
            Guide g = guides.get(id);
            boolean self = caller.is(Role.GUIDE);
            if (self && !g.hasAccount(caller.subject())) {
                throw new NotFoundException("guide", id);
            }
            Instant now = clock.instant();
            Guide after = GuidePathRules.change(g, change, self, caller.subject(), LocalDate.ofInstant(now, zone), now);
            if (after == g) {
                return g;
            }
            try {
                guides.update(g, after);
                LOG.info("guide status changed guideId={} from={} to={} byGuide={}", g.id(), g.status(), after.status(), self);
                return after;
            } catch (StaleStateException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    public List<Guide> guides(Caller caller) {
        caller.require(Role.COORDINATOR, Role.TEAM);
        return guides.all();
    }

    public Guide guide(Caller caller, String id) {
        caller.require(Role.COORDINATOR, Role.TEAM, Role.GUIDE);
        Guide g = guides.get(id);
        if (caller.is(Role.GUIDE) && !g.hasAccount(caller.subject())) {
            throw new NotFoundException("guide", id);
        }
        return g;
    }

    /** Made by the citizen, by a contact person for a citizen they support, or by staff. */
    public GuideRequest request(Caller caller, GuideRequestForm form) {
        caller.require(Role.CITIZEN, Role.CONTACT_PERSON, Role.COORDINATOR, Role.TEAM);
        GuideForms.validate(form);
        Instant now = clock.instant();
        GuideRequest q = GuideRequest.open(Ids.newId("req"), form, caller.subject(), citizenOf(caller, form), now);
        // The choice first: a request is never read without it (a crash between leaves a choice no request has).
        sharing.record(SharingConsent.first(q.id(), form.sharing(), caller, now));
        requests.create(q, List.of(opened(q, now)));
        LOG.info("guide request opened requestId={} taskType={}", q.id(), q.taskType());
        return q;
    }

    /**
     * The citizen's own, or the citizen a contact person supports; a citizen the contact person is not linked to is
     * answered as an unknown one would be.
     */
    private String citizenOf(Caller caller, GuideRequestForm form) {
        if (caller.is(Role.CITIZEN)) {
            return caller.subject();
        }
        String citizen = form.citizenSubject();
        if (citizen == null || citizen.isBlank()) {
            return null;
        }
        if (caller.is(Role.CONTACT_PERSON) && !support.supports(caller.subject(), citizen)) {
            throw new NotFoundException("citizen", citizen);
        }
        return citizen.strip();
    }

    /** One request, whole: for staff (their read logged) and the person who asked. */
    public GuideRequest getRequest(Caller caller, String id) {
        GuideRequest q = visible(caller, id);
        logRead(caller, "GET /api/guide-requests/{id}", q);
        return q;
    }

    private void logRead(Caller caller, String route, GuideRequest q) {
        readLog.read(caller, route, ReadLog.GUIDE_REQUEST, q.id(), q.citizenSubject());
    }

    private void logReads(Caller caller, String route, List<GuideRequest> shown) {
        readLog.records(caller, route, ReadLog.GUIDE_REQUEST, shown, GuideRequest::id, GuideRequest::citizenSubject);
    }

    private GuideRequest visible(Caller caller, String id) {
        GuideRequest q = requests.get(id);
        if (!isStaff(caller) && !ownedBy(caller, q)) {
            throw new NotFoundException("guide request", id);
        }
        return q;
    }

    /** The person who asked, the citizen it is for, and a contact person who supports that citizen. */
    private boolean ownedBy(Caller caller, GuideRequest q) {
        return q.createdBy().equals(caller.subject()) || caller.subject().equals(q.citizenSubject())
                || (caller.is(Role.CONTACT_PERSON) && support.supports(caller.subject(), q.citizenSubject()));
    }

    /** One request as its citizen or the person who asked sees it: with the guide's first name once they said yes. */
    public OwnGuideRequest own(Caller caller, String id) {
        return own(visible(caller, id));
    }

    /**
     * A person's guide requests, oldest first: a citizen's, those a person asked for themselves, and a contact
     * person's supported citizens'.
     */
    public List<OwnGuideRequest> mine(Caller caller) {
        caller.require(Role.CITIZEN, Role.CONTACT_PERSON, Role.COORDINATOR, Role.TEAM);
        java.util.Map<String, GuideRequest> found = new java.util.LinkedHashMap<>();
        requests.byPerson(caller.subject()).forEach(q -> found.put(q.id(), q));
        if (caller.is(Role.CONTACT_PERSON)) {
            support.ofContact(caller.subject()).stream().filter(dk.livsmester.domain.support.SupportRelation::active)
                    .forEach(r -> requests.byPerson(r.citizenSubject()).forEach(q -> found.put(q.id(), q)));
        }
        List<GuideRequest> sorted = found.values().stream()
                .sorted(java.util.Comparator.comparing(GuideRequest::createdAt)).toList();
        logReads(caller, "GET /api/guide-requests?mine=true", sorted);
        return sorted.stream().map(this::own).toList();
    }

    private OwnGuideRequest own(GuideRequest q) {
        boolean hasMatch = q.status() == GuideRequestStatus.MATCHED || q.status() == GuideRequestStatus.CLOSED;
        Match m = hasMatch ? matches.find(Match.idFor(q.id(), q.round())).orElse(null) : null;
        return OwnGuideRequest.of(q, m, m == null ? null : guides.find(m.guideId()).orElse(null),
                sharing.current(q.id()).orElse(null));
    }

    /**
     * The coordinator needs more information before matching. A proposal waiting for a decision is superseded in the
     * same transaction, so it cannot be approved while the question is open.
     */
    public GuideRequest askForInfo(Caller caller, String id, String question) {
        caller.require(Role.COORDINATOR);
        GuideForms.validateQuestion(question);
        GuideRequest q = requests.get(id);
        GuideRequest after = q.askForInfo(question, caller.subject(), clock.instant());
        boolean superseded = moveSupersedingProposal(q, after);
        LOG.info("guide request needs info requestId={} supersededProposal={}", q.id(), superseded);
        return after;
    }

    /**
     * The citizen no longer wants a guide: the citizen it is for, who asked, a contact person who supports the
     * citizen, or staff (the coordinator, the team) with them, while it waits (a proposal waiting for the coordinator is superseded in the same
     * transaction). Asked again once withdrawn, it answers as it is.
     */
    public OwnGuideRequest withdraw(Caller caller, String id) {
        GuideRequest q = ownOrStaff(caller, id);
        if (q.status() == GuideRequestStatus.WITHDRAWN) {
            return own(q);
        }
        GuideRequest after = q.withdraw(clock.instant());
        boolean superseded = moveSupersedingProposal(q, after);
        LOG.info("guide request withdrawn requestId={} from={} supersededProposal={} role={}", q.id(), q.status(),
                superseded, caller.role().wireName());
        if (isStaff(caller)) {
            // The answer shows staff the request's contents: a read like any other.
            logRead(caller, "POST /api/guide-requests/{id}/withdraw", after);
        }
        return own(after);
    }

    /** Saves the request's move; a proposal still waiting for the coordinator is superseded with it. */
    private boolean moveSupersedingProposal(GuideRequest q, GuideRequest after) {
        Match proposal = q.status() != GuideRequestStatus.PROPOSED ? null : matches.find(Match.idFor(q.id(), q.round()))
                .filter(m -> m.status() == MatchStatus.PROPOSED).orElse(null);
        if (proposal == null) {
            requests.save(q, after, List.of());
        } else {
            matches.replan(q, after, proposal, proposal.supersede(), null, List.of());
        }
        return proposal != null;
    }

    /** The staff member's answer (with any corrections) puts the request back on the matching queue, next round. */
    public GuideRequest answer(Caller caller, String id, InfoAnswer answer) {
        GuideRequest q = ownOrStaff(caller, id);
        GuideForms.validate(answer);
        Instant now = clock.instant();
        GuideRequest after = q.answer(answer, caller.subject(), now);
        requests.save(q, after, List.of(opened(after, now)));
        LOG.info("guide request answered requestId={} round={}", q.id(), after.round());
        return after;
    }

    /** After a closed match the citizen asks again: a new request, linked both ways, on the matching queue. */
    public GuideRequest askAgain(Caller caller, String id, AskAgain form) {
        GuideRequest previous = ownOrStaff(caller, id);
        GuideForms.validate(form);
        Instant now = clock.instant();
        GuideRequest again = previous.askAgain(Ids.newId("req"), form, caller.subject(), now);
        sharing.current(previous.id()).ifPresent(c -> sharing.record(c.carriedTo(again.id())));
        requests.askAgain(previous, previous.followedBy(again.id()), again, List.of(opened(again, now)));
        LOG.info("guide requested again requestId={} previousRequestId={} taskType={}", again.id(), previous.id(),
                again.taskType());
        return again;
    }

    /** The figures: requests per status, waiting times of those still waiting, and every guide's load. */
    public GuideFigures figures(Caller caller) {
        caller.require(Role.COORDINATOR, Role.TEAM);
        Map<GuideRequestStatus, Long> counts = new EnumMap<>(GuideRequestStatus.class);
        List<GuideRequest> waiting = new ArrayList<>();
        for (GuideRequestStatus s : GuideRequestStatus.values()) {
            if (GuideRequest.WAITING.contains(s)) {
                List<GuideRequest> all = requests.all(s);
                waiting.addAll(all);
                counts.put(s, (long) all.size());
            } else {
                counts.put(s, requests.count(s));
            }
        }
        return GuideFigures.of(counts, waiting, guides.all(), clock.instant());
    }

    /** The coordinator's queue: one status, oldest first, each with how long the citizen has waited. */
    public Page<QueuedRequest> queue(Caller caller, GuideRequestStatus status, int limit, String cursor) {
        caller.require(Role.COORDINATOR);
        Page<GuideRequest> page = requests.byStatus(status, limit, cursor);
        logReads(caller, "GET /api/guide-requests", page.items());
        Instant now = clock.instant();
        return new Page<>(page.items().stream().map(q -> QueuedRequest.of(q, now)).toList(), page.nextCursor());
    }

    private GuideRequest ownOrStaff(Caller caller, String id) {
        caller.require(Role.CITIZEN, Role.CONTACT_PERSON, Role.COORDINATOR, Role.TEAM);
        return visible(caller, id);
    }

    private static boolean isStaff(Caller caller) {
        return caller.role() == Role.COORDINATOR || caller.role() == Role.ADMIN || caller.role() == Role.TEAM;
    }

    private static EventMessage message(GuideRequest q, Instant now) {
        return new EventMessage(EventMessage.GUIDE_REQUEST_OPENED, q.id(), q.round(), q.status().name(), now);
    }

    private static OutboxEvent opened(GuideRequest q, Instant now) {
        return OutboxEvent.of(Target.MATCHING, message(q, now));
    }
}
