package dk.livsmester.guides;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.ForbiddenException;
import dk.livsmester.domain.Ids;
import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.guides.Candidate;
import dk.livsmester.domain.guides.Disability;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchAlreadyDecidedException;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.domain.guides.TaskType;
import dk.livsmester.domain.support.SupportRelation;
import dk.livsmester.domain.support.SupportRelationForm;
import dk.livsmester.platform.store.GuideRequestStore;
import dk.livsmester.platform.store.GuideStore;
import dk.livsmester.platform.store.MatchStore;
import dk.livsmester.platform.store.SupportRelationStore;
import dk.livsmester.platform.testing.Guides;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A citizen who no longer wants a guide withdraws the request (DynamoDB Local): while it waits, by the citizen, the
 * contact person who supports them or staff with them; a proposal waiting for the coordinator is superseded in the
 * same write, so it cannot be approved after; a matched request is the coordinator's to close; nobody else may.
 */
class GuideWithdrawalIT {
    static TestStack stack;
    static GuideService service;
    static GuideRequestStore requests;
    static MatchStore matches;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        service = stack.bean(GuideService.class);
        requests = stack.bean(GuideRequestStore.class);
        matches = stack.bean(MatchStore.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void theCitizenWithdrawsAnOpenRequest_onceAndForAll() {
        Caller citizen = new Caller(Ids.newId("citizen"), "Bo Borger", Role.CITIZEN);
        GuideRequest q = service.request(citizen, CitizenGuideRequestsIT.form(null));

        OwnGuideRequest withdrawn = service.withdraw(citizen, q.id());

        assertEquals("WITHDRAWN", withdrawn.status());
        GuideRequest stored = requests.get(q.id());
        assertEquals(GuideRequestStatus.WITHDRAWN, stored.status());
        assertNotNull(stored.closedAt(), "its retention runs from now");
        assertEquals(stored, requests.get(service.withdraw(citizen, q.id()).id()), "asked again: answered as it is");
        assertEquals(stored.version(), requests.get(q.id()).version(), "and nothing written the second time");
    }

    @Test
    void aProposalWaitingForTheCoordinator_isSupersededWithIt_andCannotBeApprovedAfter() {
        Caller contact = new Caller(Ids.newId("contact"), "Kim Kontakt", Role.CONTACT_PERSON);
        Caller citizen = new Caller(Ids.newId("citizen"), "Bo Borger", Role.CITIZEN);
        stack.bean(SupportRelationStore.class).register(SupportRelation.register(new SupportRelationForm(
                contact.subject(), contact.name(), citizen.subject(), citizen.name()), "team-test", Instant.now()));
        GuideRequest q = service.request(citizen, CitizenGuideRequestsIT.form(null));
        Guide g = Guides.guide(stack.bean(GuideStore.class), TaskType.BUS_TRAINING, Disability.AUTISM, "Vest", 2);
        Match proposed = Match.proposed(q, new Candidate(g.id(), 80, Map.of("taskFit", 35)), List.of(), null, Instant.now());
        matches.propose(proposed, q, q.withStatus(GuideRequestStatus.PROPOSED));
        GuideRequest queued = requests.get(q.id());

        service.withdraw(contact, q.id());

        assertEquals(GuideRequestStatus.WITHDRAWN, requests.get(q.id()).status());
        assertEquals(MatchStatus.SUPERSEDED, matches.get(proposed.id()).status());
        Match approved = proposed.approve(null, TestStack.COORDINATOR.subject(), Instant.now());
        assertThrows(MatchAlreadyDecidedException.class, () -> matches.approve(proposed, approved, queued,
                queued.withStatus(GuideRequestStatus.MATCHED)), "the coordinator's approval read before it is refused");
        assertEquals(0, stack.bean(GuideStore.class).get(g.id()).activeMatches(), "and took no place");
    }

    @Test
    void aMatchedRequest_isTheCoordinatorsToClose_andNobodyElseMayWithdrawIt() {
        Caller citizen = new Caller(Ids.newId("citizen"), "Bo Borger", Role.CITIZEN);
        Caller stranger = new Caller(Ids.newId("citizen"), "Ea Anden", Role.CITIZEN);
        GuideRequest q = service.request(citizen, CitizenGuideRequestsIT.form(null));

        assertThrows(NotFoundException.class, () -> service.withdraw(stranger, q.id()), "another's request: unknown");
        Caller guide = new Caller(Ids.newId("guide"), "Ida Guide", Role.GUIDE);
        assertThrows(ForbiddenException.class, () -> service.withdraw(guide, q.id()), "a guide does not");
        assertEquals(GuideRequestStatus.OPEN, requests.get(q.id()).status());

        Guide g = Guides.guide(stack.bean(GuideStore.class), TaskType.BUS_TRAINING, Disability.AUTISM, "Vest", 2);
        Match proposed = Match.proposed(q, new Candidate(g.id(), 80, Map.of("taskFit", 35)), List.of(), null, Instant.now());
        matches.propose(proposed, q, q.withStatus(GuideRequestStatus.PROPOSED));
        GuideRequest queued = requests.get(q.id());
        matches.approve(proposed, proposed.approve(null, TestStack.COORDINATOR.subject(), Instant.now()), queued,
                queued.withStatus(GuideRequestStatus.MATCHED));

        ConflictException refused = assertThrows(ConflictException.class, () -> service.withdraw(citizen, q.id()));
        assertEquals("REQUEST_MATCHED", refused.code());
        assertEquals(GuideRequestStatus.MATCHED, requests.get(q.id()).status());

        GuideRequest other = service.request(citizen, CitizenGuideRequestsIT.form(null));
        assertEquals("WITHDRAWN", service.withdraw(TestStack.COORDINATOR, other.id()).status(), "the coordinator may");
        GuideRequest asked = service.request(citizen, CitizenGuideRequestsIT.form(null));
        service.askForInfo(TestStack.COORDINATOR, asked.id(), "Hvilke dage kan Bo?");
        assertEquals("WITHDRAWN", service.withdraw(TestStack.TEAM, asked.id()).status(),
                "the team with the citizen, while the coordinator waits for an answer");
    }
}
