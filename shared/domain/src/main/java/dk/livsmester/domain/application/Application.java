package dk.livsmester.domain.application;

import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The application aggregate. Immutable: every change returns a new value with {@code version + 1}, and the
 * store writes it only if the stored version is still the one it was read at. Money: {@code requestedOre} is the
 * sum of the cost lines, {@code grantedOre} what the team granted, {@code disbursedOre} what has been paid out and
 * {@code releasedOre} what was given back to the pool (a grant cancelled or reduced, or money returned).
 * {@code citizenSubject} is the sign-in subject of the citizen it is for (it is theirs, whoever made it), when known.
 */
public record Application(
        String id, String poolId, List<Applicant> applicants, ContactPerson contactPerson, String citizenCentre,
        Wish wish, SubGoal subGoal, Category category, String appliedFor, Period period, List<CostLine> costLines,
        Boolean alreadyFinanced, Boolean carAccess, String extendsApplicationId, ApplicationStatus status,
        long requestedOre, Long grantedOre, LocalDate dueDate, String createdBy, Instant createdAt,
        Instant submittedAt, Instant reviewedAt, Instant decidedAt, List<Finding> findings, Decision decision,
        long version, long disbursedOre, long releasedOre, long returnedOre, Instant needsInfoSince,
        Decision pendingDecision, List<Confirmation> confirmations, List<FollowUp> followUps,
        String confirmationCode, String citizenSubject) {

    public Application {
        confirmations = confirmations == null ? List.of() : confirmations;
        followUps = followUps == null ? List.of() : followUps;
        findings = findings == null ? List.of() : findings;
    }

    public static Application create(String id, ApplicationForm form, String createdBy, Instant now) {
        return create(id, form, createdBy, null, now);
    }

    /** A new draft for the citizen signed in as {@code citizenSubject} (null: not known yet). */
    public static Application create(String id, ApplicationForm form, String createdBy, String citizenSubject,
                                     Instant now) {
        return new Builder().id(id).form(form).status(ApplicationStatus.DRAFT).createdBy(createdBy).createdAt(now)
                .citizenSubject(citizenSubject).build();
    }

    /** Whether {@code subject} is the citizen this application is for. */
    public boolean isFor(String subject) {
        return citizenSubject != null && citizenSubject.equals(subject);
    }

    /**
     * A grant needs the citizen's own confirmation (when the pool asks for it): from their account, with the code, or
     * recorded in person by staff.
     */
    public void requireCitizenConfirmation() {
        if (!confirmedBy("citizen")) {
            throw new ConflictException("CITIZEN_NOT_CONFIRMED", Text.of(
                    "Borgeren har ikke selv bekræftet ansøgningen endnu. Den kan først bevilges, når borgeren har sagt ja.",
                    "The citizen has not confirmed the application themselves yet; it can be granted only after that."));
        }
    }

    /**
     * A draft (or an application the team asked to improve) gets new contents; the status stays. When the contents
     * change, the other party's confirmation goes: they said yes to what was there before, and a grant rests on it.
     */
    public Application revise(ApplicationForm form, String reviserRole) {
        if (status != ApplicationStatus.DRAFT && status != ApplicationStatus.NEEDS_INFO) {
            throw new ConflictException("NOT_EDITABLE", Text.of("Ansøgningen kan ikke ændres nu.",
                    "Only a draft, or an application the team asked to improve, can be changed."));
        }
        Application revised = next().form(form).build();
        if (revised.sameContentsAs(this)) {
            return revised;
        }
        return revised.copy().confirmations(confirmations.stream().filter(c -> c.role().equals(reviserRole)).toList())
                .build();
    }

    private boolean sameContentsAs(Application o) {
        return contents().equals(o.contents());
    }

    private List<Object> contents() {
        return java.util.Arrays.asList(poolId, applicants, contactPerson, citizenCentre, wish, subGoal, category,
                appliedFor, period, costLines, alreadyFinanced, carAccess, extendsApplicationId);
    }

    /** Submits; the answer is due as the {@link AnswerWindow} says (the clock paused while the team waited). */
    public Application submit(Instant now, AnswerWindow window) {
        requireTransition(ApplicationStatus.SUBMITTED);
        Builder b = next().status(ApplicationStatus.SUBMITTED).dueDate(window.dueDate(this, now)).needsInfoSince(null)
                .pendingDecision(null);
        return (submittedAt == null ? b.submittedAt(now) : b).build();
    }

    /**
     * The code the submitter hands to the other party (the citizen, usually) so that they, and only they, can confirm
     * the application from their own login. Never part of what the API shows others.
     */
    public Application withConfirmationCode(String code) {
        return copy().confirmationCode(code).build();
    }

    /**
     * The application without the applicants' birth dates, addresses, e-mail and phone, or the contact person's, and
     * without staff's notes on confirmations: what a person who only confirmed it may read. Names stay, so they can
     * see whom it is for.
     */
    public Application withoutPersonalData() {
        List<Applicant> names = applicants == null ? List.of()
                : applicants.stream().map(a -> new Applicant(a.name(), null, null, null, null, null)).toList();
        ContactPerson contact = contactPerson == null ? null
                : new ContactPerson(contactPerson.name(), contactPerson.role(), null, null);
        // Staff's in-person reason may say why the citizen has no login of their own: not for the other party.
        List<Confirmation> bare = confirmations.stream()
                .map(c -> new Confirmation(c.role(), c.subject(), c.at(), c.method(), null, null)).toList();
        return copy().applicants(names).contactPerson(contact).confirmations(bare).build();
    }

    /** The submitter, or the other party, confirms in place of a signature; once per role. */
    public Application confirm(Confirmation c) {
        if (confirmations.stream().anyMatch(x -> x.role().equals(c.role()))) {
            return this;
        }
        List<Confirmation> all = new java.util.ArrayList<>(confirmations);
        all.add(c);
        return next().confirmations(List.copyOf(all)).build();
    }

    public boolean confirmedBy(String role) {
        return confirmations != null && confirmations.stream().anyMatch(c -> c.role().equals(role));
    }

    /** The first of two approvals of a large grant: recorded, nothing committed yet. */
    public Application awaitSecondApproval(Decision first) {
        requireTransition(first.outcome().status());
        return next().pendingDecision(first).build();
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
        return next().followUps(List.copyOf(all)).build();
    }

    public Application review(List<Finding> newFindings, Instant now) {
        requireTransition(ApplicationStatus.IN_REVIEW);
        return next().status(ApplicationStatus.IN_REVIEW).reviewedAt(now).findings(List.copyOf(newFindings)).build();
    }

    public Application decide(Decision d) {
        requireTransition(d.outcome().status());
        Long granted = d.outcome().grantsMoney() ? Long.valueOf(d.grantedOre())
                : d.outcome() == DecisionOutcome.REJECTED ? Long.valueOf(0L) : null;
        Builder b = next().status(d.outcome().status()).grantedOre(granted).decidedAt(d.decidedAt()).decision(d)
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
        return next().disbursedOre(paid).status(next).build();
    }

    /** Gives part or all of the outstanding commitment back to the pool (a grant cancelled or reduced). */
    public Application release(long amountOre) {
        requireOutstanding(amountOre);
        return next().releasedOre(releasedOre + amountOre).build();
    }

    /** Unspent money paid out earlier comes back to the pool. */
    public Application returnMoney(long amountOre) {
        requirePositive(amountOre);
        if (amountOre > disbursedOre - returnedOre) {
            throw new ConflictException("EXCEEDS_DISBURSED", Text.of("Der kan ikke komme flere penge retur end der er udbetalt.",
                    "More cannot come back than was paid out."));
        }
        return next().returnedOre(returnedOre + amountOre).build();
    }

    /** Closes a decided application; whatever is still committed goes back to the pool in the same change. */
    public Application close() {
        requireTransition(ApplicationStatus.CLOSED);
        return next().status(ApplicationStatus.CLOSED).releasedOre(releasedOre + Math.max(0, outstandingOre())).build();
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
    Builder next() {
        return copy().version(version + 1);
    }

    private Builder copy() {
        return new Builder(this);
    }

    /** Every component by name: the one place besides the record's own constructor that lists them all. */
    static final class Builder {
        private String id;
        private String poolId;
        private List<Applicant> applicants;
        private ContactPerson contactPerson;
        private String citizenCentre;
        private Wish wish;
        private SubGoal subGoal;
        private Category category;
        private String appliedFor;
        private Period period;
        private List<CostLine> costLines;
        private Boolean alreadyFinanced;
        private Boolean carAccess;
        private String extendsApplicationId;
        private ApplicationStatus status;
        private long requestedOre;
        private Long grantedOre;
        private LocalDate dueDate;
        private String createdBy;
        private Instant createdAt;
        private Instant submittedAt;
        private Instant reviewedAt;
        private Instant decidedAt;
        private List<Finding> findings = List.of();
        private Decision decision;
        private long version;
        private long disbursedOre;
        private long releasedOre;
        private long returnedOre;
        private Instant needsInfoSince;
        private Decision pendingDecision;
        private List<Confirmation> confirmations = List.of();
        private List<FollowUp> followUps = List.of();
        private String confirmationCode;
        private String citizenSubject;

        Builder() {
        }

        Builder(Application a) {
            id = a.id;
            poolId = a.poolId;
            applicants = a.applicants;
            contactPerson = a.contactPerson;
            citizenCentre = a.citizenCentre;
            wish = a.wish;
            subGoal = a.subGoal;
            category = a.category;
            appliedFor = a.appliedFor;
            period = a.period;
            costLines = a.costLines;
            alreadyFinanced = a.alreadyFinanced;
            carAccess = a.carAccess;
            extendsApplicationId = a.extendsApplicationId;
            status = a.status;
            requestedOre = a.requestedOre;
            grantedOre = a.grantedOre;
            dueDate = a.dueDate;
            createdBy = a.createdBy;
            createdAt = a.createdAt;
            submittedAt = a.submittedAt;
            reviewedAt = a.reviewedAt;
            decidedAt = a.decidedAt;
            findings = a.findings;
            decision = a.decision;
            version = a.version;
            disbursedOre = a.disbursedOre;
            releasedOre = a.releasedOre;
            returnedOre = a.returnedOre;
            needsInfoSince = a.needsInfoSince;
            pendingDecision = a.pendingDecision;
            confirmations = a.confirmations;
            followUps = a.followUps;
            confirmationCode = a.confirmationCode;
            citizenSubject = a.citizenSubject;
        }

        /** What the form says: the contents, and the requested amount as the sum of its cost lines. */
        Builder form(ApplicationForm f) {
            poolId = f.poolId();
            applicants = f.applicants();
            contactPerson = f.contactPerson();
            citizenCentre = f.citizenCentre();
            wish = f.wish();
            subGoal = f.subGoal();
            category = f.category();
            appliedFor = f.appliedFor();
            period = f.period();
            costLines = f.costLines();
            alreadyFinanced = f.alreadyFinanced();
            carAccess = f.carAccess();
            extendsApplicationId = f.extendsApplicationId();
            requestedOre = f.requestedOre();
            return this;
        }

        Builder id(String v) { id = v; return this; }
        Builder applicants(List<Applicant> v) { applicants = v; return this; }
        Builder contactPerson(ContactPerson v) { contactPerson = v; return this; }
        Builder wish(Wish v) { wish = v; return this; }
        Builder subGoal(SubGoal v) { subGoal = v; return this; }
        Builder appliedFor(String v) { appliedFor = v; return this; }
        Builder costLines(List<CostLine> v) { costLines = v; return this; }
        Builder status(ApplicationStatus v) { status = v; return this; }
        Builder grantedOre(Long v) { grantedOre = v; return this; }
        Builder dueDate(LocalDate v) { dueDate = v; return this; }
        Builder createdBy(String v) { createdBy = v; return this; }
        Builder createdAt(Instant v) { createdAt = v; return this; }
        Builder submittedAt(Instant v) { submittedAt = v; return this; }
        Builder reviewedAt(Instant v) { reviewedAt = v; return this; }
        Builder decidedAt(Instant v) { decidedAt = v; return this; }
        Builder findings(List<Finding> v) { findings = v; return this; }
        Builder decision(Decision v) { decision = v; return this; }
        Builder version(long v) { version = v; return this; }
        Builder disbursedOre(long v) { disbursedOre = v; return this; }
        Builder releasedOre(long v) { releasedOre = v; return this; }
        Builder returnedOre(long v) { returnedOre = v; return this; }
        Builder needsInfoSince(Instant v) { needsInfoSince = v; return this; }
        Builder pendingDecision(Decision v) { pendingDecision = v; return this; }
        Builder confirmations(List<Confirmation> v) { confirmations = v; return this; }
        Builder followUps(List<FollowUp> v) { followUps = v; return this; }
        Builder confirmationCode(String v) { confirmationCode = v; return this; }
        Builder citizenSubject(String v) { citizenSubject = v; return this; }

        Application build() {
            return new Application(id, poolId, applicants, contactPerson, citizenCentre, wish, subGoal, category,
                    appliedFor, period, costLines, alreadyFinanced, carAccess, extendsApplicationId, status,
                    requestedOre, grantedOre, dueDate, createdBy, createdAt, submittedAt, reviewedAt, decidedAt,
                    findings, decision, version, disbursedOre, releasedOre, returnedOre, needsInfoSince,
                    pendingDecision, confirmations, followUps, confirmationCode, citizenSubject);
        }
    }
}
