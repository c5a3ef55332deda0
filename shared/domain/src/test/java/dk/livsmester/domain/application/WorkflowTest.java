package dk.livsmester.domain.application;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.ForbiddenException;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dk.livsmester.domain.application.Forms.form;
import static dk.livsmester.domain.application.Forms.submitted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkflowTest {
    private final Caller team = new Caller("team-1", "Tea Team", Role.TEAM);
    private final Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final DecisionPolicy policy = new DecisionPolicy(5_000_000);

    private Application inReview(long amount) {
        return submitted(form(Category.TRANSPORT, "Buskort", amount, null)).review(List.of(), now);
    }

    @Test
    void submit_setsTheDueDateFourteenDaysAhead_andBumpsTheVersion() {
        Application app = submitted(form(Category.TRANSPORT, "Buskort", 50_000L, null));
        assertEquals(ApplicationStatus.SUBMITTED, app.status());
        assertEquals(Forms.TODAY.plusDays(14), app.dueDate());
        assertEquals(1, app.version());
    }

    @Test
    void approve_grantsTheRequestedAmount() {
        Application app = inReview(50_000L);
        Decision d = policy.decide(app, new DecisionRequest(DecisionOutcome.APPROVED, null, null, null), team, now);
        Application decided = app.decide(d);
        assertEquals(ApplicationStatus.APPROVED, decided.status());
        assertEquals(50_000L, decided.grantedOre());
    }

    @Test
    void partialApproval_needsALowerAmountAndAReason() {
        Application app = inReview(50_000L);
        assertThrows(ValidationException.class, () -> policy.decide(app,
                new DecisionRequest(DecisionOutcome.PARTIALLY_APPROVED, 60_000L, null, "for meget"), team, now));
        assertThrows(ValidationException.class, () -> policy.decide(app,
                new DecisionRequest(DecisionOutcome.PARTIALLY_APPROVED, 30_000L, null, null), team, now));
        Decision d = policy.decide(app, new DecisionRequest(DecisionOutcome.PARTIALLY_APPROVED, 30_000L, null,
                "Vi betaler halvdelen"), team, now);
        assertEquals(30_000L, app.decide(d).grantedOre());
    }

    @Test
    void rejection_needsKnownReasonCodesAndText_andCannotBeAppealed() {
        Application app = inReview(50_000L);
        assertThrows(ValidationException.class, () -> policy.decide(app,
                new DecisionRequest(DecisionOutcome.REJECTED, null, List.of("R9"), "nej"), team, now));
        Decision d = policy.decide(app, new DecisionRequest(DecisionOutcome.REJECTED, null, List.of("R4"),
                "Du har ikke adgang til en bil."), team, now);
        assertTrue(d.noAppeal());
        assertEquals(0L, app.decide(d).grantedOre());
    }

    @Test
    void illegalTransitions_areConflicts() {
        Application draft = Application.create("a", form(Category.TRANSPORT, "Buskort", 50_000L, null), "c", now);
        assertThrows(ConflictException.class, () -> draft.review(List.of(), now));
        Application approved = inReview(50_000L).decide(policy.decide(inReview(50_000L),
                new DecisionRequest(DecisionOutcome.APPROVED, null, null, null), team, now));
        assertThrows(ConflictException.class, () -> policy.decide(approved,
                new DecisionRequest(DecisionOutcome.REJECTED, null, List.of("R1"), "nej"), team, now));
    }

    @Test
    void theSubmitterMayNotDecide() {
        Application app = inReview(50_000L);
        Caller self = new Caller(app.createdBy(), "Selv", Role.TEAM);
        assertThrows(ForbiddenException.class, () -> policy.decide(app,
                new DecisionRequest(DecisionOutcome.APPROVED, null, null, null), self, now));
    }

    @Test
    void blockingFindings_preventAGrant_butNotARejection() {
        Application flagged = submitted(form(Category.TRANSPORT, "Kørekort", 50_000L, false))
                .review(List.of(new Finding("R4", Severity.BLOCKING, dk.livsmester.domain.Text.of("x", "y"))), now);
        ConflictException e = assertThrows(ConflictException.class, () -> policy.decide(flagged,
                new DecisionRequest(DecisionOutcome.APPROVED, null, null, null), team, now));
        assertEquals("BLOCKING_FINDINGS", e.code());
        policy.decide(flagged, new DecisionRequest(DecisionOutcome.REJECTED, null, List.of("R4"), "Ingen bil"), team, now);
    }

    @Test
    void theClockPausesWhileTheTeamWaitsForMoreInformation() {
        Application app = inReview(50_000L);
        Instant asked = Forms.TODAY.plusDays(3).atStartOfDay(Forms.ZONE).toInstant();
        Application needsInfo = app.decide(policy.decide(app,
                new DecisionRequest(DecisionOutcome.NEEDS_INFO, null, null, "Mere om delmålet"), team, asked));
        Instant back = Forms.TODAY.plusDays(8).atStartOfDay(Forms.ZONE).toInstant();
        Application resubmitted = needsInfo.submit(back, Forms.FOURTEEN_DAYS);
        assertEquals(Forms.TODAY.plusDays(14 + 5), resubmitted.dueDate(), "five paused days move the due date");
        assertEquals(app.submittedAt(), resubmitted.submittedAt(), "time to decision counts from the first submission");
    }

    @Test
    void followUps_areForGrants_onceEachMilestone() {
        Application app = inReview(50_000L);
        Application granted = app.decide(policy.decide(app, new DecisionRequest(DecisionOutcome.APPROVED, null, null, null), team, now));
        Application one = granted.followUp(new FollowUp(FollowUp.Milestone.ONE_MONTH, FollowUp.Answer.HELPED, null, "c", now));
        assertEquals(1, one.followUps().size());
        assertThrows(ConflictException.class, () -> one.followUp(new FollowUp(FollowUp.Milestone.ONE_MONTH,
                FollowUp.Answer.DID_NOT_HELP, null, "c", now)));
        assertThrows(ConflictException.class, () -> app.followUp(new FollowUp(FollowUp.Milestone.ONE_MONTH,
                FollowUp.Answer.HELPED, null, "c", now)));
    }

    @Test
    void confirmations_areRecordedOncePerRole() {
        Application app = inReview(50_000L);
        Application c = app.confirm(Confirmation.by("citizen", "citizen-1", now, Confirmation.ACCOUNT)).confirm(Confirmation.by("citizen", "citizen-1", now, Confirmation.ACCOUNT));
        assertEquals(1, c.confirmations().size());
        assertTrue(c.confirmedBy("citizen"));
    }

    @Test
    void aRevisionOfTheContents_dropsTheOtherPartysYes_butAnUnchangedResendKeepsIt() {
        Application app = inReview(50_000L);
        Application needsInfo = app.decide(policy.decide(app,
                new DecisionRequest(DecisionOutcome.NEEDS_INFO, null, null, "Mere om prisen"), team, now))
                .confirm(Confirmation.by("contact-person", "contact-1", now, Confirmation.SUBMIT))
                .confirm(Confirmation.by("citizen", "citizen-1", now, Confirmation.ACCOUNT));
        ApplicationForm same = form(Category.TRANSPORT, "Buskort", 50_000L, null);
        assertEquals(2, needsInfo.revise(same, "contact-person").confirmations().size(), "nothing changed");

        Application dearer = needsInfo.revise(form(Category.TRANSPORT, "Buskort", 90_000L, null), "contact-person");
        assertEquals(List.of("contact-person"), dearer.confirmations().stream().map(Confirmation::role).toList(),
                "the citizen said yes to 500 DKK, not to 900");
        assertTrue(!dearer.confirmedBy("citizen"));
    }

    @Test
    void theViewForSomeoneWhoOnlyConfirmed_carriesNoStaffNoteOnAConfirmation() {
        Application app = inReview(50_000L).confirm(Confirmation.inPerson("citizen-1", "team-1",
                "Borgeren har ingen MitID efter et ophold på bosted", now));
        Confirmation bare = app.withoutPersonalData().confirmations().get(0);
        assertEquals(null, bare.reason());
        assertEquals(null, bare.recordedBy());
        assertEquals(Confirmation.IN_PERSON, bare.method(), "how it was confirmed stays");
        assertEquals("Borgeren har ingen MitID efter et ophold på bosted", app.confirmations().get(0).reason());
    }
}
