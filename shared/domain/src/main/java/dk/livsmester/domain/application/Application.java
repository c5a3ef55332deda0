package dk.livsmester.domain.application;

import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The application aggregate. Immutable: every change returns a new value with {@code version + 1}, and the
 * repository writes it only if the stored version is still the one it was read at.
 */
public record Application(
        String id,
        String poolId,
        List<Applicant> applicants,
        ContactPerson contactPerson,
        String citizenCentre,
        Wish wish,
        SubGoal subGoal,
        Category category,
        String appliedFor,
        Period period,
        List<CostLine> costLines,
        Boolean alreadyFinanced,
        Boolean carAccess,
        String extendsApplicationId,
        ApplicationStatus status,
        long requestedOre,
        Long grantedOre,
        LocalDate dueDate,
        String createdBy,
        Instant createdAt,
        Instant submittedAt,
        Instant reviewedAt,
        Instant decidedAt,
        List<Finding> findings,
        Decision decision,
        long version) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    public static Application create(String id, ApplicationForm form, String createdBy, Instant now) {
        return new Application(id, form.poolId(), form.applicants(), form.contactPerson(), form.citizenCentre(),
                form.wish(), form.subGoal(), form.category(), form.appliedFor(), form.period(), form.costLines(),
                form.alreadyFinanced(), form.carAccess(), form.extendsApplicationId(), ApplicationStatus.DRAFT,
                form.requestedOre(), null, null, createdBy, now, null, null, null, List.of(), null, 0);
    }

    /** A draft (or an application the team asked to improve) gets new contents; the status stays. */
    public Application revise(ApplicationForm form) {
        requireTransition(status);
        if (status != ApplicationStatus.DRAFT && status != ApplicationStatus.NEEDS_INFO) {
            throw new ConflictException("NOT_EDITABLE", Text.of("Ansøgningen kan ikke ændres nu.",
                    "Only a draft, or an application the team asked to improve, can be changed."));
        }
        return new Application(id, form.poolId(), form.applicants(), form.contactPerson(), form.citizenCentre(),
                form.wish(), form.subGoal(), form.category(), form.appliedFor(), form.period(), form.costLines(),
                form.alreadyFinanced(), form.carAccess(), form.extendsApplicationId(), status, form.requestedOre(),
                grantedOre, dueDate, createdBy, createdAt, submittedAt, reviewedAt, decidedAt, findings, decision,
                version + 1);
    }

    public Application submit(Instant now, int answerDays) {
        ApplicationStatus next = ApplicationStatus.SUBMITTED;
        requireTransition(next);
        LocalDate due = now.atZone(ZONE).toLocalDate().plusDays(answerDays);
        return new Application(id, poolId, applicants, contactPerson, citizenCentre, wish, subGoal, category,
                appliedFor, period, costLines, alreadyFinanced, carAccess, extendsApplicationId, next, requestedOre,
                grantedOre, due, createdBy, createdAt, now, reviewedAt, decidedAt, findings, decision, version + 1);
    }

    public Application review(List<Finding> newFindings, Instant now) {
        ApplicationStatus next = ApplicationStatus.IN_REVIEW;
        requireTransition(next);
        return new Application(id, poolId, applicants, contactPerson, citizenCentre, wish, subGoal, category,
                appliedFor, period, costLines, alreadyFinanced, carAccess, extendsApplicationId, next, requestedOre,
                grantedOre, dueDate, createdBy, createdAt, submittedAt, now, decidedAt, List.copyOf(newFindings),
                decision, version + 1);
    }

    public Application decide(Decision d) {
        ApplicationStatus next = d.outcome().status();
        requireTransition(next);
        Long granted = d.outcome().grantsMoney() ? Long.valueOf(d.grantedOre()) : (d.outcome() == DecisionOutcome.REJECTED ? 0L : null);
        return new Application(id, poolId, applicants, contactPerson, citizenCentre, wish, subGoal, category,
                appliedFor, period, costLines, alreadyFinanced, carAccess, extendsApplicationId, next, requestedOre,
                granted, dueDate, createdBy, createdAt, submittedAt, reviewedAt, d.decidedAt(), findings, d,
                version + 1);
    }

    public void requireTransition(ApplicationStatus next) {
        if (!status.canMoveTo(next)) {
            throw new ConflictException("ILLEGAL_TRANSITION", Text.of(
                    "Ansøgningen kan ikke gå fra " + status + " til " + next + ".",
                    "The application cannot move from " + status + " to " + next + "."));
        }
    }

    public boolean hasBlockingFinding() {
        return findings != null && findings.stream()
                .anyMatch(f -> f.severity() == Severity.BLOCKING && !RuleChecks.POOL.equals(f.code()));
    }
}
