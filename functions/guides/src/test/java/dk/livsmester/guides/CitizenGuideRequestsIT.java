package dk.livsmester.guides;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Ids;
import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.guides.Candidate;
import dk.livsmester.domain.guides.Disability;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestForm;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.RequestTiming;
import dk.livsmester.domain.guides.TaskType;
import dk.livsmester.domain.support.SupportRelation;
import dk.livsmester.domain.support.SupportRelationForm;
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
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Guide requests belong to the citizen (DynamoDB Local): made by the citizen, or by a contact person for a citizen they
 * support (refused as unknown for one they do not), visible to both, and the guide's first name and meetings shown
 * only once the guide has said yes.
 */
class CitizenGuideRequestsIT {
    static TestStack stack;
    static GuideService service;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        service = stack.bean(GuideService.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    static GuideRequestForm form(String citizenSubject) {
        return new GuideRequestForm("Bo Borger", Disability.AUTISM, "Jeg vil gerne lære at tage bussen til jobbet.",
                TaskType.BUS_TRAINING, RequestTiming.NOT_LINKED, false, "Vest", Set.of("TUE_PM", "THU_PM"), null, null,
                citizenSubject, null);
    }

    @Test
    void aCitizenAsksForAGuide_andSeesTheirOwnRequest() {
        Caller citizen = new Caller(Ids.newId("citizen"), "Bo Borger", Role.CITIZEN);
        GuideRequest q = service.request(citizen, form(null));
        assertEquals(citizen.subject(), q.citizenSubject());
        assertEquals(List.of(q.id()), service.mine(citizen).stream().map(OwnGuideRequest::id).toList());
        assertEquals(q.id(), service.own(citizen, q.id()).id());
    }

    @Test
    void aContactPersonAsksForALinkedCitizen_bothSeeIt_andTheGuideIsNamedOnlyOnceTheySaidYes() {
        Caller contact = new Caller(Ids.newId("contact"), "Kim Kontakt", Role.CONTACT_PERSON);
        Caller citizen = new Caller(Ids.newId("citizen"), "Bo Borger", Role.CITIZEN);
        Caller stranger = new Caller(Ids.newId("citizen"), "Ea Anden", Role.CITIZEN);
        assertThrows(NotFoundException.class, () -> service.request(contact, form(citizen.subject())),
                "not linked yet: answered as an unknown citizen");
        stack.bean(SupportRelationStore.class).register(SupportRelation.register(new SupportRelationForm(
                contact.subject(), contact.name(), citizen.subject(), citizen.name()), "team-test", Instant.now()));
        GuideRequest q = service.request(contact, form(citizen.subject()));

        assertEquals(List.of(q.id()), service.mine(citizen).stream().map(OwnGuideRequest::id).toList(), "the citizen's");
        assertEquals(List.of(q.id()), service.mine(contact).stream().map(OwnGuideRequest::id).toList(), "and the contact person's");
        assertThrows(NotFoundException.class, () -> service.own(stranger, q.id()));
        assertEquals(List.of(), service.mine(stranger));

        Guide g = Guides.guide(stack.bean(GuideStore.class), TaskType.BUS_TRAINING, Disability.AUTISM, "Vest", 2);
        MatchStore matches = stack.bean(MatchStore.class);
        Match proposed = Match.proposed(q, new Candidate(g.id(), 80, Map.of("taskFit", 35)), List.of(), null, Instant.now());
        matches.propose(proposed, q, q.withStatus(GuideRequestStatus.PROPOSED));
        GuideRequest queued = stack.bean(dk.livsmester.platform.store.GuideRequestStore.class).get(q.id());
        Match approved = proposed.approve(null, TestStack.COORDINATOR.subject(), Instant.now());
        matches.approve(proposed, approved, queued, queued.withStatus(GuideRequestStatus.MATCHED));

        OwnGuideRequest waiting = service.own(citizen, q.id());
        assertTrue(waiting.guideFound(), "the person who asked is told that the match is made");
        assertFalse(waiting.guideSaidYes());
        assertNull(waiting.guideFirstName(), "no name before the guide has said yes");

        matches.update(approved, approved.accept("guide-x", Instant.now()));
        OwnGuideRequest yes = service.mine(contact).get(0);
        assertTrue(yes.guideSaidYes());
        assertEquals("Guide", yes.guideFirstName(), "the first name only ('Guide Vest')");
    }
}
