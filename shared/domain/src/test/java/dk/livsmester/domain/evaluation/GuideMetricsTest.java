package dk.livsmester.domain.evaluation;

import dk.livsmester.domain.guides.Disability;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideKind;
import dk.livsmester.domain.guides.GuidePath;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.domain.guides.Meeting;
import dk.livsmester.domain.guides.MeetingKind;
import dk.livsmester.domain.guides.MeetingStatus;
import dk.livsmester.domain.guides.RequestTiming;
import dk.livsmester.domain.guides.TaskType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dk.livsmester.domain.evaluation.Cases.D0;
import static dk.livsmester.domain.evaluation.Cases.WINDOW;
import static dk.livsmester.domain.evaluation.Cases.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

class GuideMetricsTest {
    static Guide guide(String id, String cohort, GuideStatus status, LocalDate recordSeen, LocalDate ocn,
                       List<GuidePath.StatusChange> history) {
        return new Guide(id, "Guide " + id, GuideKind.PEER, Set.of(TaskType.IT), Set.of(), List.of("da"), "Vest",
                Set.of("MON_AM"), 2, 0, 0, status, null, new GuidePath(recordSeen, null, cohort, ocn, history), Instant.EPOCH, 0);
    }

    static GuideRequest request(String id, TaskType t, int day) {
        return GuideRequest.builder().id(id).citizenName("Borger " + id).citizenDisability(Disability.AUTISM).needs("Hjælp")
                .taskType(t).timing(RequestTiming.AFTER_MEETING).area("Vest").availability(Set.of("MON_AM"))
                .createdBy("staff").createdAt(at(D0.plusDays(day))).build();
    }

    static Meeting session(int no, MeetingKind kind, MeetingStatus status) {
        return new Meeting(no, kind, D0.atTime(10, 0), "Banegården", null, kind == MeetingKind.BUS_TRAINING ? 1 : null, null,
                status, null, null, null);
    }

    static Match match(String id, String requestId, TaskType t, MatchStatus status, List<Meeting> meetings) {
        return new Match(id, requestId, "g1", t, 80, Map.of(), List.of(), status, null, Instant.EPOCH, null, null, null,
                null, meetings, null, null, 0);
    }

    @Test
    void cohortsTasksByTypeAndBusTraining() {
        List<Guide> guides = List.of(
                guide("g1", "Hold 1", GuideStatus.ACTIVE, LocalDate.of(2025, 8, 1), LocalDate.of(2025, 11, 1), List.of()),
                guide("g2", "Hold 1", GuideStatus.INTERESTED, null, null, List.of()),
                guide("g3", "Hold 1", GuideStatus.STOPPED, null, null, List.of(
                        new GuidePath.StatusChange(GuideStatus.INTERESTED, GuideStatus.ADMITTED, "k", Instant.EPOCH),
                        new GuidePath.StatusChange(GuideStatus.ADMITTED, GuideStatus.STOPPED, "k", Instant.EPOCH))),
                guide("g4", null, GuideStatus.ADMITTED, LocalDate.of(2026, 1, 1), null, List.of()));
        List<GuideRequest> requests = List.of(request("r1", TaskType.BUS_TRAINING, 0), request("r2", TaskType.BUS_TRAINING, 1),
                request("r3", TaskType.IT, 2), request("r4", TaskType.IT, 90));
        List<Match> matches = List.of(
                match("m1", "r1", TaskType.BUS_TRAINING, MatchStatus.ACCEPTED, List.of(session(1, MeetingKind.FIRST, MeetingStatus.HELD),
                        session(2, MeetingKind.BUS_TRAINING, MeetingStatus.HELD), session(3, MeetingKind.BUS_TRAINING, MeetingStatus.HELD))),
                match("m2", "r2", TaskType.BUS_TRAINING, MatchStatus.DECLINED, List.of()),
                match("m2b", "r2", TaskType.BUS_TRAINING, MatchStatus.APPROVED, List.of()),
                match("m3", "r3", TaskType.IT, MatchStatus.CLOSED, List.of()));
        Evaluation e = Evaluation.of(new EvaluationFilter(D0, D0.plusDays(30), null, null), List.of(), guides, requests,
                matches, WINDOW, at(D0.plusDays(100)));
        assertEquals(List.of(new Evaluation.Cohort("-", 1, 1, 0, 0), new Evaluation.Cohort("Hold 1", 3, 2, 1, 1)), e.guideCohorts());
        // r4 was made after the period; r2 is matched by its second proposal.
        assertEquals(List.of(new Evaluation.TaskCount("BUS_TRAINING", 2, 2), new Evaluation.TaskCount("IT", 1, 1)), e.tasksByType());
        assertEquals(new Evaluation.BusTraining(1, 1, 2, 2), e.busTraining());
    }
}
