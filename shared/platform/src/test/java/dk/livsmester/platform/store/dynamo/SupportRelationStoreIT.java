package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.Ids;
import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.support.SupportRelation;
import dk.livsmester.domain.support.SupportRelationForm;
import dk.livsmester.domain.support.SupportStatus;
import dk.livsmester.platform.store.SupportRelationStore;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The support relations' conditional writes on DynamoDB Local (the table provisioned from template.yaml). */
class SupportRelationStoreIT {
    static TestStack stack;
    static SupportRelationStore store;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        store = stack.bean(SupportRelationStore.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    private static SupportRelation fresh(String contact, String citizen) {
        return SupportRelation.register(new SupportRelationForm(contact, "Kim Kontakt", citizen, "Alma Testesen"),
                "team-test", Instant.parse("2026-03-02T10:00:00Z"));
    }

    @Test
    void aPairIsRegisteredOnce_andTheSecondRegistrationIsRefusedByItsCondition() {
        String contact = Ids.newId("contact");
        String citizen = Ids.newId("citizen");
        SupportRelation r = fresh(contact, citizen);
        store.register(r);
        ConflictException twice = assertThrows(ConflictException.class, () -> store.register(fresh(contact, citizen)));
        assertEquals("ALREADY_LINKED", twice.code());
        assertTrue(store.supports(contact, citizen));
        assertFalse(store.supports(citizen, contact), "the relation has a direction");
        assertFalse(store.supports(contact, Ids.newId("citizen")));
        assertEquals(List.of(r), store.ofContact(contact));
        assertEquals(List.of(r), store.ofCitizen(citizen));
    }

    @Test
    void endingIsWrittenOnlyIfTheRelationIsStillAsRead_andAnEndedOneNoLongerSupports() {
        String contact = Ids.newId("contact");
        String citizen = Ids.newId("citizen");
        SupportRelation r = fresh(contact, citizen);
        store.register(r);
        SupportRelation ended = r.end("team-test", Instant.parse("2026-03-03T10:00:00Z"));
        store.save(r, ended);
        assertThrows(StaleStateException.class, () -> store.save(r, r.end("team-test-2", Instant.now())),
                "a change from a stale read is refused");
        assertEquals(SupportStatus.ENDED, store.find(r.id()).orElseThrow().status());
        assertFalse(store.supports(contact, citizen));
        SupportRelation again = ended.reactivate(fresh(contact, citizen));
        store.save(ended, again);
        assertTrue(store.supports(contact, citizen));
        assertEquals(2, store.find(r.id()).orElseThrow().version());
    }
}
