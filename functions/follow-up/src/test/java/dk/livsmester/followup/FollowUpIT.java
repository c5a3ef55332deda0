package dk.livsmester.followup;

import dk.livsmester.domain.guides.Alert;
import dk.livsmester.domain.guides.AlertKind;
import dk.livsmester.domain.guides.AlertStatus;
import dk.livsmester.domain.guides.Candidate;
import dk.livsmester.domain.guides.Disability;
import dk.livsmester.domain.guides.FollowUpRules;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MeetingPlan;
import dk.livsmester.domain.guides.TaskType;
import dk.livsmester.platform.store.AlertStore;
import dk.livsmester.platform.store.GuideRequestStore;
import dk.livsmester.platform.store.GuideStore;
import dk.livsmester.platform.store.MatchStore;
import dk.livsmester.platform.testing.Guides;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The follow-up function on DynamoDB Local: a match without a meeting for the configured days raises one alert,
 * however often (or concurrently) the schedule runs; a held meeting resolves it; a first meeting calls for a debrief.
 */
class FollowUpIT {
    static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    static TestStack stack;
    static GuideStore guideStore;
    static GuideRequestStore requestStore;
    static MatchStore matchStore;
    static AlertStore alerts;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        guideStore = stack.bean(GuideStore.class);
        requestStore = stack.bean(GuideRequestStore.class);
        matchStore = stack.bean(MatchStore.class);
        alerts = stack.bean(AlertStore.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    static FollowUpService at(Instant now, int days) {
        return new FollowUpService(matchStore, alerts, new FollowUpRules(days, CPH), Clock.fixed(now, ZoneOffset.UTC));
    }

    /** An accepted match whose approval and acceptance happened at {@code when}. */
    static Match accepted(Instant when) {
        Guide g = Guides.guide(guideStore, TaskType.ACCOMPANIMENT, Disability.AUTISM, "Vest", 2);
        GuideRequest q = Guides.request(requestStore, TaskType.ACCOMPANIMENT, Disability.AUTISM, "Vest");
        Match m = Match.proposed(q, new Candidate(g.id(), 80, Map.of("taskFit", 35)), List.of(), null, when);
        matchStore.propose(m, q, q.withStatus(GuideRequestStatus.PROPOSED));
        Match approved = m.approve(null, "coordinator", when);
        GuideRequest proposed = requestStore.get(q.id());
        matchStore.approve(m, approved, proposed, proposed.withStatus(GuideRequestStatus.MATCHED));
        Match acc = approved.accept("coordinator", when);
        matchStore.update(approved, acc);
        return acc;
    }

    static List<Alert> alertsOf(Match m, AlertStatus status) {
        return alerts.all(status).stream().filter(a -> a.matchId().equals(m.id())).toList();
    }

    @Test
    void aQuietMatch_raisesOneInactivityAlertAfterTheConfiguredDays_andAHeldMeetingResolvesIt() {
        Instant start = Instant.parse("2026-03-02T09:00:00Z");
        Match m = accepted(start);
        at(start.plus(Duration.ofDays(13)), 14).run();
        assertEquals(List.of(), alertsOf(m, AlertStatus.OPEN), "not before 14 days");
        at(start.plus(Duration.ofDays(15)), 14).run();
        at(start.plus(Duration.ofDays(16)), 14).run();
        List<Alert> open = alertsOf(m, AlertStatus.OPEN);
        assertEquals(1, open.size(), "one alert however often the schedule runs");
        assertEquals(AlertKind.INACTIVE_MATCH, open.get(0).kind());
        assertEquals(15, open.get(0).daysWithoutMeeting());

        Match current = matchStore.get(m.id());
        Match withMeeting = current.scheduleFirstMeeting(new MeetingPlan(LocalDateTime.parse("2026-03-18T10:00"), "Caféen", "Sara"))
                .logMeeting(1, true, "Godt møde", "coordinator", start.plus(Duration.ofDays(16)));
        matchStore.update(current, withMeeting);
        FollowUpService.Result r = at(start.plus(Duration.ofDays(17)), 14).run();
        assertTrue(r.resolved() >= 1);
        assertEquals(List.of(), alertsOf(m, AlertStatus.OPEN).stream().filter(a -> a.kind() == AlertKind.INACTIVE_MATCH).toList());
        assertEquals(1, alertsOf(m, AlertStatus.RESOLVED).size());
        assertEquals(List.of(AlertKind.DEBRIEF_DUE), alertsOf(m, AlertStatus.OPEN).stream().map(Alert::kind).toList(),
                "the first meeting was held: the guide's debrief is due");
    }

    @Test
    void theNumberOfDaysIsConfigurable_andAClosedMatchRaisesNothing() {
        Instant start = Instant.parse("2026-04-01T09:00:00Z");
        Match m = accepted(start);
        at(start.plus(Duration.ofDays(4)), 3).run();
        assertEquals(1, alertsOf(m, AlertStatus.OPEN).size());

        Match current = matchStore.get(m.id());
        GuideRequest q = requestStore.get(m.requestId());
        matchStore.close(current, current.close("tak", "tak", "coordinator", start.plus(Duration.ofDays(5))), q,
                q.withStatus(GuideRequestStatus.CLOSED));
        at(start.plus(Duration.ofDays(30)), 3).run();
        assertEquals(List.of(), alertsOf(m, AlertStatus.OPEN));
        assertEquals(1, alertsOf(m, AlertStatus.RESOLVED).size());
    }

    @Test
    void twoRunsAtTheSameMoment_raiseTheAlertOnce() throws Exception {
        Instant start = Instant.parse("2026-05-04T09:00:00Z");
        Match m = accepted(start);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<FollowUpService.Result>> runs = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(pool.submit(() -> {
                go.await();
                return at(start.plus(Duration.ofDays(20)), 14).run();
            }));
        }
        go.countDown();
        for (Future<FollowUpService.Result> f : runs) {
            f.get();
        }
        pool.shutdown();
        assertEquals(1, alertsOf(m, AlertStatus.OPEN).size());
    }
}
