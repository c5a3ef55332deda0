package dk.livsmester.platform.views;

import dk.livsmester.domain.application.AnswerWindow;
import dk.livsmester.domain.application.Applicant;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.Category;
import dk.livsmester.domain.application.ContactPerson;
import dk.livsmester.domain.application.CostLine;
import dk.livsmester.domain.application.Confirmation;
import dk.livsmester.domain.application.Decision;
import dk.livsmester.domain.application.FollowUp;
import dk.livsmester.domain.application.Period;
import dk.livsmester.domain.application.SubGoal;
import dk.livsmester.domain.application.Wish;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An application as the API returns it. Money in øre; finding texts in easy-read Danish with English beside. The
 * answer window ({@code answerDays}, {@code dueDate}, {@code overdue}) is the domain's {@link AnswerWindow}'s.
 */
public record ApplicationView(String id, String poolId, String status, long requestedOre, Long grantedOre,
                              int answerDays, LocalDate dueDate, Instant createdAt, Instant submittedAt, Instant decidedAt,
                              String createdBy, List<Applicant> applicants, ContactPerson contactPerson,
                              String citizenCentre, Wish wish, SubGoal subGoal, Category category, String appliedFor,
                              Period period, List<CostLine> costLines, Boolean alreadyFinanced, Boolean carAccess,
                              String extendsApplicationId, List<FindingView> findings, DecisionView decision,
                              long version, long disbursedOre, long releasedOre, long returnedOre,
                              DecisionView pendingDecision, List<Confirmation> confirmations, List<FollowUp> followUps,
                              boolean overdue, LocalDate followUpOneMonth, LocalDate followUpThreeMonths,
                              String citizenSubject) {

    public record FindingView(String code, String severity, String text, String textEn) {
    }

    public record DecisionView(String outcome, long grantedOre, List<String> reasonCodes, String text,
                               String decidedBy, Instant decidedAt, boolean noAppeal, String suggestedPath,
                               String suggestedPathEn, String secondApprovedBy) {
        static DecisionView of(Decision d) {
            return d == null ? null : new DecisionView(d.outcome().name(), d.grantedOre(), d.reasonCodes(), d.text(),
                    d.decidedBy(), d.decidedAt(), d.noAppeal(), d.suggestedPathDa(), d.suggestedPathEn(), d.secondApprovedBy());
        }
    }

    /** The application as it stands {@code now}: overdue or not, and its follow-up dates once granted. */
    public static ApplicationView of(Application a, AnswerWindow window, Instant now) {
        List<FindingView> findings = a.findings().stream()
                .map(f -> new FindingView(f.code(), f.severity().name(), f.text().da(), f.text().en())).toList();
        LocalDate granted = a.decidedAt() == null || a.grantedOre() == null || a.grantedOre() == 0 ? null
                : window.dayOf(a.decidedAt());
        return new ApplicationView(a.id(), a.poolId(), a.status().name(), a.requestedOre(), a.grantedOre(),
                window.days(), a.dueDate(), a.createdAt(), a.submittedAt(), a.decidedAt(), a.createdBy(), a.applicants(),
                a.contactPerson(), a.citizenCentre(), a.wish(), a.subGoal(), a.category(), a.appliedFor(), a.period(),
                a.costLines(), a.alreadyFinanced(), a.carAccess(), a.extendsApplicationId(), findings,
                DecisionView.of(a.decision()), a.version(), a.disbursedOre(), a.releasedOre(), a.returnedOre(),
                DecisionView.of(a.pendingDecision()), a.confirmations(), a.followUps(), window.overdue(a, now),
                granted == null ? null : granted.plusMonths(1), granted == null ? null : granted.plusMonths(3),
                a.citizenSubject());
    }
}
