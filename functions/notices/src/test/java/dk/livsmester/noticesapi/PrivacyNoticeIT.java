package dk.livsmester.noticesapi;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Ids;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.ValidationException;
import dk.livsmester.domain.privacy.PrivacyNotice;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The privacy notice at first sign-in on DynamoDB Local: due until this person acknowledged the current version. */
class PrivacyNoticeIT {
    static TestStack stack;
    static PrivacyNoticeService service;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        service = stack.bean(PrivacyNoticeService.class);
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void dueAtFirstSignIn_notAfterTheAcknowledgement_andTheFirstTimeStays() {
        Caller citizen = new Caller(Ids.newId("citizen"), "Alma Testesen", Role.CITIZEN);
        PrivacyNotice.Status first = service.status(citizen);
        assertTrue(first.due());
        assertEquals(PrivacyNotice.VERSION, first.version());
        assertEquals("citizen", first.audience());
        assertNull(first.acknowledgedAt());

        PrivacyNotice.Status read = service.acknowledge(citizen, new PrivacyNotice.Form(PrivacyNotice.VERSION));
        assertFalse(read.due());
        assertEquals(PrivacyNotice.VERSION, read.acknowledgedVersion());
        assertEquals(read, service.acknowledge(citizen, new PrivacyNotice.Form(PrivacyNotice.VERSION)),
                "again: the first acknowledgement's time stays");
        assertEquals(read, service.status(citizen));
        assertTrue(service.status(new Caller(Ids.newId("citizen"), "Bo", Role.CITIZEN)).due(), "each person for themselves");
    }

    @Test
    void anOldOrMissingVersionIsA400NamingVersion_inDanishAndEnglish_andNothingIsWritten() {
        Caller team = new Caller(Ids.newId("team"), "Tea Team", Role.TEAM);
        assertEquals("staff", service.status(team).audience());
        for (PrivacyNotice.Form bad : new PrivacyNotice.Form[]{new PrivacyNotice.Form("2020-01-01"), new PrivacyNotice.Form(" "), null}) {
            ValidationException e = assertThrows(ValidationException.class, () -> service.acknowledge(team, bad));
            assertEquals("version", e.errors().get(0).field());
            assertFalse(e.errors().get(0).da().isBlank() || e.errors().get(0).en().isBlank());
        }
        assertTrue(service.status(team).due(), "nothing was recorded");
        assertEquals("contact-person", service.status(new Caller(Ids.newId("c"), "Kim", Role.CONTACT_PERSON)).audience());
    }
}
