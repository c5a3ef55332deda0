package dk.livsmester.matching;

import dk.livsmester.domain.Ids;
import dk.livsmester.domain.guides.AssignmentPlanner;
import dk.livsmester.domain.guides.Disability;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideKind;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.GuideStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.domain.guides.MatchingRun;
import dk.livsmester.domain.guides.MatchingRunStatus;
import dk.livsmester.domain.guides.RequestTiming;
import dk.livsmester.domain.guides.TaskType;
import dk.livsmester.platform.config.GuidesConfig;
import dk.livsmester.platform.events.EventMessage;
import dk.livsmester.platform.store.GuideRequestStore;
import dk.livsmester.platform.store.GuideStore;
import dk.livsmester.platform.store.MatchStore;
import dk.livsmester.platform.store.MatchingRunStore;
import dk.livsmester.platform.testing.RunSettings;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Matching runs on DynamoDB Local: the global plan replaces the one-by-one proposals where it serves the requests
 * better, a duplicate run message changes nothing, and a run that runs out of time continues where it stopped.
 * Each test uses its own task types, so the other test's requests and guides never compete with its own.
 */
class MatchingRunIT {
    static TestStack stack;
    static GuideStore guideStore;
    static GuideRequestStore requestStore;
    static MatchStore matchStore;
    static MatchingRunStore runs;
    static MatchingService service;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        guideStore = stack.bean(GuideStore.class);
        requestStore = stack.bean(GuideRequestStore.class);
        matchStore = stack.bean(MatchStore.class);
        runs = stack.bean(MatchingRunStore.class);
        service = stack.bean(MatchingService.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    static Guide guide(Set<TaskType> tasks, Disability d, String area, int capacity, int totalMatches) {
        Guide g = new Guide(Ids.newId("guide"), "Guide", GuideKind.PEER, tasks, Set.of(d), List.of("da"), area,
                Set.of("MON_AM"), capacity, 0, totalMatches, GuideStatus.ACTIVE, null, null, Instant.now(), 0);
        guideStore.create(g);
        return g;
    }

    static GuideRequest request(TaskType t, Disability d, boolean samePreferred, String area) {
        GuideRequest q = GuideRequest.builder().id(Ids.newId("req")).citizenName("Bo Borger").citizenDisability(d)
                .needs("Behov").taskType(t).timing(RequestTiming.AFTER_MEETING).sameDisabilityPreferred(samePreferred)
                .area(area).availability(Set.of("MON_AM")).createdBy(TestStack.CONTACT.subject()).createdAt(Instant.now())
                .build();
        requestStore.create(q, List.of());
        return q;
    }

    static MatchingRun startRun() {
        MatchingRun run = MatchingRun.requested(Ids.newId("run"), TestStack.COORDINATOR.subject(), Instant.now());
        runs.create(run, List.of());
        return run;
    }

    static EventMessage runMessage(MatchingRun run, int part) {
        return new EventMessage(EventMessage.MATCHING_RUN_REQUESTED, run.id(), part, "REQUESTED", Instant.now());
    }

    static Match current(GuideRequest q) {
        GuideRequest now = requestStore.get(q.id());
        return matchStore.find(Match.idFor(q.id(), now.round())).orElseThrow();
    }

    @Test
    void aRunReplacesOneByOneProposalsWithTheBetterGlobalSet_andADuplicateRunMessageChangesNothing() {
        // Ida offers bus and city training, Kim only city training (a related task for bus training). Both fit the
        // city training well; Ida a little better (Kim has had a match before: fewer rotation points).
        Guide ida = guide(Set.of(TaskType.BUS_TRAINING, TaskType.CITY_TRAINING), Disability.AUTISM, "Risskov", 1, 0);
        Guide kim = guide(Set.of(TaskType.CITY_TRAINING), Disability.AUTISM, "Risskov", 1, 1);
        GuideRequest city = request(TaskType.CITY_TRAINING, Disability.PHYSICAL, false, "Risskov");
        GuideRequest bus = request(TaskType.BUS_TRAINING, Disability.AUTISM, true, "Risskov");
        service.handle(new EventMessage(EventMessage.GUIDE_REQUEST_OPENED, city.id(), 0, "OPEN", Instant.now()));
        service.handle(new EventMessage(EventMessage.GUIDE_REQUEST_OPENED, bus.id(), 0, "OPEN", Instant.now()));
        Match cityFirst = current(city);
        Match busFirst = current(bus);
        assertEquals(ida.id(), cityFirst.guideId(), "one by one, the city training takes Ida");
        assertEquals(kim.id(), busFirst.guideId(), "and the bus training gets Kim, who offers only a related task");
        int oneByOne = cityFirst.score() + busFirst.score();

        MatchingRun run = startRun();
        service.handle(runMessage(run, 0));
        MatchingRun done = runs.get(run.id());
        assertEquals(MatchingRunStatus.DONE, done.status());
        Match cityPlanned = current(city);
        Match busPlanned = current(bus);
        assertEquals(kim.id(), cityPlanned.guideId());
        assertEquals(ida.id(), busPlanned.guideId());
        assertEquals(run.id(), busPlanned.runId());
        assertEquals(1, requestStore.get(city.id()).round(), "a new round, so a new match id");
        assertEquals(MatchStatus.SUPERSEDED, matchStore.get(cityFirst.id()).status());
        assertEquals(MatchStatus.SUPERSEDED, matchStore.get(busFirst.id()).status());
        assertTrue(cityPlanned.score() + busPlanned.score() > oneByOne,
                (cityPlanned.score() + busPlanned.score()) + " vs one by one " + oneByOne);
        assertEquals(2, done.proposed());
        assertEquals(2, done.superseded());
        assertTrue(done.totalScore() > done.greedyScore(), done.totalScore() + " vs greedy " + done.greedyScore());

        service.handle(runMessage(run, 0)); // the same message again (SQS delivers at least once)
        assertEquals(done, runs.get(run.id()));
        assertEquals(cityPlanned, current(city));
        assertEquals(busPlanned, current(bus));

        MatchingRun second = startRun();
        service.handle(runMessage(second, 0));
        MatchingRun again = runs.get(second.id());
        assertEquals(0, again.proposed(), "a second run finds the plan in place");
        assertEquals(0, again.superseded());
        assertTrue(again.kept() >= 2, "both proposals kept");
        assertEquals(busPlanned, current(bus));
    }

    @Test
    void aRunThatRunsOutOfTime_continuesInTheNextInvocation_untilThePlanIsWritten() {
        Guide a = guide(Set.of(TaskType.TALKS), Disability.OTHER, "Lystrup", 2, 0);
        Guide b = guide(Set.of(TaskType.TALKS), Disability.PHYSICAL, "Lystrup", 1, 0);
        List<GuideRequest> requests = List.of(request(TaskType.TALKS, Disability.OTHER, true, "Lystrup"),
                request(TaskType.TALKS, Disability.PHYSICAL, true, "Lystrup"),
                request(TaskType.TALKS, Disability.OTHER, false, "Lystrup"),
                request(TaskType.TALKS, Disability.AUTISM, true, "Lystrup"));
        // Every reading of this clock is 25 s later: past the 20 s budget after each write.
        AtomicLong ticks = new AtomicLong();
        Clock slow = new Clock() {
            public ZoneId getZone() {
                return ZoneId.of("UTC");
            }

            public Clock withZone(ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return Instant.parse("2026-03-02T08:00:00Z").plus(Duration.ofSeconds(25 * ticks.incrementAndGet()));
            }
        };
        // One request a batch and one writer: each invocation then writes one request and stops.
        MatchingRunExecution slowRuns = new MatchingRunExecution(guideStore, requestStore, matchStore, runs,
                stack.bean(AssignmentPlanner.class), RunSettings.of(stack.bean(GuidesConfig.class)).batchSize(1).writers(1),
                slow);
        MatchingRun run = startRun();
        int part = 0;
        while (runs.get(run.id()).status() != MatchingRunStatus.DONE) {
            assertTrue(part < 20, "the run must finish");
            slowRuns.execute(runMessage(run, part));
            MatchingRun after = runs.get(run.id());
            if (after.status() != MatchingRunStatus.DONE) {
                assertEquals(part + 1, after.part(), "each invocation writes at least one request, then continues");
            }
            part = after.part();
        }
        MatchingRun done = runs.get(run.id());
        assertTrue(done.part() >= 2, "it took several invocations: " + done.part());
        long served = requests.stream().filter(q -> requestStore.get(q.id()).status() == GuideRequestStatus.PROPOSED).count();
        assertEquals(3, served, "three places (2 + 1) for four requests");
        assertEquals(GuideRequestStatus.NO_CANDIDATE, requests.stream().map(q -> requestStore.get(q.id()))
                .filter(q -> q.status() != GuideRequestStatus.PROPOSED).findFirst().orElseThrow().status());
        long toA = requests.stream().map(q -> requestStore.get(q.id())).filter(q -> q.status() == GuideRequestStatus.PROPOSED)
                .filter(q -> current(q).guideId().equals(a.id())).count();
        assertEquals(2, toA);
        assertEquals(3, done.proposed(), "nothing was proposed twice across the parts");

        slowRuns.execute(runMessage(run, done.part())); // a late duplicate of the last part
        assertEquals(done, runs.get(run.id()));
        assertTrue(b.capacity() == 1);
    }
}
