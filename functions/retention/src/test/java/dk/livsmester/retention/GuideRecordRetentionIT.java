package dk.livsmester.retention;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.guides.Alert;
import dk.livsmester.domain.guides.Candidate;
import dk.livsmester.domain.guides.MatchingRun;
import dk.livsmester.domain.guides.PlannedRequest;
import dk.livsmester.domain.guides.AlertKind;
import dk.livsmester.domain.guides.AlertStatus;
import dk.livsmester.domain.guides.Disability;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideRecordErasure;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.domain.guides.MeetingPlan;
import dk.livsmester.domain.guides.MeetingStatus;
import dk.livsmester.domain.guides.SharingConsent;
import dk.livsmester.domain.guides.TaskType;
import dk.livsmester.platform.config.RetentionConfig;
import dk.livsmester.platform.config.TimeZoneConfig;
import dk.livsmester.platform.store.AlertStore;
import dk.livsmester.platform.store.GuideRequestStore;
import dk.livsmester.platform.store.GuideStore;
import dk.livsmester.platform.store.MatchStore;
import dk.livsmester.platform.store.MatchingRunStore;
import dk.livsmester.platform.store.SharingConsentStore;
import dk.livsmester.platform.testing.Guides;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guide records' retention on DynamoDB Local with the default configuration (24 months from the closing), the
 * clock moved: a closed request is anonymised with its matches, its sharing choices and alerts deleted; what the
 * evaluation counts (task type, statuses, dates) stays; a matched request is never touched, nor one closed later
 * before its own time; the guide's load is as it was; a rerun finds nothing; a request with more choices than one
 * transaction takes is finished all the same; a stale read writes nothing.
 */
