package dk.livsmester.matching;

import dk.livsmester.domain.guides.AssignmentPlanner;
import dk.livsmester.domain.guides.Candidate;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A matching run that crashes and whose messages come again ends with exactly the proposals of a run that was never
 * interrupted. The same invented data in two stacks (two DynamoDB Locals): one run straight through, one that dies in
 * its first part (before the plan is stored), then in a continuation (from the stored plan), with every continuation
 * message delivered twice, several writers at once and small batches so the run takes many parts.
 */
class MatchingRunCrashIT {
    static final Instant BASE = Instant.parse("2026-01-05T08:00:00Z");
    static TestStack straight;
    static TestStack crashing;

    @BeforeAll
    static void start() {
        straight = TestStack.start();
        crashing = TestStack.start();
    }

    @AfterAll
    static void stop() {
        straight.close();
        crashing.close();
    }

    /**
     * A clock a second further at every reading (a budget of some seconds lasts a few batches), that dies at reading n:
     * the writes and the run's record stop there, as if the process died.
     */
    static final class Failing extends Clock {
        static final class Crash extends RuntimeException {
        }

        final AtomicLong ticks = new AtomicLong();
        final long crashAt;

        Failing(long crashAt) {
            this.crashAt = crashAt;
        }

        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        public Clock withZone(ZoneId zone) {
            return this;
        }

        public Instant instant() {
            long n = ticks.incrementAndGet();
            if (n == crashAt) {
                throw new Crash();
            }
            return BASE.plus(Duration.ofDays(30)).plus(Duration.ofSeconds(n));
        }
    }

    @Test
    void aRunThatCrashesAndIsRedelivered_proposesExactlyWhatAnUninterruptedRunProposes() {
        seed(straight);
        seed(crashing);
        MatchingRun expectedRun = run(straight);
        straight.bean(MatchingService.class).handle(message(expectedRun, 0));
        assertEquals(MatchingRunStatus.DONE, straight.bean(MatchingRunStore.class).get(expectedRun.id()).status());
        Map<String, String> expected = proposals(straight);

        MatchingRun run = run(crashing);
        MatchingRunStore runs = crashing.bean(MatchingRunStore.class);
        // One writer while crashing, so the crash comes after three batches (at most five readings each).
        assertThrows(Failing.Crash.class, () -> execution(new Failing(16), 1, 20).execute(message(run, 0)),
                "the first part dies after a few batches, before its plan is stored");
        assertEquals(0, runs.get(run.id()).part());
        assertTrue(crashing.bean(GuideRequestStore.class).all(GuideRequestStatus.OPEN).size() < 60,
                "some requests were written before the crash");
        execution(new Failing(0), 3, 20).execute(message(run, 0)); // SQS delivers it again
        MatchingRun first = runs.get(run.id());
        assertEquals(1, first.part());
        assertTrue(first.planned() > first.cursor() && first.cursor() > 0, first.cursor() + " of " + first.planned());

        assertThrows(Failing.Crash.class, () -> execution(new Failing(3), 1, 6).execute(message(run, 1)),
                "a continuation dies between two batches of the stored plan");
        assertEquals(first, runs.get(run.id()), "a crashed part records nothing");
        int parts = 0;
        while (runs.get(run.id()).status() != MatchingRunStatus.DONE) {
            assertTrue(parts++ < 60, "the run must finish");
            EventMessage next = message(run, runs.get(run.id()).part());
            // A shorter budget for the continuations, so the stored plan is written in several parts.
            execution(new Failing(0), 3, 6).execute(next);
            execution(new Failing(0), 3, 6).execute(next); // and every message twice
        }
        assertEquals(expected, proposals(crashing));
        assertTrue(runs.get(run.id()).part() >= 2, "at least one continuation after the crashed one: " + runs.get(run.id()).part());
    }

