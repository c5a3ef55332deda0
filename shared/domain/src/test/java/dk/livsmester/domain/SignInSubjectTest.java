package dk.livsmester.domain;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignInSubjectTest {

    private static boolean ok(String subject) {
        return SignInSubject.check(new FieldErrors(), "citizenSubject", subject, true).isEmpty();
    }

    @Test
    void cognitoSubjectsAreNeverTakenForCprNumbers() {
        // A UUID often holds ten digits in a row; the old check refused about 2.6 % of them.
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String sub = new UUID(random.nextLong(), random.nextLong()).toString();
            assertTrue(ok(sub), sub);
        }
        assertTrue(ok("01019012-3456-4bbb-8ccc-000000000000"));
    }

    @Test
    void demoSubjectsPass() {
        assertTrue(ok("contact-maja"));
        assertTrue(ok("citizen.emil_2"));
    }

    @Test
    void aCprNumberIsRefusedWithItsOwnMessage() {
        for (String cpr : new String[]{"0101901234", "010190-1234", " 010190-1234 "}) {
            FieldErrors e = SignInSubject.check(new FieldErrors(), "citizenSubject", cpr, true);
            ValidationException ex = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                    e::throwIfAny);
            assertEquals("Skriv ikke et CPR-nummer her.", ex.errors().get(0).da());
        }
    }

    @Test
    void tooLongOrForeignCharactersAreRefusedAndBlankOnlyWhenRequired() {
        assertTrue(!ok("a".repeat(SignInSubject.MAX + 1)));
        assertTrue(ok("a".repeat(SignInSubject.MAX)));
        assertTrue(!ok("contact~maja"));
        assertTrue(!ok("maja@example.org"));
        assertTrue(!ok(" "));
        assertTrue(SignInSubject.check(new FieldErrors(), "citizenSubject", null, false).isEmpty());
    }

    @Test
    void aCprInsideANameIsRefusedButLongerDigitRunsAreNot() {
        assertTrue(!SignInSubject.noCprIn(new FieldErrors(), "citizenName", "Emil 010190-1234").isEmpty());
        assertTrue(!SignInSubject.noCprIn(new FieldErrors(), "citizenName", "0101901234").isEmpty());
        assertTrue(SignInSubject.noCprIn(new FieldErrors(), "citizenName", "Emil Hansen").isEmpty());
        assertTrue(SignInSubject.noCprIn(new FieldErrors(), "citizenName", "ref 123456789012").isEmpty());
    }
}
