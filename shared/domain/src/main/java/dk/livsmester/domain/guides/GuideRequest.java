package dk.livsmester.domain.guides;

import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.Text;

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
 */
public record GuideRequest(String id, String citizenName, Disability citizenDisability, String needs, TaskType taskType,
                           RequestTiming timing, boolean sameDisabilityPreferred, String area, Set<String> availability,
                           String subGoalText, String subGoalRef, GuideRequestStatus status, int round,
                           Set<String> excludedGuideIds, List<InfoRequest> infoRequests, String previousRequestId,
                           String nextRequestId, String createdBy, Instant createdAt, long version) {

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

    public boolean waitingForGuide() {
        return WAITING.contains(status);
    }

    public GuideRequest withStatus(GuideRequestStatus next) {
        return new GuideRequest(id, citizenName, citizenDisability, needs, taskType, timing, sameDisabilityPreferred,
                area, availability, subGoalText, subGoalRef, next, round, excludedGuideIds, infoRequests,
                previousRequestId, nextRequestId, createdBy, createdAt, version + 1);
    }

    /** The next round in {@code next} status: a new round gets a new match id. */
    public GuideRequest nextRound(GuideRequestStatus next) {
        return new GuideRequest(id, citizenName, citizenDisability, needs, taskType, timing, sameDisabilityPreferred,
                area, availability, subGoalText, subGoalRef, next, round + 1, excludedGuideIds, infoRequests,
                previousRequestId, nextRequestId, createdBy, createdAt, version + 1);
    }

    /** Back in line after the guide declined; that guide is not proposed again for this request. */
    public GuideRequest declinedBy(String guideId) {
        if (status != GuideRequestStatus.MATCHED) {
            throw notNow("re-queued after a decline");
        }
        Set<String> excluded = new HashSet<>(excludedGuideIds);
        excluded.add(guideId);
        return new GuideRequest(id, citizenName, citizenDisability, needs, taskType, timing, sameDisabilityPreferred,
                area, availability, subGoalText, subGoalRef, GuideRequestStatus.OPEN, round + 1, excluded, infoRequests,
                previousRequestId, nextRequestId, createdBy, createdAt, version + 1);
    }

    /** The coordinator needs to know more before matching. A proposal in progress is dropped (its round ends). */
    public GuideRequest askForInfo(String question, String by, Instant at) {
        if (!PLANNABLE.contains(status)) {
            throw notNow("asked about");
        }
        List<InfoRequest> infos = new ArrayList<>(infoRequests);
        infos.add(new InfoRequest(question.strip(), by, at, null, null, null));
        return new GuideRequest(id, citizenName, citizenDisability, needs, taskType, timing, sameDisabilityPreferred,
                area, availability, subGoalText, subGoalRef, GuideRequestStatus.NEEDS_INFO,
                status == GuideRequestStatus.PROPOSED ? round + 1 : round, excludedGuideIds, infos,
                previousRequestId, nextRequestId, createdBy, createdAt, version + 1);
    }

    /** The answer (and any corrections) puts the request back in line in a new round. */
    public GuideRequest answer(InfoAnswer a, String by, Instant at) {
        if (status != GuideRequestStatus.NEEDS_INFO) {
            throw notNow("answered");
        }
        List<InfoRequest> infos = new ArrayList<>(infoRequests);
        InfoRequest last = infos.remove(infos.size() - 1);
        infos.add(new InfoRequest(last.question(), last.askedBy(), last.askedAt(), a.answer().strip(), by, at));
        return new GuideRequest(id, citizenName, citizenDisability,
                a.needs() == null || a.needs().isBlank() ? needs : a.needs().strip(), taskType,
                a.timing() == null ? timing : a.timing(),
                a.sameDisabilityPreferred() == null ? sameDisabilityPreferred : a.sameDisabilityPreferred(),
                a.area() == null || a.area().isBlank() ? area : a.area().strip(),
                a.availability() == null ? availability : a.availability(), subGoalText, subGoalRef,
                GuideRequestStatus.OPEN, round + 1, excludedGuideIds, infos, previousRequestId, nextRequestId,
                createdBy, createdAt, version + 1);
    }

    /** A new request for the same citizen after this one closed; this one remembers it, so it is asked once. */
    public GuideRequest askAgain(String newId, AskAgain a, String by, Instant at) {
        if (status != GuideRequestStatus.CLOSED) {
            throw new ConflictException("REQUEST_NOT_CLOSED", Text.of(
                    "Man kan bede om en guide igen, når det forrige forløb er afsluttet.",
                    "A citizen can ask again once this request's match is closed; it is " + status + "."));
        }
        if (nextRequestId != null) {
            throw new ConflictException("ALREADY_ASKED_AGAIN", Text.of("Der er allerede bedt om en ny guide.",
                    "A new request was already made from this one: " + nextRequestId + "."));
        }
        return new GuideRequest(newId, citizenName, citizenDisability,
                a.needs() == null || a.needs().isBlank() ? needs : a.needs().strip(),
                a.taskType() == null ? taskType : a.taskType(), a.timing() == null ? timing : a.timing(),
                sameDisabilityPreferred, area, a.availability() == null ? availability : a.availability(),
                a.subGoalText() == null ? subGoalText : a.subGoalText(), a.subGoalRef() == null ? subGoalRef : a.subGoalRef(),
                GuideRequestStatus.OPEN, 0, Set.of(), List.of(), id, null, by, at, 0);
    }

    public GuideRequest followedBy(String newId) {
        return new GuideRequest(id, citizenName, citizenDisability, needs, taskType, timing, sameDisabilityPreferred,
                area, availability, subGoalText, subGoalRef, status, round, excludedGuideIds, infoRequests,
                previousRequestId, newId, createdBy, createdAt, version + 1);
    }

    private ConflictException notNow(String what) {
        return new ConflictException("ILLEGAL_TRANSITION", Text.of("Anmodningen kan ikke ændres sådan nu.",
                "A guide request in status " + status + " cannot be " + what + "."));
    }
}
