package dk.livsmester.matches;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.Ids;
import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.ValidationException;
import dk.livsmester.domain.guides.Alert;
import dk.livsmester.domain.guides.AlertKind;
import dk.livsmester.domain.guides.AlertStatus;
import dk.livsmester.domain.guides.Disability;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideKind;
import dk.livsmester.domain.guides.GuidePath;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.GuideStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchForms;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.domain.guides.MatchingRun;
import dk.livsmester.domain.guides.MatchingRunStatus;
import dk.livsmester.domain.guides.MeetingKind;
import dk.livsmester.domain.guides.MeetingPlan;
import dk.livsmester.domain.guides.MeetingStatus;
import dk.livsmester.domain.guides.SupportLevel;
import dk.livsmester.domain.guides.TaskType;
import dk.livsmester.platform.events.EventMessage;
import dk.livsmester.platform.store.AlertStore;
import dk.livsmester.platform.store.GuideRequestStore;
import dk.livsmester.platform.store.GuideStore;
import dk.livsmester.platform.store.MatchStore;
import dk.livsmester.platform.store.Json;
import dk.livsmester.platform.store.MatchingRunStore;
import dk.livsmester.platform.testing.Guides;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A match's life after the proposal, against DynamoDB Local and ElasticMQ: every conditional write for real. */
class MatchLifecycleIT {
    static TestStack stack;
    static GuideStore guideStore;
    static GuideRequestStore requestStore;
    static MatchStore matchStore;
    static MatchService service;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        guideStore = stack.bean(GuideStore.class);
        requestStore = stack.bean(GuideRequestStore.class);
        matchStore = stack.bean(MatchStore.class);
        service = stack.bean(MatchService.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    static Guide guideWithAccount(TaskType task, String account, int capacity) {
        Guide g = new Guide(Ids.newId("guide"), "Guide", GuideKind.PEER, Set.of(task), Set.of(Disability.AUTISM), List.of("da"),
                "Vest", Set.of("MON_AM"), capacity, 0, 0, GuideStatus.ACTIVE, account, null, Instant.now(), 0);
        guideStore.create(g);
        return g;
    }

    static Match proposed(Guide g, TaskType task) {
        return Guides.proposed(requestStore, matchStore, g, task);
    }

    static Caller guideCaller(String account) {
        return new Caller(account, "Guide", Role.GUIDE);
    }

    static List<EventMessage> matchingMessagesFor(String subjectId) {
        String url = stack.aws().queueUrl("MatchingQueue");
        List<EventMessage> out = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            for (Message m : stack.aws().sqs().receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1)).messages()) {
                EventMessage e = Json.read(m.body(), EventMessage.class);
                if (e.subjectId().equals(subjectId)) {
                    out.add(e);
                }
            }
            if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }

    @Test
    void aDecline_freesTheGuidesPlace_andPutsTheRequestBackInLineInANewRound_throughTheOutbox() {
        Guide g = guideWithAccount(TaskType.BUS_TRAINING, "guide-decline", 1);
        Match m = proposed(g, TaskType.BUS_TRAINING);
        service.approve(TestStack.COORDINATOR, m.id(), null);
        assertEquals(1, guideStore.get(g.id()).activeMatches());

        Match declined = service.decline(guideCaller("guide-decline"), m.id());
        assertEquals(MatchStatus.DECLINED, declined.status());
        Guide after = guideStore.get(g.id());
        assertEquals(0, after.activeMatches());
        assertEquals(0, after.totalMatches(), "a declined match does not count for fair rotation");
        GuideRequest back = requestStore.get(m.requestId());
        assertEquals(GuideRequestStatus.OPEN, back.status());
        assertEquals(1, back.round());
        assertEquals(Set.of(g.id()), back.excludedGuideIds());
        assertNotEquals(m.id(), Match.idFor(back.id(), back.round()), "the next proposal gets a new match id");
        List<EventMessage> sent = matchingMessagesFor(back.id());
        assertEquals(1, sent.size());
        assertEquals(EventMessage.GUIDE_REQUEST_OPENED, sent.get(0).type());
        assertEquals(1, sent.get(0).version(), "the message names the new round");

        assertEquals(declined, service.decline(guideCaller("guide-decline"), m.id()), "a second decline is harmless");
        assertEquals(0, guideStore.get(g.id()).activeMatches());
        assertThrows(ConflictException.class, () -> service.accept(TestStack.COORDINATOR, m.id()));
    }

    @Test
    void aGuideActsOnTheirOwnMatchesOnly() {
        Guide mine = guideWithAccount(TaskType.IT, "guide-mine", 2);
        Match m = proposed(mine, TaskType.IT);
        service.approve(TestStack.COORDINATOR, m.id(), null);
        assertThrows(NotFoundException.class, () -> service.decline(guideCaller("guide-someone-else"), m.id()));
        assertThrows(NotFoundException.class, () -> service.get(guideCaller("guide-someone-else"), m.id()));
        assertEquals(MatchStatus.ACCEPTED, service.accept(guideCaller("guide-mine"), m.id()).status());
        assertEquals(1, service.list(guideCaller("guide-mine"), MatchStatus.ACCEPTED, null, 25, null).items().size());
        assertThrows(dk.livsmester.domain.ForbiddenException.class,
                () -> service.approve(guideCaller("guide-mine"), m.id(), null), "only the coordinator approves");
    }

    @Test
    void closing_freesThePlaceOnce_soAnotherApprovalFits_andBadFeedbackWritesNothing() {
        Guide g = Guides.guide(guideStore, TaskType.SHOPPING, Disability.PHYSICAL, "Syd", 1);
        Match first = proposed(g, TaskType.SHOPPING);
        Match second = proposed(g, TaskType.SHOPPING);
        service.approve(TestStack.COORDINATOR, first.id(), null);
        ConflictException full = assertThrows(ConflictException.class,
                () -> service.approve(TestStack.COORDINATOR, second.id(), null));
        assertEquals("GUIDE_AT_CAPACITY", full.code());

        ValidationException bad = assertThrows(ValidationException.class, () -> service.close(TestStack.COORDINATOR,
                first.id(), new MatchForms.ClosureForm("", null)));
        assertEquals(2, bad.errors().size());
        assertEquals(1, guideStore.get(g.id()).activeMatches(), "nothing written");

        Match closed = service.close(TestStack.COORDINATOR, first.id(),
                new MatchForms.ClosureForm("Jeg kan nu selv handle ind", "Godt samarbejde"));
        assertEquals(MatchStatus.CLOSED, closed.status());
        assertEquals(0, guideStore.get(g.id()).activeMatches());
        assertEquals(GuideRequestStatus.CLOSED, requestStore.get(first.requestId()).status());
        assertEquals(closed, service.close(TestStack.COORDINATOR, first.id(), new MatchForms.ClosureForm("a", "b")));
        assertEquals(0, guideStore.get(g.id()).activeMatches(), "closing twice frees the place once");
        assertEquals(MatchStatus.APPROVED, service.approve(TestStack.COORDINATOR, second.id(), null).status());
        assertEquals(1, guideStore.get(g.id()).activeMatches());
    }

    @Test
    void tenCoordinatorsClosingTheSameMatchAtOnce_freeThePlaceExactlyOnce() throws Exception {
        Guide g = Guides.guide(guideStore, TaskType.EXERCISE, Disability.OTHER, "Nord", 2);
        Match kept = proposed(g, TaskType.EXERCISE);
        Match m = proposed(g, TaskType.EXERCISE);
        service.approve(TestStack.COORDINATOR, kept.id(), null);
        service.approve(TestStack.COORDINATOR, m.id(), null);
        assertEquals(2, guideStore.get(g.id()).activeMatches());
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            results.add(pool.submit(() -> {
                go.await();
                try {
                    return service.close(TestStack.COORDINATOR, m.id(), new MatchForms.ClosureForm("tak", "tak"));
                } catch (ConflictException e) {
                    return e.code();
                }
            }));
        }
        go.countDown();
        for (Future<Object> f : results) {
            Object o = f.get();
            assertTrue(o instanceof Match || "MATCH_CHANGED".equals(o), String.valueOf(o));
        }
        pool.shutdown();
        assertEquals(1, guideStore.get(g.id()).activeMatches(), "one place freed, the other match keeps its place");
        assertEquals(MatchStatus.CLOSED, matchStore.get(m.id()).status());
    }

    @Test
    void aPausedGuide_cannotBeApproved() {
        Guide g = Guides.guide(guideStore, TaskType.TALKS, Disability.AUTISM, "Vest", 3);
        Match m = proposed(g, TaskType.TALKS);
        Guide paused = g.withPath(GuideStatus.PAUSED, GuidePath.EMPTY);
        guideStore.update(g, paused);
        assertEquals("GUIDE_AT_CAPACITY", assertThrows(ConflictException.class,
                () -> service.approve(TestStack.COORDINATOR, m.id(), null)).code());
        assertEquals(0, guideStore.get(g.id()).activeMatches());
        assertEquals(MatchStatus.PROPOSED, matchStore.get(m.id()).status());
    }

    @Test
    void afterTheMatch_theFirstMeeting_itsLog_theAgreedMeetings_theDebrief_andTheBusTrainingAreKept() {
        Guide g = Guides.guide(guideStore, TaskType.BUS_TRAINING, Disability.INTELLECTUAL_DISABILITY, "Vest", 2);
        Match m = proposed(g, TaskType.BUS_TRAINING);
        service.approve(TestStack.COORDINATOR, m.id(), null);
        assertEquals("MATCH_NOT_ACCEPTED", assertThrows(ConflictException.class, () -> service.scheduleFirstMeeting(
                TestStack.COORDINATOR, m.id(), new MeetingPlan(LocalDateTime.parse("2026-03-05T10:00"), "Biblioteket", "Sara"))).code());
        service.accept(TestStack.COORDINATOR, m.id());
        assertThrows(ValidationException.class, () -> service.scheduleFirstMeeting(TestStack.COORDINATOR, m.id(),
                new MeetingPlan(null, "", null)));
        service.scheduleFirstMeeting(TestStack.COORDINATOR, m.id(),
                new MeetingPlan(LocalDateTime.parse("2026-03-05T10:00"), "Biblioteket", "Sara Medarbejder"));
        service.logMeeting(TestStack.COORDINATOR, m.id(), 1, new MatchForms.MeetingLog(true, "Vi lærte hinanden at kende"));
        service.agreeMeetings(TestStack.COORDINATOR, m.id(), new MatchForms.AgreedMeetings(List.of(
                new MeetingPlan(LocalDateTime.parse("2026-03-12T10:00"), "Caféen", null))));
        service.debrief(TestStack.COORDINATOR, m.id(), new MatchForms.DebriefForm("Guiden havde det godt", false));
        service.planBusTraining(TestStack.COORDINATOR, m.id(),
                new MatchForms.BusTrainingForm(LocalDate.of(2026, 3, 16), LocalTime.of(8, 30), "Busstoppestedet"));
        Match stored = matchStore.get(m.id());
        assertEquals(8, stored.meetings().size());
        assertEquals(MeetingStatus.HELD, stored.firstMeeting().orElseThrow().status());
        assertEquals("Sara Medarbejder", stored.firstMeeting().orElseThrow().facilitator());
        assertEquals(MeetingKind.AGREED, stored.meetings().get(1).kind());
        assertEquals(SupportLevel.TRAVEL_ALONE, stored.meetings().get(7).support());
        assertEquals("Guiden havde det godt", stored.debrief().notes());
        assertEquals(LocalDateTime.parse("2026-03-16T08:30"), stored.meetings().get(2).startsAt());
    }

    @Test
    void aMatchingRunRequest_isRecordedAndPutOnTheMatchingQueue() {
        MatchingRun run = stack.bean(MatchingRunRequestService.class).start(TestStack.COORDINATOR);
        assertEquals(MatchingRunStatus.REQUESTED, stack.bean(MatchingRunStore.class).get(run.id()).status());
        List<EventMessage> sent = matchingMessagesFor(run.id());
        assertEquals(1, sent.size());
        assertEquals(EventMessage.MATCHING_RUN_REQUESTED, sent.get(0).type());
        assertThrows(dk.livsmester.domain.ForbiddenException.class, () -> stack.bean(MatchingRunRequestService.class).start(TestStack.CONTACT));
    }

    @Test
    void anAlertIsRaisedOnce_andTheCoordinatorAcknowledgesIt() {
        AlertStore alerts = stack.bean(AlertStore.class);
        Alert a = new Alert("INACTIVE-M-test-20260301", AlertKind.INACTIVE_MATCH, "M-test", "g", "r",
                Instant.parse("2026-03-01T10:00:00Z"), 15, AlertStatus.OPEN, Instant.now(), null, null, null, 0);
        assertTrue(alerts.raise(a));
        assertTrue(!alerts.raise(a), "the same alert is raised once");
        AlertService service = stack.bean(AlertService.class);
        assertTrue(service.list(TestStack.COORDINATOR, AlertStatus.OPEN, 25, null).items().contains(a));
        Alert ack = service.acknowledge(TestStack.COORDINATOR, a.id());
        assertEquals(AlertStatus.ACKNOWLEDGED, ack.status());
        assertEquals(ack, service.acknowledge(TestStack.COORDINATOR, a.id()));
        assertTrue(service.list(TestStack.COORDINATOR, AlertStatus.OPEN, 25, null).items().stream().noneMatch(x -> x.id().equals(a.id())));
        assertTrue(!alerts.raise(a), "an acknowledged alert is not raised again for the same quiet spell");
    }
}
