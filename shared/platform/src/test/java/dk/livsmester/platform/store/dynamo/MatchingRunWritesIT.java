package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.Ids;
import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.guides.Candidate;
import dk.livsmester.domain.guides.Disability;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.domain.guides.MatchingRun;
import dk.livsmester.domain.guides.PlannedRequest;
import dk.livsmester.domain.guides.TaskType;
import dk.livsmester.platform.store.GuideRequestStore;
import dk.livsmester.platform.store.GuideStore;
import dk.livsmester.platform.store.MatchStore;
import dk.livsmester.platform.store.MatchStore.Replan;
import dk.livsmester.platform.store.MatchingRunStore;
import dk.livsmester.platform.testing.Guides;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a matching run writes with, on DynamoDB Local: a batch of requests' moves in one transaction, all or none
 * (the largest batch fits DynamoDB's 100 items), batch reads, and the stored plan a continuation reads from its cursor.
 */
class MatchingRunWritesIT {
    static TestStack stack;
    static GuideStore guides;
    static GuideRequestStore requests;
    static MatchStore matches;
    static MatchingRunStore runs;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        guides = stack.bean(GuideStore.class);
        requests = stack.bean(GuideRequestStore.class);
        matches = stack.bean(MatchStore.class);
        runs = stack.bean(MatchingRunStore.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    static Candidate candidate(Guide g, int score) {
        return new Candidate(g.id(), score, Map.of("taskFit", score - 10, "area", 10));
    }

    @Test
    void aFullBatchOfSupersedingMoves_isOneTransaction_andARefusedOneWritesNothing() {
        Guide g = Guides.guide(guides, TaskType.TALKS, Disability.OTHER, "Skåde", 3);
        Guide other = Guides.guide(guides, TaskType.TALKS, Disability.PHYSICAL, "Skåde", 3);
        List<Replan> moves = new ArrayList<>();
        for (int i = 0; i < MatchStore.MAX_REPLANS; i++) {
            Match first = Guides.proposed(requests, matches, g, TaskType.TALKS);
            GuideRequest q = requests.get(first.requestId());
            GuideRequest next = q.nextRound(GuideRequestStatus.PROPOSED);
            moves.add(new Replan(q, next, first, first.supersede(),
                    Match.proposed(next, candidate(other, 80), List.of(candidate(g, 70)), "run-w", Instant.now())));
        }
        assertEquals(99, moves.stream().mapToInt(Replan::items).sum(), "three items a move, 99 in all");

        // One request changed meanwhile (the coordinator asked about it): the whole batch is refused, nothing written.
        Replan changed = moves.get(MatchStore.MAX_REPLANS - 1);
        requests.save(changed.requestBefore(), changed.requestBefore().withStatus(GuideRequestStatus.NO_CANDIDATE), List.of());
        assertThrows(StaleStateException.class, () -> matches.replanAll(moves));
        for (Replan r : moves.subList(0, MatchStore.MAX_REPLANS - 1)) {
            assertEquals(r.requestBefore(), requests.get(r.requestBefore().id()));
            assertEquals(MatchStatus.PROPOSED, matches.get(r.replacedBefore().id()).status());
            assertTrue(matches.find(r.proposal().id()).isEmpty());
        }

        List<Replan> rest = moves.subList(0, MatchStore.MAX_REPLANS - 1);
        matches.replanAll(rest);
        for (Replan r : rest) {
            assertEquals(1, requests.get(r.requestBefore().id()).round());
            assertEquals(MatchStatus.SUPERSEDED, matches.get(r.replacedBefore().id()).status());
            assertEquals(other.id(), matches.get(r.proposal().id()).guideId());
        }
        assertThrows(StaleStateException.class, () -> matches.replanAll(rest), "the same batch again writes nothing");
        List<Replan> tooMany = new ArrayList<>(moves);
        tooMany.add(moves.get(0));
        assertThrows(IllegalArgumentException.class, () -> matches.replanAll(tooMany), "more than one transaction holds");
    }

    @Test
    void batchReads_returnTheOnesThatExist() {
        GuideRequest a = Guides.request(requests, TaskType.IT, Disability.OTHER, "Skåde");
        GuideRequest b = Guides.request(requests, TaskType.IT, Disability.OTHER, "Skåde");
        List<String> ids = new ArrayList<>(List.of(a.id(), "req-none", b.id()));
        IntStream.range(0, 150).forEach(i -> ids.add("req-missing-" + i));
        assertEquals(List.of(a.id(), b.id()).stream().sorted().toList(),
                requests.findAll(ids).stream().map(GuideRequest::id).sorted().toList(), "over two batch reads of 100 keys");
        assertEquals(a, requests.findAll(List.of(a.id())).get(0));
        assertTrue(matches.findAll(List.of()).isEmpty());
    }

    @Test
    void aStoredPlan_isReadFromTheCursor_acrossItsItems_andStoringItAgainChangesNothing() {
        Guide g = Guides.guide(guides, TaskType.SHOPPING, Disability.OTHER, "Skåde", 1);
        MatchingRun run = MatchingRun.requested(Ids.newId("run"), "c", Instant.now());
        runs.create(run, List.of());
        List<PlannedRequest> plan = new ArrayList<>();
        for (int i = 0; i < 2 * DynamoMatchingRunStore.PLAN_CHUNK + 7; i++) {
            plan.add(i % 3 == 0 ? new PlannedRequest("req-" + i, null, List.of())
                    : new PlannedRequest("req-" + i, candidate(g, 60 + i % 40), List.of(candidate(g, 50), candidate(g, 40))));
        }
        int cursor = DynamoMatchingRunStore.PLAN_CHUNK - 5;
        runs.storePlan(run.id(), plan, cursor);
        assertEquals(plan.subList(cursor, plan.size()), runs.plan(run.id(), cursor));
        int later = DynamoMatchingRunStore.PLAN_CHUNK * 2 + 1;
        assertEquals(plan.subList(later, plan.size()), runs.plan(run.id(), later));
        runs.storePlan(run.id(), plan, cursor);
        assertEquals(plan.subList(cursor, plan.size()), runs.plan(run.id(), cursor));
        assertTrue(runs.plan(run.id(), plan.size()).isEmpty());
        assertEquals(run, runs.get(run.id()), "the plan is stored beside the run, not in it");
    }

    @Test
    void aPlanItemOfTheLargestLines_fitsDynamoDbsItemLimit() {
        // A line holds the chosen guide and at most AssignmentPlanner.ALTERNATIVES others, whatever the number of
        // candidates a request is scored against; here each with long ids and every score part there is, and more.
        MatchingRun run = MatchingRun.requested(Ids.newId("run"), "c", Instant.now());
        runs.create(run, List.of());
        Map<String, Integer> parts = new java.util.LinkedHashMap<>();
        for (String name : List.of("taskFit", "area", "disability", "availability", "load", "waiting", "language",
                "transport", "sharedInterest", "continuity")) {
            parts.put(name, 99);
        }
        List<PlannedRequest> plan = new ArrayList<>();
        for (int i = 0; i < DynamoMatchingRunStore.PLAN_CHUNK; i++) {
            List<Candidate> alternatives = new ArrayList<>();
            for (int a = 0; a < dk.livsmester.domain.guides.AssignmentPlanner.ALTERNATIVES; a++) {
                alternatives.add(new Candidate(Ids.newId("guide-with-a-long-identifier") + a, 999, parts));
            }
            plan.add(new PlannedRequest(Ids.newId("request-with-a-long-identifier"),
                    new Candidate(Ids.newId("guide-with-a-long-identifier"), 999, parts), alternatives));
        }
        runs.storePlan(run.id(), plan, 0);
        assertEquals(plan, runs.plan(run.id(), 0));
    }
}
