package dk.livsmester.applications;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Ids;
import dk.livsmester.domain.Money;
import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.TooManyTriesException;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationForm;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The read-back before a confirmation with the code, on DynamoDB Local: the right code reads back what is agreed to
 * and records nothing; a wrong one looks like no application; every try counts towards the confirmation's limit,
 * so reading back is no way round it; whoever may read the application already needs no code.
 */
class ReadBackIT {
    static TestStack stack;
    static ApplicationService applications;
    static Pool pool;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        applications = stack.bean(ApplicationService.class);
        pool = stack.pool(Money.dkk(500_000));
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    private static Caller citizen() {
        return new Caller(Ids.newId("citizen"), "Alma Testesen", Role.CITIZEN);
    }

    /** Sent by a contact person for no linked citizen: the citizen confirms with the code. */
    private static Application sent() {
        ApplicationForm f = TestStack.form(pool.id(), Money.dkk(12_000));
        ApplicationForm submit = new ApplicationForm(f.poolId(), f.applicants(), f.contactPerson(), f.citizenCentre(), f.wish(),
                f.subGoal(), f.category(), f.appliedFor(), f.period(), f.costLines(), f.alreadyFinanced(),
                f.carAccess(), f.extendsApplicationId(), true, null);
        return applications.create(new Caller(Ids.newId("contact"), "Kim Kontakt", Role.CONTACT_PERSON), submit);
    }

    private static String wrong(String code) {
        return code.substring(0, 7) + (code.charAt(7) == '2' ? '3' : '2');
    }

    @Test
    void theRightCodeReadsBackWhatIsAgreedTo_andRecordsNothing_thenTheConfirmationFollows() {
        Application app = sent();
        Caller citizen = citizen();
        assertThrows(NotFoundException.class, () -> applications.readBack(citizen, app.id(), wrong(app.confirmationCode())),
                "a wrong code looks like no application");
        assertThrows(NotFoundException.class, () -> applications.readBack(citizen, app.id(), null));
        Application read = applications.readBack(citizen, app.id(), app.confirmationCode().toLowerCase());
        assertEquals(app.wish(), read.wish());
        assertEquals(app.requestedOre(), read.requestedOre());
        assertFalse(read.confirmedBy("citizen"), "reading back is not saying yes");
        assertThrows(NotFoundException.class, () -> applications.get(citizen, app.id()), "nor does it open the application");
        assertTrue(applications.confirm(citizen, app.id(), app.confirmationCode()).confirmedBy("citizen"));
        assertEquals(app.id(), applications.readBack(citizen, app.id(), null).id(), "once confirmed, no code is needed");
    }

    @Test
    void readBackTriesCountTowardsTheConfirmationLimit_perApplicationAndPerCaller() {
        Application app = sent();
        for (int i = 0; i < 5; i++) {
            Caller guesser = citizen();
            assertThrows(NotFoundException.class, () -> applications.readBack(guesser, app.id(), wrong(app.confirmationCode())));
        }
        assertThrows(TooManyTriesException.class, () -> applications.confirm(citizen(), app.id(), app.confirmationCode()),
                "five read-backs lock the application's confirmation too");

        Caller guesser = citizen();
        for (int i = 0; i < 5; i++) {
            Application other = sent();
            assertThrows(NotFoundException.class, () -> applications.readBack(guesser, other.id(), wrong(other.confirmationCode())));
        }
        Application next = sent();
        assertThrows(TooManyTriesException.class, () -> applications.readBack(guesser, next.id(), next.confirmationCode()),
                "the caller is locked for every application");
    }

    @Test
    void theCreatorNeedsNoCode_andAnotherRoleIsRefused() {
        Application app = sent();
        Caller creator = new Caller(app.createdBy(), "Kim Kontakt", Role.CONTACT_PERSON);
        assertEquals(app.id(), applications.readBack(creator, app.id(), null).id());
        assertThrows(dk.livsmester.domain.ForbiddenException.class,
                () -> applications.readBack(TestStack.TEAM, app.id(), app.confirmationCode()));
    }
}
