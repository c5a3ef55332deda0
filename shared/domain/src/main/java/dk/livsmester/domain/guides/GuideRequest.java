package dk.livsmester.domain.guides;

import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.Text;
import dk.livsmester.domain.application.Anonymisation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A staff member's request, made with the citizen, for a peer guide. {@code round} counts how often the request went
 * back in line (a decline, an answered question, a re-plan); the match id is derived from it, so every round can be
 * proposed once. {@code excludedGuideIds} are guides who declined it: they are not proposed for it again.
 * {@code citizenSubject}: the sign-in subject of the citizen it is for (it is theirs, whoever made it), when known.
 * {@code closedAt}: when it ended (closed with its match, or withdrawn); its retention runs from then.
 */
public record GuideRequest(String id, String citizenName, Disability citizenDisability, String needs, TaskType taskType,
                           RequestTiming timing, boolean sameDisabilityPreferred, String area, Set<String> availability,
                           String subGoalText, String subGoalRef, GuideRequestStatus status, int round,
                           Set<String> excludedGuideIds, List<InfoRequest> infoRequests, String previousRequestId,
                           String nextRequestId, String createdBy, Instant createdAt, long version,
                           String citizenSubject, Instant closedAt) {

    /** Statuses in which the citizen is still waiting for a guide. */
    public static final Set<GuideRequestStatus> WAITING = EnumSet.of(GuideRequestStatus.OPEN,
            GuideRequestStatus.NO_CANDIDATE, GuideRequestStatus.PROPOSED, GuideRequestStatus.NEEDS_INFO);
    /** Statuses the matcher plans for: waiting, and not waiting for an answer from staff. */
    public static final Set<GuideRequestStatus> PLANNABLE = EnumSet.of(GuideRequestStatus.OPEN,
            GuideRequestStatus.NO_CANDIDATE, GuideRequestStatus.PROPOSED);

    public GuideRequest {
        availability = availability == null ? Set.of() : Set.copyOf(availability);
        excludedGuideIds = excludedGuideIds == null ? Set.of() : Set.copyOf(excludedGuideIds);
        infoRequests = infoRequests == null ? List.of() : List.copyOf(infoRequests);
        timing = timing == null ? RequestTiming.NOT_LINKED : timing;
    }

    /** A new request from a (validated) form, open in its first round. */
    public static GuideRequest open(String id, GuideRequestForm form, String by, Instant at) {
        return open(id, form, by, null, at);
    }

    /** A new request for the citizen signed in as {@code citizenSubject} (null: not known). */
    public static GuideRequest open(String id, GuideRequestForm form, String by, String citizenSubject, Instant at) {
        return builder().citizenSubject(citizenSubject).id(id).citizenName(form.citizenName().strip()).citizenDisability(form.citizenDisability())
                .needs(form.needs().strip()).taskType(form.taskType()).timing(form.timing())
                .sameDisabilityPreferred(form.sameDisabilityPreferred()).area(form.area().strip())
                .availability(form.availability()).subGoalText(blankToNull(form.subGoalText()))
                .subGoalRef(blankToNull(form.subGoalRef())).status(GuideRequestStatus.OPEN).createdBy(by).createdAt(at)
                .build();
    }

    public boolean waitingForGuide() {
        return WAITING.contains(status);
    }

    public GuideRequest withStatus(GuideRequestStatus next) {
        return next().status(next).build();
    }

    /** Statuses in which a request has ended, and its retention runs from {@code closedAt}. */
    public static final Set<GuideRequestStatus> ENDED = EnumSet.of(GuideRequestStatus.CLOSED,
            GuideRequestStatus.WITHDRAWN);

    /**
     * The citizen no longer wants a guide: only while waiting (a proposal in progress is superseded with it). Once a
     * guide has said yes it is the match that ends, which the coordinator closes with both sides.
     */
    public GuideRequest withdraw(Instant at) {
        if (status == GuideRequestStatus.MATCHED) {
            throw new ConflictException("REQUEST_MATCHED", Text.of(
                    "Du har allerede en guide. Sig det til koordinatoren, så afslutter de forløbet.",
                    "This request has a guide; the coordinator closes the match with both sides instead."));
        }
        if (!WAITING.contains(status)) {
            throw notNow("withdrawn");
        }
        return next().status(GuideRequestStatus.WITHDRAWN).closedAt(at).build();
    }

    /**
     * Closed with its match at {@code at}: nothing more happens to it but a new request asked from it. The match's
     * close decides whether it may (a request read after another closed it is refused by the write's condition).
     */
    public GuideRequest close(Instant at) {
        return next().status(GuideRequestStatus.CLOSED).closedAt(at).build();
    }

    /** The next round in {@code next} status: a new round gets a new match id. */
    public GuideRequest nextRound(GuideRequestStatus next) {
        return next().status(next).round(round + 1).build();
    }

    /** Back in line after the guide declined; that guide is not proposed again for this request. */
    public GuideRequest declinedBy(String guideId) {
        if (status != GuideRequestStatus.MATCHED) {
            throw notNow("re-queued after a decline");
        }
        Set<String> excluded = new HashSet<>(excludedGuideIds);
        excluded.add(guideId);
        return next().status(GuideRequestStatus.OPEN).round(round + 1).excludedGuideIds(excluded).build();
    }

    /** The coordinator needs to know more before matching. A proposal in progress is dropped (its round ends). */
    public GuideRequest askForInfo(String question, String by, Instant at) {
        if (!PLANNABLE.contains(status)) {
            throw notNow("asked about");
        }
        List<InfoRequest> infos = new ArrayList<>(infoRequests);
        infos.add(new InfoRequest(question.strip(), by, at, null, null, null));
        return next().status(GuideRequestStatus.NEEDS_INFO).infoRequests(infos)
                .round(status == GuideRequestStatus.PROPOSED ? round + 1 : round).build();
    }

    /** The answer (and any corrections) puts the request back in line in a new round. */
    public GuideRequest answer(InfoAnswer a, String by, Instant at) {
        if (status != GuideRequestStatus.NEEDS_INFO) {
            throw notNow("answered");
        }
        List<InfoRequest> infos = new ArrayList<>(infoRequests);
        InfoRequest last = infos.remove(infos.size() - 1);
        infos.add(new InfoRequest(last.question(), last.askedBy(), last.askedAt(), a.answer().strip(), by, at));
        Builder b = next().status(GuideRequestStatus.OPEN).round(round + 1).infoRequests(infos);
        if (a.needs() != null && !a.needs().isBlank()) {
            b.needs(a.needs().strip());
        }
        if (a.area() != null && !a.area().isBlank()) {
            b.area(a.area().strip());
        }
        if (a.timing() != null) {
            b.timing(a.timing());
        }
        if (a.sameDisabilityPreferred() != null) {
            b.sameDisabilityPreferred(a.sameDisabilityPreferred());
        }
        if (a.availability() != null) {
            b.availability(a.availability());
        }
        return b.build();
    }

    /** A new request for the same citizen after this one closed; this one remembers it, so it is asked once. */
    public GuideRequest askAgain(String newId, AskAgain a, String by, Instant at) {
        if (status != GuideRequestStatus.CLOSED) {
            throw new ConflictException("REQUEST_NOT_CLOSED", Text.of(
                    "Man kan bede om en guide igen, når det forrige forløb er afsluttet.",
                    "A citizen can ask again once this request's match is closed; it is " + status + "."));
        }
        if (nextRequestId != null) {
            throw new AlreadyAskedAgainException(id, nextRequestId);
        }
        if (isErased()) {
            throw new ConflictException("REQUEST_ERASED", Text.of(
                    "Anmodningen er slettet, fordi den er gammel. Lav en ny anmodning.",
                    "This request has passed its retention and was anonymised; make a new request."));
        }
        return builder().id(newId).citizenSubject(citizenSubject).citizenName(citizenName).citizenDisability(citizenDisability)
                .needs(a.needs() == null || a.needs().isBlank() ? needs : a.needs().strip())
                .taskType(a.taskType() == null ? taskType : a.taskType()).timing(a.timing() == null ? timing : a.timing())
                .sameDisabilityPreferred(sameDisabilityPreferred).area(area)
                .availability(a.availability() == null ? availability : a.availability())
                .subGoalText(a.subGoalText() == null ? subGoalText : a.subGoalText())
                .subGoalRef(a.subGoalRef() == null ? subGoalRef : a.subGoalRef())
                .status(GuideRequestStatus.OPEN).previousRequestId(id).createdBy(by).createdAt(at).build();
    }

    /**
     * The request once its retention has passed ({@link GuideRecordErasure}): its task type, timing, status, rounds and
     * dates stay for the evaluation; who it was for, who made it, the needs, the disability, the area, the times, the
     * sub-goal, the questions and answers, the guides who declined and the links to the citizen's other requests go.
     */
    public GuideRequest erased() {
        return next().citizenName(null).citizenDisability(null).needs(null).sameDisabilityPreferred(false).area(null)
                .availability(Set.of()).subGoalText(null).subGoalRef(null).excludedGuideIds(Set.of())
                .infoRequests(List.of()).previousRequestId(null).nextRequestId(null).createdBy(Anonymisation.ERASED)
                .citizenSubject(null).build();
    }

    /** The citizen's later request once the one it was asked again from is erased: the link back goes. */
    public GuideRequest forgetPrevious() {
        return next().previousRequestId(null).build();
    }

    public boolean isErased() {
        return Anonymisation.ERASED.equals(createdBy);
    }

    public GuideRequest followedBy(String newId) {
        return next().nextRequestId(newId).build();
    }

    private ConflictException notNow(String what) {
        return new ConflictException("ILLEGAL_TRANSITION", Text.of("Anmodningen kan ikke ændres sådan nu.",
                "A guide request in status " + status + " cannot be " + what + "."));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A new request, round 0, version 0: set what it says. */
    public static Builder builder() {
        return new Builder();
    }

    /** A copy with the next version; set what changes. */
    private Builder next() {
        return new Builder(this).version(version + 1);
    }

    /** Every component by name: the one place besides the record's own constructor that lists them all. */
    public static final class Builder {
        private String id;
        private String citizenName;
        private Disability citizenDisability;
        private String needs;
        private TaskType taskType;
        private RequestTiming timing;
        private boolean sameDisabilityPreferred;
        private String area;
        private Set<String> availability;
        private String subGoalText;
        private String subGoalRef;
        private GuideRequestStatus status = GuideRequestStatus.OPEN;
        private int round;
        private Set<String> excludedGuideIds;
        private List<InfoRequest> infoRequests;
        private String previousRequestId;
        private String nextRequestId;
        private String createdBy;
        private Instant createdAt;
        private long version;
        private String citizenSubject;
        private Instant closedAt;

        private Builder() {
        }

        private Builder(GuideRequest q) {
            id = q.id;
            citizenName = q.citizenName;
            citizenDisability = q.citizenDisability;
            needs = q.needs;
            taskType = q.taskType;
            timing = q.timing;
            sameDisabilityPreferred = q.sameDisabilityPreferred;
            area = q.area;
            availability = q.availability;
            subGoalText = q.subGoalText;
            subGoalRef = q.subGoalRef;
            status = q.status;
            round = q.round;
            excludedGuideIds = q.excludedGuideIds;
            infoRequests = q.infoRequests;
            previousRequestId = q.previousRequestId;
            nextRequestId = q.nextRequestId;
            createdBy = q.createdBy;
            createdAt = q.createdAt;
            version = q.version;
            citizenSubject = q.citizenSubject;
            closedAt = q.closedAt;
        }

        public Builder id(String v) { id = v; return this; }
        public Builder citizenName(String v) { citizenName = v; return this; }
        public Builder citizenDisability(Disability v) { citizenDisability = v; return this; }
        public Builder needs(String v) { needs = v; return this; }
        public Builder taskType(TaskType v) { taskType = v; return this; }
        public Builder timing(RequestTiming v) { timing = v; return this; }
        public Builder sameDisabilityPreferred(boolean v) { sameDisabilityPreferred = v; return this; }
        public Builder area(String v) { area = v; return this; }
        public Builder availability(Set<String> v) { availability = v; return this; }
        public Builder subGoalText(String v) { subGoalText = v; return this; }
        public Builder subGoalRef(String v) { subGoalRef = v; return this; }
        public Builder status(GuideRequestStatus v) { status = v; return this; }
        public Builder round(int v) { round = v; return this; }
        public Builder excludedGuideIds(Set<String> v) { excludedGuideIds = v; return this; }
        public Builder infoRequests(List<InfoRequest> v) { infoRequests = v; return this; }
        public Builder previousRequestId(String v) { previousRequestId = v; return this; }
        public Builder nextRequestId(String v) { nextRequestId = v; return this; }
        public Builder createdBy(String v) { createdBy = v; return this; }
        public Builder createdAt(Instant v) { createdAt = v; return this; }
        public Builder version(long v) { version = v; return this; }
        public Builder citizenSubject(String v) { citizenSubject = v; return this; }
        public Builder closedAt(Instant v) { closedAt = v; return this; }

        public GuideRequest build() {
            return new GuideRequest(id, citizenName, citizenDisability, needs, taskType, timing, sameDisabilityPreferred,
                    area, availability, subGoalText, subGoalRef, status, round, excludedGuideIds, infoRequests,
                    previousRequestId, nextRequestId, createdBy, createdAt, version, citizenSubject, closedAt);
        }
    }
}
