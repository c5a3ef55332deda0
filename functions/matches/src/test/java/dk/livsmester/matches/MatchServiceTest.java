package dk.livsmester.matches;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.guides.Disability;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideAtCapacityException;
import dk.livsmester.domain.guides.GuideKind;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.GuideStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchAlreadyDecidedException;
import dk.livsmester.domain.guides.MatchForms;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.domain.guides.TaskType;
import dk.livsmester.platform.events.EventMessage;
import dk.livsmester.platform.testing.Guides;
import dk.livsmester.platform.testing.TestStack;
import dk.livsmester.platform.testing.memory.InMemoryGuidesTable;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The match service's flows on an in-memory GuidesTable: a guide's places are taken and freed exactly once. */
class MatchServiceTest {
    final InMemoryGuidesTable table = new InMemoryGuidesTable();
    final Clock clock = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);
    final dk.livsmester.platform.testing.memory.InMemoryReadLog readLog = new dk.livsmester.platform.testing.memory.InMemoryReadLog();
    final dk.livsmester.platform.testing.memory.InMemorySharing sharing = new dk.livsmester.platform.testing.memory.InMemorySharing();
    final MatchService service = new MatchService(table.matches(), table.requests(), table.guides(),
            readLog.readLog(clock), sharing, clock, () -> "Europe/Copenhagen");

    Guide guide(int capacity) {
        return Guides.guide(table.guides(), TaskType.BUS_TRAINING, Disability.AUTISM, "Vest", capacity);
    }

    Match proposed(Guide g) {
        return Guides.proposed(table.requests(), table.matches(), g, TaskType.BUS_TRAINING);
    }

    @Test
    void approvals_takeTheGuidesPlaces_untilTheGuideIsFull_andApprovingTwiceIsHarmless() {
        Guide g = guide(1);
        Match first = proposed(g);
        Match second = proposed(g);
        Match approved = service.approve(TestStack.COORDINATOR, first.id(), null);
        assertEquals(approved, service.approve(TestStack.COORDINATOR, first.id(), null));
        assertThrows(GuideAtCapacityException.class, () -> service.approve(TestStack.COORDINATOR, second.id(), null));
        assertEquals(1, table.guides().get(g.id()).activeMatches());
        assertEquals(MatchStatus.PROPOSED, table.matches().get(second.id()).status());
        assertEquals(GuideRequestStatus.MATCHED, table.requests().get(first.requestId()).status());
    }

    @Test
    void aSecondApprovalThatReadTheProposalBeforeTheFirst_isAlreadyDecided_andTakesNoSecondPlace() {
        Guide g = guide(3);
        Match m = proposed(g);
        service.approve(TestStack.COORDINATOR, m.id(), null);
        table.nextMatchReadReturns(m);
        assertThrows(MatchAlreadyDecidedException.class, () -> service.approve(TestStack.COORDINATOR, m.id(), null));
        assertEquals(1, table.guides().get(g.id()).activeMatches());
    }

    @Test
    void theGuidesNo_freesThePlaceAndTheRotationCount_andPutsTheRequestBackInANewRound() {
        Guide g = Guides.guide(table.guides(), TaskType.IT, Disability.PHYSICAL, "Nord", 2);
        Guide withLogin = new Guide(g.id() + "-own", "Kim", GuideKind.PEER, Set.of(TaskType.IT), Set.of(), List.of("da"),
                "Nord", Set.of("MON_AM"), 2, 0, 0, GuideStatus.ACTIVE, "guide-kim", null, Instant.EPOCH, 0);
        table.guides().create(withLogin);
        Match m = Guides.proposed(table.requests(), table.matches(), withLogin, TaskType.IT);
        service.approve(TestStack.COORDINATOR, m.id(), null);
        Caller kim = new Caller("guide-kim", "Kim", Role.GUIDE);
        assertThrows(NotFoundException.class, () -> service.decline(new Caller("guide-other", "O", Role.GUIDE), m.id()));
        assertEquals(MatchStatus.DECLINED, service.decline(kim, m.id()).status());
        Guide after = table.guides().get(withLogin.id());
        assertEquals(0, after.activeMatches());
        assertEquals(0, after.totalMatches());
        GuideRequest back = table.requests().get(m.requestId());
        assertEquals(GuideRequestStatus.OPEN, back.status());
        assertEquals(1, back.round());
        assertEquals(Set.of(withLogin.id()), back.excludedGuideIds());
        EventMessage reopened = table.events.get(table.events.size() - 1).message();
        assertEquals(EventMessage.GUIDE_REQUEST_OPENED, reopened.type());
        assertEquals(1, reopened.version(), "the message names the new round");
        assertEquals(0, table.guides().get(g.id()).activeMatches(), "another guide is untouched");
    }

    @Test
    void closing_freesThePlaceOnce_andClosesTheRequest() {
        Guide g = guide(1);
        Match m = proposed(g);
        service.approve(TestStack.COORDINATOR, m.id(), null);
        MatchForms.ClosureForm words = new MatchForms.ClosureForm("Jeg kan selv tage bussen", "Godt forløb");
        Match closed = service.close(TestStack.COORDINATOR, m.id(), words);
        assertEquals(closed, service.close(TestStack.COORDINATOR, m.id(), words));
        assertEquals(0, table.guides().get(g.id()).activeMatches());
        assertEquals(1, table.guides().get(g.id()).totalMatches(), "a real match counts for rotation");
        assertEquals(GuideRequestStatus.CLOSED, table.requests().get(m.requestId()).status());
    }

    @Test
    void aMeetingIsMarkedHeldOnlyOnceItHasBegun_andTheGuideSeesNoScores() {
        Guide g = guide(2);
        Match m = proposed(g);
        service.approve(TestStack.COORDINATOR, m.id(), null);
        service.accept(TestStack.COORDINATOR, m.id());
        // The clock says 2 March 2026 11.00 in Copenhagen; the first meeting is on the 5th.
        service.scheduleFirstMeeting(TestStack.COORDINATOR, m.id(),
                new dk.livsmester.domain.guides.MeetingPlan(java.time.LocalDateTime.parse("2026-03-05T10:00"), "Biblioteket", "Sara"));
        dk.livsmester.domain.ConflictException early = assertThrows(dk.livsmester.domain.ConflictException.class,
                () -> service.logMeeting(TestStack.COORDINATOR, m.id(), 1,
                        new dk.livsmester.domain.guides.MatchForms.MeetingLog(true, "Vi mødtes")));
        assertEquals("MEETING_NOT_YET", early.code());
        assertEquals(dk.livsmester.domain.guides.MeetingStatus.PLANNED, table.matches().get(m.id()).meetings().get(0).status());
        service.scheduleFirstMeeting(TestStack.COORDINATOR, m.id(),
                new dk.livsmester.domain.guides.MeetingPlan(java.time.LocalDateTime.parse("2026-03-02T10:30"), "Biblioteket", "Sara"));
        assertEquals(dk.livsmester.domain.guides.MeetingStatus.HELD, service.logMeeting(TestStack.COORDINATOR, m.id(), 1,
                new dk.livsmester.domain.guides.MatchForms.MeetingLog(true, "Vi mødtes")).meetings().get(0).status(),
                "10.30 in Copenhagen is 9.30 UTC: begun at 10.00 UTC");

        dk.livsmester.domain.Caller guide = new dk.livsmester.domain.Caller("guide-test", "Gry Guide", dk.livsmester.domain.Role.GUIDE);
        GuideMatchView seen = service.forGuide(guide, "GET /api/matches/{id}", table.matches().get(m.id()));
        assertEquals(java.util.List.of("guide-test GET /api/matches/{id} match#" + m.id()), readLog.all().stream()
                .map(e -> e.staffSubject() + " " + e.route() + " " + e.record()).toList(), "the guide's read is logged");
        assertEquals(java.util.Arrays.asList("id", "guideId", "taskType", "status", "approvedAt", "citizenFirstName", "area",
                "availability", "timing", "needs", "citizenDisability", "withheld", "meetings"), java.util.Arrays.stream(GuideMatchView.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList(), "no score, no other candidates");
        assertEquals("Vest", seen.area());
    }

    @Test
    void aPageOfMatches_isLoggedOncePerMatch_forTheCoordinatorAsForTheGuide() {
        Guide g = guide(3);
        // One request names its citizen (its entry is then found by them), the other names none.
        GuideRequest qa = GuideRequest.builder().id(dk.livsmester.domain.Ids.newId("req")).citizenName("Bo Borger")
                .citizenDisability(Disability.AUTISM).needs("Bussen").taskType(TaskType.BUS_TRAINING)
                .timing(dk.livsmester.domain.guides.RequestTiming.AFTER_MEETING).area("Vest").availability(Set.of("MON_AM"))
                .createdBy(TestStack.CONTACT.subject()).createdAt(Instant.now()).citizenSubject("citizen-of-a").build();
        table.requests().create(qa, List.of());
        Match a = Match.proposed(qa, new dk.livsmester.domain.guides.Candidate(g.id(), 90, java.util.Map.of("taskFit", 35)),
                List.of(), null, Instant.now());
        table.matches().propose(a, qa, qa.withStatus(GuideRequestStatus.PROPOSED));
        Match b = proposed(g);
        List<Object> whole = service.shown(TestStack.COORDINATOR, "GET /api/matches", List.of(a, b));
        assertEquals(List.of(a, b), whole, "the coordinator gets the matches whole");
        Caller guide = new Caller("guide-test", "Gry Guide", Role.GUIDE);
        List<Object> views = service.shown(guide, "GET /api/matches", List.of(a, b));
        assertEquals(List.of(a.id(), b.id()), views.stream().map(v -> ((GuideMatchView) v).id()).toList());
        assertEquals(java.util.Set.of(
                        "coordinator-test match#" + a.id() + " citizen=citizen-of-a",
                        "coordinator-test match#" + b.id() + " citizen=null",
                        "guide-test match#" + a.id() + " citizen=citizen-of-a",
                        "guide-test match#" + b.id() + " citizen=null"),
                readLog.all().stream().filter(e -> e.route().equals("GET /api/matches"))
                        .map(e -> e.staffSubject() + " " + e.record() + " citizen=" + e.citizenSubject())
                        .collect(java.util.stream.Collectors.toSet()));
        assertEquals(4, readLog.all().size(), "one entry per match shown, nothing else");
    }

    @Test
    void theGuideSeesTheNeedsAndTheDisability_onlyAsTheCitizenChose_andTheLatestChoiceCounts() throws Exception {
        Match m = proposed(guide(2));
        dk.livsmester.domain.Caller guide = new dk.livsmester.domain.Caller("guide-test", "Gry Guide", dk.livsmester.domain.Role.GUIDE);
        dk.livsmester.domain.Caller citizen = new dk.livsmester.domain.Caller("citizen-test", "Bo Borger", dk.livsmester.domain.Role.CITIZEN);
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper()
                .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL);

        GuideMatchView none = service.forGuide(guide, "GET /api/matches/{id}", m);
        com.fasterxml.jackson.databind.JsonNode sent = json.valueToTree(none);
        assertEquals(false, sent.has("needs"), "no choice recorded: the needs are not in the answer: " + sent);
        assertEquals(false, sent.has("citizenDisability"));
        assertEquals(List.of("needs", "disability"), none.withheld());

        sharing.record(dk.livsmester.domain.guides.SharingConsent.first(m.requestId(),
                new dk.livsmester.domain.guides.SharingConsent.Choice(true, false), citizen, clock.instant()));
        GuideMatchView needsOnly = service.forGuide(guide, "GET /api/matches/{id}", m);
        assertEquals("Vil gerne lære at tage bussen", needsOnly.needs());
        assertEquals(null, needsOnly.citizenDisability());
        assertEquals(List.of("disability"), needsOnly.withheld());

        dk.livsmester.domain.guides.SharingConsent both = dk.livsmester.domain.guides.SharingConsent.change(m.requestId(),
                sharing.current(m.requestId()).orElseThrow(),
                new dk.livsmester.domain.guides.SharingConsent.Choice(null, true), citizen, clock.instant());
        sharing.record(both);
        GuideMatchView all = service.forGuide(guide, "GET /api/matches/{id}", m);
        assertEquals(Disability.AUTISM, all.citizenDisability());
        assertEquals("Vil gerne lære at tage bussen", all.needs(), "a change naming only the disability keeps the needs");
        assertEquals(List.of(), all.withheld());
        assertThrows(dk.livsmester.domain.StaleStateException.class, () -> sharing.record(both), "each number once");
    }
}
