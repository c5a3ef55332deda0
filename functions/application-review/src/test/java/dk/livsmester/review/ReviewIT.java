package dk.livsmester.review;

import dk.livsmester.domain.Ids;
import dk.livsmester.domain.Money;
import dk.livsmester.domain.application.AnswerWindow;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationForm;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.application.AuditEntry;
import dk.livsmester.domain.application.Finding;
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

class ReviewIT {
    static TestStack stack;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    private Application submitted(ApplicationForm form) {
        Instant now = Instant.now();
        Application draft = Application.create(Ids.newId("app"), form, TestStack.CONTACT.subject(), now);
        Application s = draft.submit(now, stack.bean(AnswerWindow.class));
        stack.bean(ApplicationStore.class).create(s, List.of(
                new AuditEntry(s.id(), 0, "c", "contact-person", null, ApplicationStatus.DRAFT, now),
                new AuditEntry(s.id(), 1, "c", "contact-person", ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, now)), List.of());
        return s;
    }

    @Test
    void review_recordsFindings_once_evenWhenTheMessageArrivesThreeTimes() {
        Pool pool = stack.pool(Money.dkk(1_000));
        Application app = submitted(TestStack.form(pool.id(), Money.dkk(2_000)));
        ReviewService review = stack.bean(ReviewService.class);
        EventMessage msg = new EventMessage(EventMessage.APPLICATION_SUBMITTED, app.id(), app.version(), "SUBMITTED", Instant.now());
        review.review(msg);
        review.review(msg);
        review.review(msg);
        ApplicationStore repo = stack.bean(ApplicationStore.class);
        Application reviewed = repo.get(app.id());
        assertEquals(ApplicationStatus.IN_REVIEW, reviewed.status());
        assertEquals(List.of("POOL"), reviewed.findings().stream().map(Finding::code).toList(),
                "2,000 DKK asked of a pool with 1,000 DKK left");
        assertEquals(3, repo.audit(app.id()).size());
    }
}
