package dk.livsmester.domain.application;

import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The application aggregate. Immutable: every change returns a new value with {@code version + 1}, and the
 * repository writes it only if the stored version is still the one it was read at. Money: {@code requestedOre} is the
 * sum of the cost lines, {@code grantedOre} what the team granted, {@code disbursedOre} what has been paid out and
 * {@code releasedOre} what was given back to the pool (a grant cancelled or reduced, or money returned).
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
        long version,
        long disbursedOre,
        long releasedOre,
        long returnedOre,
        Instant needsInfoSince,
        Decision pendingDecision,
        List<Confirmation> confirmations,
        List<FollowUp> followUps,
        String confirmationCode) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    public Application {
        confirmations = confirmations == null ? List.of() : confirmations;
        followUps = followUps == null ? List.of() : followUps;
        findings = findings == null ? List.of() : findings;
    }

    public static Application create(String id, ApplicationForm form, String createdBy, Instant now) {
        return new Application(id, form.poolId(), form.applicants(), form.contactPerson(), form.citizenCentre(),
                form.wish(), form.subGoal(), form.category(), form.appliedFor(), form.period(), form.costLines(),
                form.alreadyFinanced(), form.carAccess(), form.extendsApplicationId(), ApplicationStatus.DRAFT,
                form.requestedOre(), null, null, createdBy, now, null, null, null, List.of(), null, 0, 0, 0, 0, null, null,
                List.of(), List.of(), null);
    }

    /** A draft (or an application the team asked to improve) gets new contents; the status stays. */
    public Application revise(ApplicationForm form) {
        if (status != ApplicationStatus.DRAFT && status != ApplicationStatus.NEEDS_INFO) {
            throw new ConflictException("NOT_EDITABLE", Text.of("Ansøgningen kan ikke ændres nu.",
                    "Only a draft, or an application the team asked to improve, can be changed."));
        }
        return new Application(id, form.poolId(), form.applicants(), form.contactPerson(), form.citizenCentre(),
                form.wish(), form.subGoal(), form.category(), form.appliedFor(), form.period(), form.costLines(),
                form.alreadyFinanced(), form.carAccess(), form.extendsApplicationId(), status, form.requestedOre(),
                grantedOre, dueDate, createdBy, createdAt, submittedAt, reviewedAt, decidedAt, findings, decision,
                version + 1, disbursedOre, releasedOre, returnedOre, needsInfoSince, pendingDecision, confirmations,
                followUps, confirmationCode);
    }

    /**
     * Submits. The first time, the answer is due {@code answerDays} later. After "needs more information" the clock
     * was paused: the due date moves by the days the application waited for the citizen.
     */
    public Application submit(Instant now, int answerDays) {
        requireTransition(ApplicationStatus.SUBMITTED);
        LocalDate today = now.atZone(ZONE).toLocalDate();
        LocalDate due = today.plusDays(answerDays);
        if (status == ApplicationStatus.NEEDS_INFO && dueDate != null && needsInfoSince != null) {
            long paused = java.time.temporal.ChronoUnit.DAYS.between(needsInfoSince.atZone(ZONE).toLocalDate(), today);
            due = dueDate.plusDays(Math.max(0, paused));
        }
        Builder b = builder().status(ApplicationStatus.SUBMITTED).dueDate(due).needsInfoSince(null).pendingDecision(null);
        return (submittedAt == null ? b.submittedAt(now) : b).build();
    }

    /**
     * The code the submitter hands to the other party (the citizen, usually) so that they, and only they, can confirm
     * the application from their own login. Never part of what the API shows others.
     */
    public Application withConfirmationCode(String code) {
        return new Application(id, poolId, applicants, contactPerson, citizenCentre, wish, subGoal, category, appliedFor,
                period, costLines, alreadyFinanced, carAccess, extendsApplicationId, status, requestedOre, grantedOre,
                dueDate, createdBy, createdAt, submittedAt, reviewedAt, decidedAt, findings, decision, version,
                disbursedOre, releasedOre, returnedOre, needsInfoSince, pendingDecision, confirmations, followUps, code);
    }

    /** The submitter, or the other party, confirms in place of a signature; once per role. */
    public Application confirm(Confirmation c) {
        if (confirmations.stream().anyMatch(x -> x.role().equals(c.role()))) {
            return this;
        }
        List<Confirmation> all = new java.util.ArrayList<>(confirmations);
        all.add(c);
        return builder().confirmations(List.copyOf(all)).build();
    }

    public boolean confirmedBy(String role) {
        return confirmations != null && confirmations.stream().anyMatch(c -> c.role().equals(role));
    }

    /** The first of two approvals of a large grant: recorded, nothing committed yet. */
    public Application awaitSecondApproval(Decision first) {
        requireTransition(first.outcome().status());
        return builder().pendingDecision(first).build();
    }

    public Application followUp(FollowUp f) {
        if (grantedOre == null || grantedOre == 0 || !(status == ApplicationStatus.APPROVED
                || status == ApplicationStatus.PARTIALLY_APPROVED || status == ApplicationStatus.DISBURSED
                || status == ApplicationStatus.CLOSED)) {
            throw new ConflictException("NOT_GRANTED", Text.of("Der kan kun følges op på en bevilling.",
                    "Only a granted application has follow-ups."));
        }
        if (followUps.stream().anyMatch(x -> x.milestone() == f.milestone())) {
            throw new ConflictException("FOLLOW_UP_EXISTS", Text.of("Der er allerede svaret for den måned.",
                    "This follow-up was already answered."));
        }
        List<FollowUp> all = new java.util.ArrayList<>(followUps);
        all.add(f);
        return builder().followUps(List.copyOf(all)).build();
    }

    public Application review(List<Finding> newFindings, Instant now) {
        requireTransition(ApplicationStatus.IN_REVIEW);
        return builder().status(ApplicationStatus.IN_REVIEW).reviewedAt(now).findings(List.copyOf(newFindings)).build();
    }

    public Application decide(Decision d) {
        requireTransition(d.outcome().status());
        Long granted = d.outcome().grantsMoney() ? Long.valueOf(d.grantedOre())
                : d.outcome() == DecisionOutcome.REJECTED ? Long.valueOf(0L) : null;
        Builder b = builder().status(d.outcome().status()).grantedOre(granted).decidedAt(d.decidedAt()).decision(d)
                .pendingDecision(null);
        return (d.outcome() == DecisionOutcome.NEEDS_INFO ? b.needsInfoSince(d.decidedAt()) : b).build();
    }

    /** What is still committed for this application: granted, less what was paid out or given back. */
    public long outstandingOre() {
        return (grantedOre == null ? 0 : grantedOre) - disbursedOre - releasedOre;
    }

    /** A payment out of the commitment; fully paid moves the application to DISBURSED. */
    public Application disburse(long amountOre) {
        requireOutstanding(amountOre);
        long paid = disbursedOre + amountOre;
        ApplicationStatus next = paid + releasedOre == grantedOre ? ApplicationStatus.DISBURSED : status;
        if (next != status) {
            requireTransition(next);
        }
        return builder().disbursedOre(paid).status(next).build();
    }

    /** Gives part or all of the outstanding commitment back to the pool (a grant cancelled or reduced). */
    public Application release(long amountOre) {
        requireOutstanding(amountOre);
        return builder().releasedOre(releasedOre + amountOre).build();
    }

    /** Unspent money paid out earlier comes back to the pool. */
    public Application returnMoney(long amountOre) {
        requirePositive(amountOre);
        if (amountOre > disbursedOre - returnedOre) {
            throw new ConflictException("EXCEEDS_DISBURSED", Text.of("Der kan ikke komme flere penge retur end der er udbetalt.",
                    "More cannot come back than was paid out."));
        }
        return builder().returnedOre(returnedOre + amountOre).build();
    }

    /** Closes a decided application; whatever is still committed goes back to the pool in the same change. */
    public Application close() {
        requireTransition(ApplicationStatus.CLOSED);
        return builder().status(ApplicationStatus.CLOSED).releasedOre(releasedOre + Math.max(0, outstandingOre())).build();
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

    private static void requirePositive(long amountOre) {
        if (amountOre <= 0) {
            throw dk.livsmester.domain.ValidationException.single("amountOre", "Beløbet skal være mere end 0 kr.",
                    "amountOre must be a positive number of øre.");
        }
    }

    /** Money can be paid out or released only from a grant, and only what is still committed for it. */
    private void requireOutstanding(long amountOre) {
        requirePositive(amountOre);
        if (status != ApplicationStatus.APPROVED && status != ApplicationStatus.PARTIALLY_APPROVED) {
            throw notGranted();
        }
        if (amountOre > outstandingOre()) {
            throw new ConflictException("EXCEEDS_COMMITMENT", Text.of("Beløbet er større end det, der er bevilget og ikke udbetalt.",
                    "The amount is more than what is granted and not yet paid out or released."));
        }
    }

    private ConflictException notGranted() {
        return new ConflictException("NOT_GRANTED", Text.of("Ansøgningen er ikke bevilget.",
                "Only an approved or partially approved application has a commitment (this one is " + status + ")."));
    }

    /** A copy with the next version; set what changes. */
    Builder builder() {
        return new Builder(this);
    }

    static final class Builder {
        private final Application a;
        private ApplicationStatus status;
        private Long grantedOre;
        private LocalDate dueDate;
        private Instant submittedAt;
        private Instant reviewedAt;
        private Instant decidedAt;
        private List<Finding> findings;
        private Decision decision;
        private long disbursedOre;
        private long releasedOre;
        private long returnedOre;
        private Instant needsInfoSince;
        private Decision pendingDecision;
        private List<Confirmation> confirmations;
        private List<FollowUp> followUps;

        Builder(Application a) {
            this.a = a;
            status = a.status;
            grantedOre = a.grantedOre;
            dueDate = a.dueDate;
            submittedAt = a.submittedAt;
            reviewedAt = a.reviewedAt;
            decidedAt = a.decidedAt;
            findings = a.findings;
            decision = a.decision;
            disbursedOre = a.disbursedOre;
            releasedOre = a.releasedOre;
            returnedOre = a.returnedOre;
            needsInfoSince = a.needsInfoSince;
            pendingDecision = a.pendingDecision;
            confirmations = a.confirmations == null ? List.of() : a.confirmations;
            followUps = a.followUps == null ? List.of() : a.followUps;
        }

        Builder status(ApplicationStatus v) { status = v; return this; }
        Builder grantedOre(Long v) { grantedOre = v; return this; }
        Builder dueDate(LocalDate v) { dueDate = v; return this; }
        Builder submittedAt(Instant v) { submittedAt = v; return this; }
        Builder reviewedAt(Instant v) { reviewedAt = v; return this; }
        Builder decidedAt(Instant v) { decidedAt = v; return this; }
        Builder findings(List<Finding> v) { findings = v; return this; }
        Builder decision(Decision v) { decision = v; return this; }
        Builder disbursedOre(long v) { disbursedOre = v; return this; }
        Builder releasedOre(long v) { releasedOre = v; return this; }
        Builder returnedOre(long v) { returnedOre = v; return this; }
        Builder needsInfoSince(Instant v) { needsInfoSince = v; return this; }
        Builder pendingDecision(Decision v) { pendingDecision = v; return this; }
        Builder confirmations(List<Confirmation> v) { confirmations = v; return this; }
        Builder followUps(List<FollowUp> v) { followUps = v; return this; }

        Application build() {
            return new Application(a.id, a.poolId, a.applicants, a.contactPerson, a.citizenCentre, a.wish, a.subGoal,
                    a.category, a.appliedFor, a.period, a.costLines, a.alreadyFinanced, a.carAccess,
                    a.extendsApplicationId, status, a.requestedOre, grantedOre, dueDate, a.createdBy, a.createdAt,
                    submittedAt, reviewedAt, decidedAt, findings, decision, a.version + 1, disbursedOre, releasedOre,
                    returnedOre, needsInfoSince, pendingDecision, confirmations, followUps, a.confirmationCode);
        }
    }
}
