package dk.livsmester.review;

import dk.livsmester.domain.Ids;
import dk.livsmester.domain.Money;
import dk.livsmester.domain.application.AnswerWindow;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationForm;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.application.AuditEntry;
import dk.livsmester.domain.application.Finding;
import dk.livsmester.domain.application.Severity;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.platform.events.EventMessage;
import dk.livsmester.platform.store.ApplicationStore;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** F10 without an Idempotency-Key: the same wish from the same creator twice within two weeks is flagged for the team. */
class DuplicateReviewIT {
    static TestStack stack;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    private Application submittedBy(String creator, ApplicationForm form, Instant at) {
        Application s = Application.create(Ids.newId("app"), form, creator, at).submit(at, stack.bean(AnswerWindow.class));
        stack.bean(ApplicationStore.class).create(s, List.of(
                new AuditEntry(s.id(), 0, creator, "contact-person", null, ApplicationStatus.DRAFT, at),
                new AuditEntry(s.id(), 1, creator, "contact-person", ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, at)),
                List.of());
        stack.bean(ReviewService.class).review(new EventMessage(EventMessage.APPLICATION_SUBMITTED, s.id(), s.version(),
                "SUBMITTED", at));
        return stack.bean(ApplicationStore.class).get(s.id());
    }

    private static List<String> codes(Application a) {
        return a.findings().stream().map(Finding::code).toList();
    }

    @Test
    void theSameWishTwice_isALikelyDuplicate_adviceNotARefusal() {
        Pool pool = stack.pool(Money.dkk(100_000));
        String creator = Ids.newId("contact");
        Instant now = Instant.now();
        Application first = submittedBy(creator, TestStack.form(pool.id(), Money.dkk(2_000)), now.minusSeconds(3_600));
        assertEquals(List.of(), codes(first));
        Application second = submittedBy(creator, TestStack.form(pool.id(), Money.dkk(2_000)), now);
        assertEquals(List.of("DUPLICATE"), codes(second));
        Finding f = second.findings().getFirst();
        assertEquals(Severity.ADVISORY, f.severity());
        assertTrue(f.text().en().contains(first.id()), f.text().en());
        assertEquals(ApplicationStatus.IN_REVIEW, second.status());
        // Someone else with the same wish is no duplicate.
        assertEquals(List.of(), codes(submittedBy(Ids.newId("contact"), TestStack.form(pool.id(), Money.dkk(2_000)), now)));
    }

    @Test
    void theSameWishFromOneContactPersonForTwoCitizens_isNoDuplicate() {
        Pool pool = stack.pool(Money.dkk(100_000));
        String creator = Ids.newId("contact");
        Instant now = Instant.now();
        ApplicationForm forAlma = TestStack.form(pool.id(), Money.dkk(2_000));
        dk.livsmester.domain.application.Applicant alma = forAlma.applicants().get(0);
        ApplicationForm forBo = new ApplicationForm(forAlma.poolId(),
                List.of(new dk.livsmester.domain.application.Applicant("Bo Andersen", alma.birthDate(), alma.address(),
                        alma.email(), alma.phone(), alma.receivesAdultDisabilitySupport())),
                forAlma.contactPerson(), forAlma.citizenCentre(), forAlma.wish(), forAlma.subGoal(), forAlma.category(),
                forAlma.appliedFor(), forAlma.period(), forAlma.costLines(), forAlma.alreadyFinanced(),
                forAlma.carAccess(), null, true);
        submittedBy(creator, forAlma, now.minusSeconds(3_600));
        assertEquals(List.of(), codes(submittedBy(creator, forBo, now)), "another citizen's bus card");
        assertEquals(List.of("DUPLICATE"), codes(submittedBy(creator, forAlma, now)), "the first citizen's, again");
    }
}
