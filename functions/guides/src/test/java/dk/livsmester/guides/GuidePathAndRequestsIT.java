package dk.livsmester.guides;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.ForbiddenException;
import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.ValidationException;
import dk.livsmester.domain.guides.AskAgain;
import dk.livsmester.domain.guides.Candidate;
import dk.livsmester.domain.guides.Disability;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideForm;
import dk.livsmester.domain.guides.GuideKind;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestForm;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.GuideStatus;
import dk.livsmester.domain.guides.GuideStatusChange;
import dk.livsmester.domain.guides.InfoAnswer;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.domain.guides.RequestTiming;
import dk.livsmester.domain.guides.TaskType;
import dk.livsmester.platform.events.EventMessage;
import dk.livsmester.platform.store.GuideRequestStore;
import dk.livsmester.platform.store.GuideStore;
import dk.livsmester.platform.store.MatchStore;
import dk.livsmester.platform.store.Json;
import dk.livsmester.domain.StaleStateException;
import dk.livsmester.platform.testing.Guides;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.model.Message;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guides' path and the guide requests' rounds, on DynamoDB Local and ElasticMQ. */
class GuidePathAndRequestsIT {
    static TestStack stack;
    static GuideStore guideStore;
    static GuideRequestStore requestStore;
    static MatchStore matchStore;
    static GuideService service;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        guideStore = stack.bean(GuideStore.class);
        requestStore = stack.bean(GuideRequestStore.class);
        matchStore = stack.bean(MatchStore.class);
        service = stack.bean(GuideService.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    static GuideForm form(GuideStatus status, String account, int capacity) {
        return new GuideForm("Kim Eksempel", GuideKind.CIVIL_VOLUNTEER, Set.of(TaskType.IT), Set.of(), List.of("da"), "Nord",
                Set.of("MON_AM"), capacity, status, account, status == GuideStatus.INTERESTED ? null : LocalDate.of(2025, 1, 6),
                status == GuideStatus.INTERESTED ? null : "Hold 2025-1", status == GuideStatus.INTERESTED ? null : LocalDate.of(2025, 3, 3));
    }

    static GuideStatusChange to(GuideStatus s) {
        return new GuideStatusChange(s, null, null, null, null);
    }

    static List<EventMessage> matchingMessagesFor(String subjectId) {
        String url = stack.aws().queueUrl("MatchingQueue");
        List<EventMessage> out = new ArrayList<>();
        for (int i = 0; i < 5 && out.isEmpty(); i++) {
            for (Message m : stack.aws().sqs().receiveMessage(b -> b.queueUrl(url).maxNumberOfMessages(10).waitTimeSeconds(1)).messages()) {
                EventMessage e = Json.read(m.body(), EventMessage.class);
                if (e.subjectId().equals(subjectId)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    @Test
    void theWholePath_isRecorded_andIllegalOrIncompleteStepsWriteNothing() {
        Guide g = service.register(TestStack.COORDINATOR, form(GuideStatus.INTERESTED, null, 2));
        assertEquals(GuideKind.CIVIL_VOLUNTEER, g.kind());
        ConflictException skip = assertThrows(ConflictException.class,
                () -> service.changeStatus(TestStack.COORDINATOR, g.id(), to(GuideStatus.ACTIVE)));
        assertEquals("ILLEGAL_TRANSITION", skip.code());
        ValidationException noCertificate = assertThrows(ValidationException.class,
                () -> service.changeStatus(TestStack.COORDINATOR, g.id(), to(GuideStatus.ADMITTED)));
        assertEquals("criminalRecordSeen", noCertificate.errors().get(0).field());
        assertEquals(g, guideStore.get(g.id()), "nothing was written");

        service.changeStatus(TestStack.COORDINATOR, g.id(),
                new GuideStatusChange(GuideStatus.ADMITTED, true, LocalDate.now().minusDays(2), null, null));
        service.changeStatus(TestStack.COORDINATOR, g.id(), new GuideStatusChange(GuideStatus.IN_TRAINING, null, null, "Hold 3", null));
        service.changeStatus(TestStack.COORDINATOR, g.id(),
                new GuideStatusChange(GuideStatus.CERTIFIED, null, null, null, LocalDate.now().minusDays(1)));
        Guide active = service.changeStatus(TestStack.COORDINATOR, g.id(), to(GuideStatus.ACTIVE));
        Guide stored = guideStore.get(g.id());
        assertEquals(active, stored);
        assertEquals(GuideStatus.ACTIVE, stored.status());
        assertEquals(LocalDate.now().minusDays(2), stored.path().criminalRecordSeenOn());
        assertEquals(TestStack.COORDINATOR.subject(), stored.path().criminalRecordSeenBy());
        assertEquals("Hold 3", stored.path().cohort());
        assertEquals(4, stored.path().history().size());
        assertEquals(List.of(stored), guideStore.all().stream().filter(x -> x.id().equals(g.id())).toList());
    }

    @Test
    void aGuidePausesAndResumesThemself_butNoOneElsesProfile_andCannotStop() {
        Guide g = service.register(TestStack.COORDINATOR, form(GuideStatus.ACTIVE, "guide-kim", 2));
        Caller kim = new Caller("guide-kim", "Kim", Role.GUIDE);
        Caller other = new Caller("guide-other", "Other", Role.GUIDE);
        assertEquals(GuideStatus.PAUSED, service.changeStatus(kim, g.id(), to(GuideStatus.PAUSED)).status());
        assertThrows(NotFoundException.class, () -> service.changeStatus(other, g.id(), to(GuideStatus.ACTIVE)));
        assertThrows(ForbiddenException.class, () -> service.changeStatus(kim, g.id(), to(GuideStatus.STOPPED)));
        assertEquals(GuideStatus.ACTIVE, service.changeStatus(kim, g.id(), to(GuideStatus.ACTIVE)).status());
        assertEquals(g.id(), service.guide(kim, g.id()).id());
        assertThrows(NotFoundException.class, () -> service.guide(other, g.id()));
    }

    @Test
    void aStatusChangeRacingAnApproval_neverOverwritesTheGuidesLoad() throws Exception {
        Guide g = service.register(TestStack.COORDINATOR, form(GuideStatus.ACTIVE, null, 3));
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            GuideRequest q = Guides.request(requestStore, TaskType.IT, Disability.AUTISM, "Nord");
            Match m = Match.proposed(q, new Candidate(g.id(), 80, Map.of("taskFit", 35)), List.of(), null, Instant.now());
            matchStore.propose(m, q, q.withStatus(GuideRequestStatus.PROPOSED));
            matches.add(m);
        }
        Guide staleRead = guideStore.get(g.id());
        Match m0 = matches.get(0);
        GuideRequest q0 = requestStore.get(m0.requestId());
        matchStore.approve(m0, m0.approve(null, "c", Instant.now()), q0, q0.withStatus(GuideRequestStatus.MATCHED));
        assertThrows(StaleStateException.class, () -> guideStore.update(staleRead, staleRead.withPath(GuideStatus.PAUSED, staleRead.path())));
        assertEquals(1, guideStore.get(g.id()).activeMatches(), "the stale write did not reset the load");

        // Pausing while the other two are approved at the same moment: every approval that got in keeps its place.
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Match m : matches.subList(1, 3)) {
            futures.add(pool.submit(() -> {
                go.await();
                try {
                    GuideRequest q = requestStore.get(m.requestId());
                    matchStore.approve(m, m.approve(null, "c", Instant.now()), q, q.withStatus(GuideRequestStatus.MATCHED));
                    return "approved";
                } catch (ConflictException e) {
                    return e.code();
                }
            }));
        }
        futures.add(pool.submit(() -> {
            go.await();
            return service.changeStatus(TestStack.COORDINATOR, g.id(), to(GuideStatus.PAUSED)).status();
        }));
        go.countDown();
        int approved = 1;
        for (Future<Object> f : futures.subList(0, 2)) {
            approved += "approved".equals(f.get()) ? 1 : 0;
        }
        assertEquals(GuideStatus.PAUSED, futures.get(2).get());
        pool.shutdown();
        Guide after = guideStore.get(g.id());
        assertEquals(GuideStatus.PAUSED, after.status());
        assertEquals(approved, after.activeMatches());
        assertEquals(approved, matchStore.all(MatchStatus.APPROVED).stream().filter(m -> m.guideId().equals(g.id())).count());
    }

    @Test
    void aGuideWithActiveMatchesCannotStop_andCapacityCannotGoBelowTheLoad() {
        Guide g = service.register(TestStack.COORDINATOR, form(GuideStatus.ACTIVE, null, 3));
        for (int i = 0; i < 2; i++) {
            GuideRequest q = Guides.request(requestStore, TaskType.IT, Disability.AUTISM, "Nord");
            Match m = Match.proposed(q, new Candidate(g.id(), 80, Map.of("taskFit", 35)), List.of(), null, Instant.now());
            matchStore.propose(m, q, q.withStatus(GuideRequestStatus.PROPOSED));
            GuideRequest proposed = requestStore.get(q.id());
            matchStore.approve(m, m.approve(null, "c", Instant.now()), proposed, proposed.withStatus(GuideRequestStatus.MATCHED));
        }
        assertEquals("GUIDE_HAS_ACTIVE_MATCHES", assertThrows(ConflictException.class,
                () -> service.changeStatus(TestStack.COORDINATOR, g.id(), to(GuideStatus.STOPPED))).code());
        assertEquals("CAPACITY_BELOW_LOAD", assertThrows(ConflictException.class,
                () -> service.updateProfile(TestStack.COORDINATOR, g.id(), form(GuideStatus.ACTIVE, null, 1))).code());
        Guide shrunk = service.updateProfile(TestStack.COORDINATOR, g.id(), form(GuideStatus.ACTIVE, null, 2));
        assertEquals(2, shrunk.capacity());
        Guide stored = guideStore.get(g.id());
        assertEquals(2, stored.activeMatches(), "a profile edit keeps the load");
        assertEquals(2, stored.totalMatches());
        assertTrue(!stored.canTakeMore());
    }

    @Test
    void aQuestionSupersedesTheProposal_andTheAnswerPutsTheRequestBackOnTheQueueInANewRound() {
        GuideRequest q = service.request(TestStack.CONTACT, new GuideRequestForm("Bo Borger", Disability.AUTISM,
                "Vil gerne i svømmehallen", TaskType.EXERCISE, RequestTiming.BEFORE_MEETING, false, "Vest", Set.of("MON_AM"),
                "Jeg går til svømning en gang om ugen", "CSC-4711", null, null));
        assertEquals(List.of(0L), matchingMessagesFor(q.id()).stream().map(EventMessage::version).toList());
        Guide g = Guides.guide(guideStore, TaskType.EXERCISE, Disability.AUTISM, "Vest", 2);
        Match m = Match.proposed(q, new Candidate(g.id(), 80, Map.of("taskFit", 35)), List.of(), null, Instant.now());
        matchStore.propose(m, q, q.withStatus(GuideRequestStatus.PROPOSED));

        assertThrows(ForbiddenException.class, () -> service.askForInfo(TestStack.CONTACT, q.id(), "?"));
        assertThrows(ValidationException.class, () -> service.askForInfo(TestStack.COORDINATOR, q.id(), " "));
        GuideRequest asked = service.askForInfo(TestStack.COORDINATOR, q.id(), "Kan borgeren om eftermiddagen?");
        assertEquals(GuideRequestStatus.NEEDS_INFO, asked.status());
        assertEquals(MatchStatus.SUPERSEDED, matchStore.get(m.id()).status(), "the proposal cannot be approved meanwhile");

        GuideRequest answered = service.answer(TestStack.CONTACT, q.id(),
                new InfoAnswer("Ja, tirsdag eftermiddag", null, Set.of("TUE_PM"), null, null, null));
        assertEquals(GuideRequestStatus.OPEN, answered.status());
        assertEquals(2, answered.round());
        assertEquals(Set.of("TUE_PM"), requestStore.get(q.id()).availability());
        assertEquals("CSC-4711", requestStore.get(q.id()).subGoalRef());
        assertEquals(List.of(2L), matchingMessagesFor(q.id()).stream().map(EventMessage::version).toList());
        assertEquals("ILLEGAL_TRANSITION", assertThrows(ConflictException.class, () -> service.answer(TestStack.CONTACT, q.id(),
                new InfoAnswer("igen", null, null, null, null, null))).code());
    }

    @Test
    void afterAClosedMatch_theCitizenCanAskAgainOnce_evenWhenTwoAskAtTheSameMoment() throws Exception {
        GuideRequest q = Guides.request(requestStore, TaskType.VISITING_FRIEND, Disability.AUTISM, "Syd");
        assertEquals("REQUEST_NOT_CLOSED", assertThrows(ConflictException.class,
                () -> service.askAgain(TestStack.CONTACT, q.id(), new AskAgain(null, null, null, null, null, null))).code());
        GuideRequest closed = q.withStatus(GuideRequestStatus.CLOSED);
        requestStore.save(q, closed, List.of());
        assertThrows(NotFoundException.class, () -> service.askAgain(new Caller("contact-x", "X", Role.CONTACT_PERSON),
                q.id(), new AskAgain(null, null, null, null, null, null)), "only the staff member who asked, or staff");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(pool.submit(() -> {
                go.await();
                try {
                    return service.askAgain(TestStack.CONTACT, q.id(), new AskAgain(TaskType.SHOPPING, "Nu vil jeg lære at handle",
                            null, null, null, null));
                } catch (ConflictException e) {
                    return e.code();
                }
            }));
        }
        go.countDown();
        List<GuideRequest> made = new ArrayList<>();
        for (Future<Object> f : results) {
            Object o = f.get();
            if (o instanceof GuideRequest r) {
                made.add(r);
            } else {
                assertTrue(Set.of("ALREADY_ASKED_AGAIN", "STALE_STATE").contains(o), String.valueOf(o));
            }
        }
        pool.shutdown();
        assertEquals(1, made.size(), "one new request");
        GuideRequest again = requestStore.get(made.get(0).id());
        assertEquals(TaskType.SHOPPING, again.taskType());
        assertEquals(q.id(), again.previousRequestId());
        assertEquals(again.id(), requestStore.get(q.id()).nextRequestId());
        assertEquals(GuideRequestStatus.OPEN, again.status());
        assertNull(again.nextRequestId());
        assertEquals(1, matchingMessagesFor(again.id()).size());
    }
}