class GuideRecordRetentionIT {
    static TestStack stack;
    static GuideStore guides;
    static GuideRequestStore requests;
    static MatchStore matches;
    static AlertStore alerts;
    static SharingConsentStore sharing;
    static MatchingRunStore runs;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        guides = stack.bean(GuideStore.class);
        requests = stack.bean(GuideRequestStore.class);
        matches = stack.bean(MatchStore.class);
        alerts = stack.bean(AlertStore.class);
        sharing = stack.bean(SharingConsentStore.class);
        runs = stack.bean(MatchingRunStore.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    /** A request through the whole offer: proposed, approved, accepted, first meeting held, debrief, an alert, shared. */
    static Match accepted(Guide g, Instant at, int sharingChoices) {
        Match proposed = Guides.proposed(requests, matches, g, TaskType.BUS_TRAINING);
        GuideRequest q = requests.get(proposed.requestId());
        sharing.record(SharingConsent.first(q.id(), new SharingConsent.Choice(true, true), TestStack.CITIZEN, at));
        for (int seq = 2; seq <= sharingChoices; seq++) {
            sharing.record(SharingConsent.change(q.id(), sharing.current(q.id()).orElseThrow(),
                    new SharingConsent.Choice(seq % 2 == 0, true), TestStack.CITIZEN, at));
        }
        Match approved = proposed.approve(null, TestStack.COORDINATOR.subject(), at);
        matches.approve(proposed, approved, q, q.withStatus(GuideRequestStatus.MATCHED));
        Match accepted = approved.accept("guide-test", at);
        matches.update(approved, accepted);
        Match met = accepted.scheduleFirstMeeting(new MeetingPlan(LocalDateTime.of(2026, 4, 1, 10, 0), "Café ved Bo's hjem",
                "Tea Team"));
        matches.update(accepted, met);
        Match logged = met.logMeeting(1, true, "Bo fortalte om sin angst for bussen", "guide-test", at);
        matches.update(met, logged);
        Match debriefed = logged.debrief("Bo har brug for mere tid", true, TestStack.COORDINATOR.subject(), at);
        matches.update(logged, debriefed);
        alerts.raise(new Alert("DEBRIEF-" + debriefed.id(), AlertKind.DEBRIEF_DUE, debriefed.id(), g.id(), q.id(), at, 0,
                AlertStatus.OPEN, at, null, null, null, 0));
        return debriefed;
    }

    static void close(Match m, Instant at) {
        GuideRequest q = requests.get(m.requestId());
        matches.close(m, m.close("Bo var glad", "Det gik fint med Bo", TestStack.COORDINATOR.subject(), at), q, q.close(at));
    }

    static GuideRecordRetention retention(java.time.Clock clock) {
        return new GuideRecordRetention(requests, matches, alerts, runs, stack.bean(RetentionConfig.class),
                stack.bean(TimeZoneConfig.class), clock);
    }

    static RetentionIT.MovedClock clockAt(String instant) {
        return new RetentionIT.MovedClock(Instant.parse(instant));
    }

    @Test
    void movingTheClock_anonymisesExactlyTheClosedRecordsPastTheirTime_andKeepsWhatTheEvaluationCounts() {
        Instant t0 = Instant.parse("2026-03-10T10:00:00Z");
        Guide g = Guides.guide(guides, TaskType.BUS_TRAINING, Disability.AUTISM, "Vest", 5);
        Match first = accepted(g, t0, 2);
        close(first, Instant.parse("2026-06-01T10:00:00Z"));
        Match later = accepted(g, t0, 1);
        close(later, Instant.parse("2027-01-15T10:00:00Z"));
        Match ongoing = accepted(g, t0, 1);
        GuideRequest firstBefore = requests.get(first.requestId());
        Match firstMatchBefore = matches.get(first.id());
        GuideRequest ongoingBefore = requests.get(ongoing.requestId());
        Match ongoingMatch = matches.get(ongoing.id());
        int activeBefore = guides.get(g.id()).activeMatches();
        Set<String> mine = Set.of(first.requestId(), later.requestId(), ongoing.requestId());

        RetentionIT.MovedClock clock = clockAt("2028-05-31T10:00:00Z");
        GuideRecordRetention run = retention(clock);
        assertTrue(only(run.run().anonymised(), mine).isEmpty(), "a day short of 24 months: nothing");

        clock.now = Instant.parse("2028-06-02T10:00:00Z");
        assertEquals(Set.of(first.requestId()), only(run.run().anonymised(), mine), "24 months after its closing");

        GuideRequest q = requests.get(first.requestId());
        assertNull(q.citizenName());
        assertNull(q.citizenDisability());
        assertNull(q.needs());
        assertNull(q.area());
        assertNull(q.citizenSubject());
        assertEquals(Set.of(), q.availability());
        assertEquals("erased", q.createdBy());
        assertTrue(q.isErased());
        assertEquals(List.of(), requests.byPerson(TestStack.CONTACT.subject()).stream().map(GuideRequest::id)
                .filter(first.requestId()::equals).toList(), "no longer anyone's request");
        // What the evaluation counts stays.
        assertEquals(firstBefore.taskType(), q.taskType());
        assertEquals(GuideRequestStatus.CLOSED, q.status());
        assertEquals(firstBefore.createdAt(), q.createdAt());
        assertEquals(firstBefore.closedAt(), q.closedAt());
        assertEquals(firstBefore.round(), q.round());

        Match m = matches.get(first.id());
        assertEquals(MatchStatus.CLOSED, m.status());
        assertEquals(g.id(), m.guideId(), "the guide's own record keeps the match");
        assertEquals(firstMatchBefore.taskType(), m.taskType());
        assertEquals(firstMatchBefore.proposedAt(), m.proposedAt());
        assertEquals(firstMatchBefore.approvedAt(), m.approvedAt());
        assertEquals(firstMatchBefore.closure().closedAt(), m.closure().closedAt());
        assertNull(m.closure().citizenFeedback());
        assertNull(m.closure().guideFeedback());
        assertNull(m.debrief().notes());
        assertTrue(m.debrief().followUpNeeded());
        assertEquals(Map.of(), m.scoreParts());
        assertEquals(1, m.meetings().size());
        assertEquals(MeetingStatus.HELD, m.meetings().get(0).status());
        assertEquals(firstMatchBefore.meetings().get(0).startsAt(), m.meetings().get(0).startsAt());
        assertNull(m.meetings().get(0).place());
        assertNull(m.meetings().get(0).facilitator());
        assertNull(m.meetings().get(0).log());
        assertEquals(List.of(), sharing.history(first.requestId()), "the sharing choices are gone");
        assertTrue(alerts.find("DEBRIEF-" + first.id()).isEmpty(), "the alert is gone");

        // Untouched: the one closed later (its own 24 months), and the one still matched, however old.
        assertEquals("Bo Borger", requests.get(later.requestId()).citizenName());
        assertEquals(1, sharing.history(later.requestId()).size());
        assertTrue(alerts.find("DEBRIEF-" + later.id()).isPresent());
        assertEquals(ongoingBefore, requests.get(ongoing.requestId()));
        assertEquals(ongoingMatch, matches.get(ongoing.id()));
        assertEquals(activeBefore, guides.get(g.id()).activeMatches(), "the guide's load is as it was");

        clock.now = Instant.parse("2040-01-01T10:00:00Z");
        assertEquals(Set.of(later.requestId()), only(run.run().anonymised(), mine));
        assertEquals(ongoingBefore, requests.get(ongoing.requestId()), "a matched request is never erased");
        assertTrue(only(run.run().anonymised(), mine).isEmpty(), "a rerun finds nothing more to do");

        GuideRequest erased = requests.get(first.requestId());
        assertThrows(dk.livsmester.domain.ConflictException.class, () -> erased.askAgain("req-new",
                new dk.livsmester.domain.guides.AskAgain(null, null, null, null, null, null), "team-test", clock.now),
                "an erased request is not asked again from");
    }

    @Test
    void aWithdrawnRequest_isAnonymisedWithItsSupersededProposal_24MonthsAfterItWasWithdrawn() {
        Guide g = Guides.guide(guides, TaskType.BUS_TRAINING, Disability.AUTISM, "Øst", 2);
        Match proposed = Guides.proposed(requests, matches, g, TaskType.BUS_TRAINING);
        GuideRequest q = requests.get(proposed.requestId());
        sharing.record(SharingConsent.first(q.id(), new SharingConsent.Choice(true, false), TestStack.CITIZEN,
                Instant.parse("2026-04-01T10:00:00Z")));
        GuideRequest withdrawn = q.withdraw(Instant.parse("2026-04-02T10:00:00Z"));
        matches.replan(q, withdrawn, proposed, proposed.supersede(), null, List.of());

        RetentionIT.MovedClock clock = clockAt("2028-04-01T10:00:00Z");
        GuideRecordRetention run = retention(clock);
        assertTrue(!run.run().anonymised().contains(q.id()), "a day short");
        clock.now = Instant.parse("2028-04-03T10:00:00Z");
        assertTrue(run.run().anonymised().contains(q.id()));
        GuideRequest after = requests.get(q.id());
        assertEquals(GuideRequestStatus.WITHDRAWN, after.status());
        assertNull(after.needs());
        assertEquals(MatchStatus.SUPERSEDED, matches.get(proposed.id()).status());
        assertEquals(Map.of(), matches.get(proposed.id()).scoreParts(), "the superseded proposal is anonymised too");
        assertEquals(List.of(), sharing.history(q.id()));
    }

    @Test
    void aFinishedMatchingRunsStoredPlanIsDeleted_aContinuingOnesIsKept_untilGivenUpAfterAWeek() {
        List<PlannedRequest> plan = java.util.stream.IntStream.range(0, 160).mapToObj(i -> new PlannedRequest("req-p-" + i,
                new Candidate("guide-p", 80, Map.of("sameDisability", 20)), List.of())).toList();
        MatchingRun done = run(plan, true);
        MatchingRun continuing = run(plan, false);

        GuideRecordRetention.Report report = retention(clockAt("2026-12-02T10:00:00Z")).run();

        assertTrue(report.plansDropped().contains(done.id()));
        assertEquals(List.of(), runs.plan(done.id(), 0), "both items of the plan are gone");
        assertEquals(done, runs.get(done.id()), "the run's figures stay");
        assertEquals(160, runs.plan(continuing.id(), 0).size(), "a run still continuing reads its plan");
        assertFalse(report.plansDropped().contains(continuing.id()));
        GuideRecordRetention.Report later = retention(clockAt("2026-12-09T10:00:01Z")).run();
        assertFalse(later.plansDropped().contains(done.id()), "a rerun finds nothing more to drop");
        assertTrue(later.plansDropped().contains(continuing.id()), "a week on, a run that never finished is given up");
        assertEquals(List.of(), runs.plan(continuing.id(), 0));
    }

    /** A run that stored its plan in its first part, then finished ({@code done}) or goes on. */
    static MatchingRun run(List<PlannedRequest> plan, boolean done) {
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        MatchingRun requested = MatchingRun.requested(dk.livsmester.domain.Ids.newId("run"), "coordinator-test", at);
        runs.create(requested, List.of());
        runs.storePlan(requested.id(), plan, 0);
        MatchingRun after = requested.after(done, at, done ? plan.size() : 10, plan.size(), plan.size(), 1, 0, 0, 0, 5,
                new MatchingRun.Written(10, 0, 0, 0));
        runs.record(requested, after, List.of());
        return after;
    }

    @Test
    void moreChoicesThanOneTransactionTakes_areDeletedFirst_thenTheRequestAndItsMatches() {
        Instant t0 = Instant.parse("2026-01-05T10:00:00Z");
        Guide g = Guides.guide(guides, TaskType.BUS_TRAINING, Disability.AUTISM, "Nord", 2);
        Match many = accepted(g, t0, 120);
        close(many, Instant.parse("2026-02-01T10:00:00Z"));
        assertEquals(120, sharing.history(many.requestId()).size());

        GuideRecordRetention run = retention(clockAt("2028-02-02T10:00:00Z"));
        assertTrue(run.run().anonymised().contains(many.requestId()));
        assertEquals(List.of(), sharing.history(many.requestId()));
        assertTrue(requests.get(many.requestId()).isErased());
        assertNull(matches.get(many.id()).closure().citizenFeedback());
    }

    @Test
    void moreRoundsThanOneTransactionTakes_theMatchesGoFirst_theRequestLast() {
        Guide g = Guides.guide(guides, TaskType.BUS_TRAINING, Disability.AUTISM, "Vest", 2);
        GuideRequest q = Guides.request(requests, TaskType.BUS_TRAINING, Disability.AUTISM, "Vest");
        for (int round = 0; round < 105; round++) {
            GuideRequest now = requests.get(q.id());
            Match proposal = Match.proposed(now, new Candidate(g.id(), 70 + round % 10, Map.of("taskFit", 35)), List.of(),
                    null, Instant.parse("2026-01-01T10:00:00Z"));
            assertTrue(matches.propose(proposal, now, now.withStatus(GuideRequestStatus.PROPOSED)));
            GuideRequest proposed = requests.get(q.id());
            GuideRequest after = round == 104 ? proposed.withdraw(Instant.parse("2026-01-02T10:00:00Z"))
                    : proposed.nextRound(GuideRequestStatus.OPEN);
            matches.replan(proposed, after, proposal, proposal.supersede(), null, List.of());
        }
        GuideRecordRetention.Report report = retention(clockAt("2028-01-03T10:00:00Z")).run();
        assertTrue(report.anonymised().contains(q.id()), String.valueOf(report));
        assertTrue(requests.get(q.id()).isErased());
        for (int round = 0; round < 105; round++) {
            assertEquals(Map.of(), matches.get(Match.idFor(q.id(), round)).scoreParts(), "round " + round);
        }
    }

    @Test
    void aStaleRead_writesNothing_andTheNextRunErasesItAsItIsThen() {
        Instant t0 = Instant.parse("2026-02-05T10:00:00Z");
        Guide g = Guides.guide(guides, TaskType.BUS_TRAINING, Disability.AUTISM, "Syd", 2);
        Match m = accepted(g, t0, 1);
        close(m, Instant.parse("2026-03-01T10:00:00Z"));
        GuideRequest read = requests.get(m.requestId());
        List<Match> own = List.of(matches.get(m.id()));
        List<Alert> raised = List.of(alerts.get("DEBRIEF-" + m.id()));
        // Meanwhile the citizen asks again: the closed request now points at the new one.
        GuideRequest next = read.askAgain("req-again-" + read.id(), new dk.livsmester.domain.guides.AskAgain(null, null,
                null, null, null, null), TestStack.CONTACT.subject(), t0);
        requests.askAgain(read, read.followedBy(next.id()), next, List.of());
        sharing.record(sharing.current(read.id()).orElseThrow().carriedTo(next.id()));

        assertThrows(StaleStateException.class, () -> matches.erase(GuideRecordErasure.of(read, own, raised, null)));
        assertEquals(1, sharing.history(read.id()).size(), "no partial write: the choice is still there");
        assertTrue(alerts.find("DEBRIEF-" + m.id()).isPresent(), "and so is the alert");
        assertFalse(matches.get(m.id()).closure().citizenFeedback() == null, "and the match as it was");

        GuideRecordRetention run = retention(clockAt("2028-03-02T10:00:00Z"));
        assertTrue(run.run().anonymised().contains(read.id()));
        assertNull(requests.get(read.id()).nextRequestId(), "the link to the citizen's new request goes too");
        assertEquals("Bo Borger", requests.get(next.id()).citizenName(), "the new request is the citizen's own, kept");
        assertNull(requests.get(next.id()).previousRequestId(), "and no longer leads to the erased one");
        SharingConsent carried = sharing.current(next.id()).orElseThrow();
        assertNull(carried.carriedFrom(), "nor does the choice it carried");
        assertTrue(carried.needs() && carried.disability(), "which is kept as the citizen made it");
    }

    private static Set<String> only(List<String> ids, Set<String> mine) {
        return ids.stream().filter(mine::contains).collect(Collectors.toSet());
    }
}
