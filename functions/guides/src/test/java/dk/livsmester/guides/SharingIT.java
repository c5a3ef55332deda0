package dk.livsmester.guides;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ForbiddenException;
import dk.livsmester.domain.Ids;
import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.ValidationException;
import dk.livsmester.domain.guides.AskAgain;
import dk.livsmester.domain.guides.Disability;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestForm;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.RequestTiming;
import dk.livsmester.domain.guides.SharingConsent;
import dk.livsmester.domain.guides.TaskType;
import dk.livsmester.domain.support.SupportRelation;
import dk.livsmester.domain.support.SupportRelationForm;
import dk.livsmester.platform.store.GuideRequestStore;
import dk.livsmester.platform.store.SharingConsentStore;
import dk.livsmester.platform.store.SupportRelationStore;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The citizen's choice of what their guide may see, on DynamoDB Local: recorded with the request (who, role, when),
 * changed later by the citizen or the person who asked with them and by nobody else, every change kept, changes at
 * the same moment all recorded one after the other, and carried to a request asked again.
 */
class SharingIT {
    static TestStack stack;
    static GuideService guides;
    static SharingService service;
    static SharingConsentStore store;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        guides = stack.bean(GuideService.class);
        service = stack.bean(SharingService.class);
        store = stack.bean(SharingConsentStore.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    static GuideRequestForm form(String citizenSubject, SharingConsent.Choice sharing) {
        return new GuideRequestForm("Bo Borger", Disability.AUTISM, "Jeg vil gerne lære at tage bussen til jobbet.",
                TaskType.BUS_TRAINING, RequestTiming.NOT_LINKED, false, "Vest", Set.of("TUE_PM"), null, null,
                citizenSubject, sharing);
    }

    @Test
    void theWizardsChoiceIsRecordedWithTheRequest_andNoChoiceSharesNothing() {
        Caller citizen = new Caller(Ids.newId("citizen"), "Bo Borger", Role.CITIZEN);
        GuideRequest q = guides.request(citizen, form(null, new SharingConsent.Choice(true, false)));
        SharingConsent c = store.current(q.id()).orElseThrow();
        assertEquals(List.of(1, true, false, citizen.subject(), "citizen"),
                List.of(c.seq(), c.needs(), c.disability(), c.givenBy(), c.givenByRole()));
        assertEquals(c, guides.own(citizen, q.id()).sharing(), "the citizen sees their choice on their request");

        GuideRequest none = guides.request(citizen, form(null, null));
        SharingConsent nothing = store.current(none.id()).orElseThrow();
        assertFalse(nothing.needs() || nothing.disability(), "not answered: nothing shared");
    }

    @Test
    void theCitizenAndWhoAskedWithThemChangeIt_nobodyElse_andEveryChangeIsKept() {
        Caller contact = new Caller(Ids.newId("contact"), "Kim Kontakt", Role.CONTACT_PERSON);
        Caller citizen = new Caller(Ids.newId("citizen"), "Bo Borger", Role.CITIZEN);
        stack.bean(SupportRelationStore.class).register(SupportRelation.register(new SupportRelationForm(
                contact.subject(), contact.name(), citizen.subject(), citizen.name()), "team-test", Instant.now()));
        GuideRequest q = guides.request(contact, form(citizen.subject(), new SharingConsent.Choice(false, false)));
        assertEquals("contact-person", store.current(q.id()).orElseThrow().givenByRole(), "who gave it: the contact person");

        SharingConsent yes = service.change(citizen, q.id(), new SharingConsent.Choice(true, null));
        assertEquals(List.of(2, true, false, citizen.subject()), List.of(yes.seq(), yes.needs(), yes.disability(), yes.givenBy()));
        SharingConsent both = service.change(contact, q.id(), new SharingConsent.Choice(null, true));
        assertTrue(both.needs() && both.disability(), "a field left out stays as it was");

        assertThrows(NotFoundException.class, () -> service.change(new Caller(Ids.newId("citizen"), "Ea", Role.CITIZEN),
                q.id(), new SharingConsent.Choice(true, true)), "another citizen: as unknown");
        assertThrows(NotFoundException.class, () -> service.change(new Caller(Ids.newId("contact"), "Per", Role.CONTACT_PERSON),
                q.id(), new SharingConsent.Choice(true, true)), "a contact person not linked: as unknown");
        for (Caller staff : List.of(TestStack.COORDINATOR, TestStack.TEAM,
                new Caller(Ids.newId("guide"), "Gry", Role.GUIDE))) {
            assertThrows(ForbiddenException.class, () -> service.change(staff, q.id(), new SharingConsent.Choice(false, false)),
                    staff.role() + ": it is the citizen's choice");
        }
        ValidationException empty = assertThrows(ValidationException.class,
                () -> service.change(citizen, q.id(), new SharingConsent.Choice(null, null)));
        assertEquals("needs", empty.errors().get(0).field());
        assertThrows(ValidationException.class, () -> service.change(citizen, q.id(), null));
        assertEquals(List.of(1, 2, 3), store.history(q.id()).stream().map(SharingConsent::seq).toList(),
                "refused changes wrote nothing; every accepted one is kept");
    }

    @Test
    void changesAtTheSameMoment_areAllRecorded_oneAfterTheOther() throws Exception {
        Caller citizen = new Caller(Ids.newId("citizen"), "Bo Borger", Role.CITIZEN);
        GuideRequest q = guides.request(citizen, form(null, null));
        int writers = 3;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<SharingConsent>> done = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            done.add(pool.submit(() -> {
                go.await();
                return service.change(citizen, q.id(), new SharingConsent.Choice(true, true));
            }));
        }
        go.countDown();
        for (Future<SharingConsent> f : done) {
            f.get();
        }
        pool.shutdown();
        assertEquals(List.of(1, 2, 3, 4), store.history(q.id()).stream().map(SharingConsent::seq).toList(),
                "a change that lost the race is read again and recorded after the winner");
    }

    @Test
    void anEndedRequestsChoice_isNoLongerChanged() {
        GuideRequest q = guides.request(TestStack.CONTACT, form(null, new SharingConsent.Choice(false, false)));
        guides.withdraw(TestStack.CONTACT, q.id());
        dk.livsmester.domain.ConflictException refused = assertThrows(dk.livsmester.domain.ConflictException.class,
                () -> service.change(TestStack.CONTACT, q.id(), new SharingConsent.Choice(true, true)));
        assertEquals("REQUEST_ENDED", refused.code());
        assertEquals(1, store.history(q.id()).size(), "nothing recorded");
    }

    @Test
    void askingAgain_keepsTheCitizensLastChoice_andSaysWhereItCameFrom() {
        GuideRequest q = guides.request(TestStack.CONTACT, form(null, new SharingConsent.Choice(true, true)));
        GuideRequestStore requests = stack.bean(GuideRequestStore.class);
        requests.save(q, q.withStatus(GuideRequestStatus.CLOSED), List.of());
        GuideRequest again = guides.askAgain(TestStack.CONTACT, q.id(), new AskAgain(null, null, null, null, null, null));
        SharingConsent carried = store.current(again.id()).orElseThrow();
        assertTrue(carried.needs() && carried.disability());
        assertEquals(q.id(), carried.carriedFrom());
        assertNull(store.current(q.id()).orElseThrow().carriedFrom());
    }
}