    static MatchingRunExecution execution(Clock clock, int writers, int budgetSeconds) {
        GuidesConfig c = crashing.bean(GuidesConfig.class);
        GuidesConfig small = RunSettings.of(c).budgetSeconds(budgetSeconds).batchSize(4).writers(writers);
        return new MatchingRunExecution(crashing.bean(GuideStore.class), crashing.bean(GuideRequestStore.class),
                crashing.bean(MatchStore.class), crashing.bean(MatchingRunStore.class),
                crashing.bean(AssignmentPlanner.class), small, clock);
    }

    /** Every request: its proposed guide, score, parts and alternatives, or that it has none; one proposal at most. */
    static Map<String, String> proposals(TestStack s) {
        Map<String, Integer> perRequest = new HashMap<>();
        s.bean(MatchStore.class).all(MatchStatus.PROPOSED).forEach(m -> perRequest.merge(m.requestId(), 1, Integer::sum));
        perRequest.forEach((q, n) -> assertEquals(1, n, "two proposals for " + q));
        Map<String, String> out = new TreeMap<>();
        for (GuideRequestStatus status : GuideRequest.PLANNABLE) {
            for (GuideRequest q : s.bean(GuideRequestStore.class).all(status)) {
                Match m = s.bean(MatchStore.class).find(Match.idFor(q.id(), q.round())).orElse(null);
                out.put(q.id(), status + (m == null || m.status() != MatchStatus.PROPOSED ? ""
                        : " " + m.guideId() + " " + m.score() + " " + new TreeMap<>(m.scoreParts()) + " "
                        + m.alternatives().stream().map(Candidate::guideId).toList()));
            }
        }
        return out;
    }

    static MatchingRun run(TestStack s) {
        MatchingRun run = MatchingRun.requested("run-crash", TestStack.COORDINATOR.subject(), BASE.plus(Duration.ofDays(30)));
        s.bean(MatchingRunStore.class).create(run, List.of());
        return run;
    }

    static EventMessage message(MatchingRun run, int part) {
        return new EventMessage(EventMessage.MATCHING_RUN_REQUESTED, run.id(), part, "REQUESTED", BASE);
    }

    /** The same invented guides and requests in a stack (fixed ids and times); the first ten proposed one by one. */
    static void seed(TestStack s) {
        Random random = new Random(20260315);
        TaskType[] tasks = {TaskType.SHOPPING, TaskType.EXERCISE, TaskType.IT};
        Disability[] ds = Disability.values();
        String[] areas = {"Viby", "Tilst", "Hasle"};
        for (int i = 0; i < 24; i++) {
            s.bean(GuideStore.class).create(new Guide("guide-crash-%02d".formatted(i), "Guide", GuideKind.PEER,
                    Set.of(tasks[random.nextInt(tasks.length)]), Set.of(ds[random.nextInt(ds.length)]), List.of("da"),
                    areas[random.nextInt(areas.length)], Set.of("MON_AM"), 1 + random.nextInt(2), 0, random.nextInt(4),
                    GuideStatus.ACTIVE, null, null, BASE, 0));
        }
        List<GuideRequest> requests = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            GuideRequest q = GuideRequest.builder().id("req-crash-%02d".formatted(i)).citizenName("Bo Borger")
                    .citizenDisability(ds[random.nextInt(ds.length)]).needs("Behov").taskType(tasks[random.nextInt(tasks.length)])
                    .timing(RequestTiming.AFTER_MEETING).sameDisabilityPreferred(random.nextBoolean())
                    .area(areas[random.nextInt(areas.length)]).availability(Set.of("MON_AM"))
                    .createdBy(TestStack.CONTACT.subject()).createdAt(BASE.plus(Duration.ofHours(i * 7L))).build();
            s.bean(GuideRequestStore.class).create(q, List.of());
            requests.add(q);
        }
        for (GuideRequest q : requests.subList(0, 10)) {
            s.bean(MatchingService.class).handle(new EventMessage(EventMessage.GUIDE_REQUEST_OPENED, q.id(), 0, "OPEN", BASE));
        }
    }
}
