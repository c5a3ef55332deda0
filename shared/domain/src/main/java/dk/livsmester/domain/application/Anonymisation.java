package dk.livsmester.domain.application;

import java.util.List;
import java.util.Set;

/**
 * An application once its retention has passed: the people go, the money and the plain facts stay. Kept: the id, the
 * pool, the status, every amount (requested, granted, disbursed, released, returned, each cost line's), the category,
 * the citizen centre, the period, the dates, the rule codes and the decision's outcome and reason codes, and the staff
 * who decided (acting in office). Gone: the applicants, the contact person, the wish, the sub-goal, what was applied
 * for and each cost line's text and supplier, the decision's and follow-ups' free text, the sign-in subjects of the
 * citizen and of the person who made it, and the confirmation code. The ledger is not touched: it holds amounts and
 * the application's id, which no longer leads to anyone, so every pool still reconciles.
 */
public final class Anonymisation {
    /** What an erased application's maker (and a citizen's or contact person's audit entry) reads instead of a subject. */
    public static final String ERASED = "erased";
    private static final Set<String> PARTIES = Set.of("citizen", "contact-person");

    private Anonymisation() {
    }

    public static boolean isErased(Application a) {
        return ERASED.equals(a.createdBy());
    }

    public static Application of(Application a) {
        Decision d = a.decision();
        Decision plain = d == null ? null : new Decision(d.outcome(), d.grantedOre(), d.reasonCodes(), null,
                d.decidedBy(), d.decidedAt(), d.noAppeal(), null, null, d.secondApprovedBy());
        return a.next().applicants(List.of()).contactPerson(null).wish(null).subGoal(null).appliedFor(null)
                .costLines(a.costLines() == null ? null
                        : a.costLines().stream().map(c -> new CostLine(null, c.amountOre(), null)).toList())
                .decision(plain).pendingDecision(null)
                .followUps(a.followUps().stream().map(f -> new FollowUp(f.milestone(), f.answer(), null, null, f.at())).toList())
                .confirmations(a.confirmations().stream().map(c -> new Confirmation(c.role(), null, c.at(), c.method(),
                        c.recordedBy(), null)).toList())
                .createdBy(ERASED).citizenSubject(null).confirmationCode(null).build();
    }

    /** An audit entry: the citizen's and the contact person's subjects go; staff and the system stay. */
    public static AuditEntry of(AuditEntry e) {
        return PARTIES.contains(e.role()) ? new AuditEntry(e.applicationId(), e.version(), ERASED, e.role(), e.from(),
                e.to(), e.at()) : e;
    }
}
