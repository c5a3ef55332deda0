package dk.livsmester.domain.guides;

import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.Text;
import dk.livsmester.domain.ValidationException;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A pairing of a guide request with a guide: proposed with the parts of its score, approved by the coordinator,
 * accepted or declined by the guide, then its meetings, the debrief after the first one, and its closure.
 * {@code runId} names the matching run that proposed it (absent when the queue message for the request did).
 */
public record Match(String id, String requestId, String guideId, TaskType taskType, int score,
                    Map<String, Integer> scoreParts, List<Candidate> alternatives, MatchStatus status, String runId,
                    Instant proposedAt, String approvedBy, Instant approvedAt, String answeredBy, Instant answeredAt,
                    List<Meeting> meetings, Debrief debrief, Closure closure, long version) {

    public Match {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        meetings = meetings == null ? List.of() : List.copyOf(meetings);
    }

    /** The match id is derived from the request and its round, so a redelivered message cannot propose twice. */
    public static String idFor(String requestId, int round) {
        return "M-" + requestId + "-" + round;
    }

    public static Match proposed(GuideRequest request, Candidate best, List<Candidate> alternatives, String runId,
                                 Instant at) {
        Builder b = new Builder();
        b.id = idFor(request.id(), request.round());
        b.requestId = request.id();
        b.guideId = best.guideId();
        b.taskType = request.taskType();
        b.score = best.score();
        b.scoreParts = best.scoreParts();
        b.alternatives = alternatives;
        b.status = MatchStatus.PROPOSED;
        b.runId = runId;
        b.proposedAt = at;
        return b.build();
    }

    /** The coordinator approves the proposed guide, or one of the listed alternatives instead. */
    public Match approve(String chosenGuideId, String by, Instant at) {
        requireStatus(MatchStatus.PROPOSED, "MATCH_NOT_PROPOSED", "approved");
        String guide = chosenGuideId == null || chosenGuideId.isBlank() ? guideId : chosenGuideId;
        Builder b = next();
        b.status = MatchStatus.APPROVED;
        b.approvedBy = by;
        b.approvedAt = at;
        if (!guide.equals(guideId)) {
            Candidate alt = alternatives.stream().filter(c -> c.guideId().equals(guide)).findFirst()
                    .orElseThrow(() -> ValidationException.single("guideId", "Guiden er ikke blandt forslagene.",
                            "guideId must be the proposed guide or one of the listed alternatives."));
            b.guideId = guide;
            b.score = alt.score();
            b.scoreParts = alt.scoreParts();
        }
        return b.build();
    }

    public Match supersede() {
        requireStatus(MatchStatus.PROPOSED, "MATCH_NOT_PROPOSED", "replaced");
        return withStatus(MatchStatus.SUPERSEDED);
    }

    public Match accept(String by, Instant at) {
        requireStatus(MatchStatus.APPROVED, "MATCH_NOT_APPROVED", "accepted");
        return answered(MatchStatus.ACCEPTED, by, at);
    }

    public Match decline(String by, Instant at) {
        requireStatus(MatchStatus.APPROVED, "MATCH_NOT_APPROVED", "declined");
        return answered(MatchStatus.DECLINED, by, at);
    }

    public Optional<Meeting> firstMeeting() {
        return meetings.stream().filter(m -> m.kind() == MeetingKind.FIRST).findFirst();
    }

    public boolean firstMeetingHeld() {
        return firstMeeting().map(m -> m.status() == MeetingStatus.HELD).orElse(false);
    }

    /** Schedules (or, while it has not taken place, moves) the first meeting, which a staff member facilitates. */
    public Match scheduleFirstMeeting(MeetingPlan plan) {
        requireStatus(MatchStatus.ACCEPTED, "MATCH_NOT_ACCEPTED", "given a first meeting before the guide accepted");
        List<Meeting> ms = new ArrayList<>(meetings);
        Optional<Meeting> first = firstMeeting();
        int no = ms.size() + 1;
        if (first.isPresent()) {
            if (first.get().status() != MeetingStatus.PLANNED) {
                throw new ConflictException("FIRST_MEETING_DONE", Text.of("Det første møde er allerede holdt.",
                        "The first meeting has already been logged; record further meetings instead."));
            }
            no = first.get().no();
            ms.remove(first.get());
        }
        ms.add(new Meeting(no, MeetingKind.FIRST, plan.startsAt(), plan.place().strip(), plan.facilitator().strip(),
                null, null, MeetingStatus.PLANNED, null, null, null));
        ms.sort((a, b) -> Integer.compare(a.no(), b.no()));
        return withMeetings(ms);
    }

    /** The meetings agreed at the first meeting (docs/domain.md section 3.4, step 4). */
    public Match agreeMeetings(List<MeetingPlan> plans) {
        requireFirstMeetingHeld("agreed meetings");
        List<Meeting> ms = new ArrayList<>(meetings);
        for (MeetingPlan p : plans) {
            ms.add(new Meeting(ms.size() + 1, MeetingKind.AGREED, p.startsAt(), p.place() == null ? null : p.place().strip(),
                    null, null, null, MeetingStatus.PLANNED, null, null, null));
        }
        return withMeetings(ms);
    }

    /** The three-week bus-training programme (only for bus-training matches). */
    public Match planBusTraining(List<Meeting> sessions) {
        requireFirstMeetingHeld("a bus-training programme");
        if (taskType != TaskType.BUS_TRAINING) {
            throw new ConflictException("NOT_BUS_TRAINING", Text.of("Forløbet er ikke bustræning.",
                    "Only a bus-training match gets the bus-training programme; this one is " + taskType + "."));
        }
        if (meetings.stream().anyMatch(m -> m.kind() == MeetingKind.BUS_TRAINING)) {
            throw new ConflictException("PROGRAMME_EXISTS", Text.of("Bustræningen er allerede planlagt.",
                    "The bus-training programme is already planned; log or cancel its sessions instead."));
        }
        List<Meeting> ms = new ArrayList<>(meetings);
        ms.addAll(sessions);
        return withMeetings(ms);
    }

    public int nextMeetingNo() {
        return meetings.size() + 1;
    }

    /** After a meeting: whether it was held, and a short log. A meeting is logged once. */
    public Match logMeeting(int no, boolean held, String log, String by, Instant at) {
        requireStatus(MatchStatus.ACCEPTED, "MATCH_NOT_ACCEPTED", "given a meeting log");
        Meeting m = meetings.stream().filter(x -> x.no() == no).findFirst()
                .orElseThrow(() -> new dk.livsmester.domain.NotFoundException("meeting", id + "/" + no));
        if (m.status() != MeetingStatus.PLANNED) {
            throw new ConflictException("MEETING_ALREADY_LOGGED", Text.of("Mødet har allerede en note.",
                    "Meeting " + no + " is already logged as " + m.status() + "."));
        }
        List<Meeting> ms = new ArrayList<>(meetings);
        ms.set(ms.indexOf(m), m.logged(held, log.strip(), by, at));
        return withMeetings(ms);
    }

    /** A meeting cannot be marked as held before it has begun (its start time is local time in {@code zone}). */
    public void requireBegun(int no, Instant now, ZoneId zone) {
        meetings.stream().filter(x -> x.no() == no && x.startsAt() != null)
                .filter(x -> x.startsAt().atZone(zone).toInstant().isAfter(now)).findFirst()
                .ifPresent(x -> {
                    throw new ConflictException("MEETING_NOT_YET", Text.of(
                            "Mødet er ikke begyndt endnu. Skriv noten, når mødet er holdt.",
                            "Meeting " + no + " has not begun yet; it can be marked as held once it has."));
                });
    }

    /** The debrief with the guide after the first meeting (once). */
    public Match debrief(String notes, boolean followUpNeeded, String by, Instant at) {
        requireFirstMeetingHeld("a debrief");
        if (debrief != null) {
            throw new ConflictException("DEBRIEF_EXISTS", Text.of("Guiden er allerede blevet fulgt op.",
                    "The debrief after the first meeting is already recorded."));
        }
        Builder b = next();
        b.debrief = new Debrief(notes.strip(), followUpNeeded, by, at);
        return b.build();
    }

    /** Ends the match with a word from both sides; the guide's capacity is freed by the same write. */
    public Match close(String citizenFeedback, String guideFeedback, String by, Instant at) {
        if (!status.holdsCapacity()) {
            throw new ConflictException("MATCH_NOT_ACTIVE", Text.of("Kun et aktivt match kan afsluttes.",
                    "Only an approved or accepted match can be closed; this one is " + status + "."));
        }
        Builder b = next();
        b.status = MatchStatus.CLOSED;
        b.closure = new Closure(citizenFeedback.strip(), guideFeedback.strip(), by, at);
        return b.build();
    }

    /**
     * The match once its request's retention has passed ({@link GuideRecordErasure}): its guide, task type, status,
     * score and every date stay (the guide's own record and the evaluation count them); the score's parts and the
     * other candidates (they tell the citizen's disability and other guides' scores), the meetings' places,
     * facilitators and logs, the debrief's notes and both sides' closing words go.
     */
    public Match erased() {
        Builder b = next();
        b.scoreParts = Map.of();
        b.alternatives = List.of();
        b.meetings = meetings.stream().map(m -> new Meeting(m.no(), m.kind(), m.startsAt(), null, null, m.week(),
                m.support(), m.status(), null, m.loggedBy(), m.loggedAt())).toList();
        b.debrief = debrief == null ? null : new Debrief(null, debrief.followUpNeeded(), debrief.by(), debrief.at());
        b.closure = closure == null ? null : new Closure(null, null, closure.closedBy(), closure.closedAt());
        return b.build();
    }

    /**
     * When something last happened: the approval, the guide's answer, or the latest meeting that was held (its local
     * start time in {@code zone}).
     */
    public Instant lastActivity(ZoneId zone) {
        Instant last = approvedAt == null ? proposedAt : approvedAt;
        if (answeredAt != null && answeredAt.isAfter(last)) {
            last = answeredAt;
        }
        for (Meeting m : meetings) {
            if (m.status() == MeetingStatus.HELD) {
                Instant held = m.startsAt().atZone(zone).toInstant();
                if (held.isAfter(last)) {
                    last = held;
                }
            }
        }
        return last;
    }

    /** A planned meeting still to come counts as activity: something is agreed. */
    public boolean hasPlannedMeetingAfter(Instant now, ZoneId zone) {
        return meetings.stream().anyMatch(m -> m.status() == MeetingStatus.PLANNED
                && m.startsAt().atZone(zone).toInstant().isAfter(now));
    }

    private Match withMeetings(List<Meeting> ms) {
        Builder b = next();
        b.meetings = ms;
        return b.build();
    }

    private Match withStatus(MatchStatus s) {
        Builder b = next();
        b.status = s;
        return b.build();
    }

    private Match answered(MatchStatus s, String by, Instant at) {
        Builder b = next();
        b.status = s;
        b.answeredBy = by;
        b.answeredAt = at;
        return b.build();
    }

    private void requireFirstMeetingHeld(String what) {
        requireStatus(MatchStatus.ACCEPTED, "MATCH_NOT_ACCEPTED", "given " + what);
        if (!firstMeetingHeld()) {
            throw new ConflictException("FIRST_MEETING_NOT_HELD", Text.of("Det første møde skal være holdt først.",
                    "The first meeting must have been held (and logged) before " + what + "."));
        }
    }

    private void requireStatus(MatchStatus expected, String code, String what) {
        if (status != expected) {
            throw new ConflictException(code, Text.of("Matchet kan ikke ændres sådan nu.",
                    "Only a match in status " + expected + " can be " + what + "; this one is " + status + "."));
        }
    }

    /** A copy with the next version; set what changes. */
    private Builder next() {
        Builder b = new Builder();
        b.id = id;
        b.requestId = requestId;
        b.guideId = guideId;
        b.taskType = taskType;
        b.score = score;
        b.scoreParts = scoreParts;
        b.alternatives = alternatives;
        b.status = status;
        b.runId = runId;
        b.proposedAt = proposedAt;
        b.approvedBy = approvedBy;
        b.approvedAt = approvedAt;
        b.answeredBy = answeredBy;
        b.answeredAt = answeredAt;
        b.meetings = meetings;
        b.debrief = debrief;
        b.closure = closure;
        b.version = version + 1;
        return b;
    }

    /** Every component by name: the one place besides the record's own constructor that lists them all. */
    private static final class Builder {
        private String id;
        private String requestId;
        private String guideId;
        private TaskType taskType;
        private int score;
        private Map<String, Integer> scoreParts;
        private List<Candidate> alternatives;
        private MatchStatus status;
        private String runId;
        private Instant proposedAt;
        private String approvedBy;
        private Instant approvedAt;
        private String answeredBy;
        private Instant answeredAt;
        private List<Meeting> meetings;
        private Debrief debrief;
        private Closure closure;
        private long version;

        private Match build() {
            return new Match(id, requestId, guideId, taskType, score, scoreParts, alternatives, status, runId, proposedAt,
                    approvedBy, approvedAt, answeredBy, answeredAt, meetings, debrief, closure, version);
        }
    }
}
