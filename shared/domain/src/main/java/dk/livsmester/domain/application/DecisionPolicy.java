package dk.livsmester.domain.application;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.FieldErrors;
import dk.livsmester.domain.ForbiddenException;
import dk.livsmester.domain.Text;
import dk.livsmester.domain.ValidationException;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The team's decisions: turns a decision request into a {@link Decision} or says precisely why it cannot, applies the
 * two-person rule to large grants, and answers a decision asked for again.
 */
public final class DecisionPolicy {
    private static final RuleCatalog CATALOG = RuleCatalog.load();
    private static final List<String> ELIGIBILITY = List.of(RuleChecks.AGE, RuleChecks.SERVICE, RuleChecks.WINDOW,
            RuleChecks.POOL);

    private final long twoPersonThresholdOre;

    /** @param twoPersonThresholdOre grants above this need a second, different team member's approval */
    public DecisionPolicy(long twoPersonThresholdOre) {
        this.twoPersonThresholdOre = twoPersonThresholdOre;
    }

    /** What a valid decision leads to under the two-person rule. */
    public sealed interface Next permits Record, AwaitSecondApproval, AlreadyApproved {
    }

    /** Record the decision (and commit its money). */
    public record Record(Decision decision) implements Next {
    }

    /** A large grant's first approval: keep it on the application; no money moves until a second member agrees. */
    public record AwaitSecondApproval(Decision first) implements Next {
    }

    /** The member who gave the first approval approves the same again: nothing changes. */
    public record AlreadyApproved() implements Next {
    }

    public Next next(Application app, DecisionRequest request, Caller decider, Instant now) {
        Decision proposed = decide(app, request, decider, now);
        if (!proposed.outcome().grantsMoney() || proposed.grantedOre() <= twoPersonThresholdOre) {
            return new Record(proposed);
        }
        Decision first = app.pendingDecision();
        if (first == null) {
            return new AwaitSecondApproval(proposed);
        }
        boolean same = first.outcome() == proposed.outcome() && first.grantedOre() == proposed.grantedOre();
        if (first.decidedBy().equals(decider.subject())) {
            if (same) {
                return new AlreadyApproved();
            }
            throw new ConflictException("SECOND_APPROVER_REQUIRED", Text.of(
                    "En anden fra teamet skal godkende bevillinger over grænsen.",
                    "Grants above the two-person limit need a second, different team member's approval."));
        }
        if (!same) {
            throw new ConflictException("DIFFERS_FROM_FIRST_APPROVAL", Text.of(
                    "Din afgørelse er en anden end den første godkendelse. Tal sammen i teamet.",
                    "This differs from the first approval (" + first.outcome() + ", " + first.grantedOre()
                            + " øre); agree in the team first."));
        }
        return new Record(first.secondApproval(decider.subject(), now));
    }

    /**
     * A decision asked for when the application is decided already (a retry, a redelivery, a second team member): the
     * application as it is if the stored decision says the same, else {@link AlreadyDecidedException}.
     */
    public Application repeated(Application current, DecisionRequest request) {
        Decision d = current.decision();
        boolean same = d != null && d.outcome() == request.outcome() && (!d.outcome().grantsMoney()
                || request.grantedOre() == null || Objects.equals(d.grantedOre(), request.grantedOre()));
        if (same) {
            return current;
        }
        throw new AlreadyDecidedException(current.id(), current.status());
    }

    /** The decision as the team member asks it, once the request is valid and the application allows it. */
    public Decision decide(Application app, DecisionRequest req, Caller decider, Instant now) {
        if (req.outcome() == null) {
            throw ValidationException.single("outcome", "Vælg en afgørelse.",
                    "outcome is required: APPROVED, PARTIALLY_APPROVED, REJECTED or NEEDS_INFO.");
        }
        String text = req.text() == null ? "" : req.text().strip();
        List<String> reasons = req.reasonCodes() == null ? List.of() : List.copyOf(req.reasonCodes());
        FieldErrors errors = new FieldErrors().when(text.length() > 2000, "text",
                "Teksten er for lang (højst 2000 tegn).", "text is too long (at most 2000 characters).");
        long granted = switch (req.outcome()) {
            case APPROVED -> {
                long g = req.grantedOre() == null ? app.requestedOre() : req.grantedOre();
                errors.when(g != app.requestedOre(), "grantedOre",
                        "Fuld bevilling skal være det ansøgte beløb; brug delvis bevilling.",
                        "APPROVED grants the requested amount; use PARTIALLY_APPROVED for less.");
                yield g;
            }
            case PARTIALLY_APPROVED -> {
                boolean inRange = req.grantedOre() != null && req.grantedOre() > 0 && req.grantedOre() < app.requestedOre();
                errors.when(!inRange, "grantedOre", "Beløbet skal være mere end 0 og mindre end det ansøgte.",
                                "grantedOre must be more than 0 and less than the requested amount.")
                        .when(text.isEmpty(), "text", "Skriv hvorfor der gives mindre end ansøgt.",
                                "A reason is required when granting less than requested.");
                yield inRange ? req.grantedOre() : 0;
            }
            case REJECTED -> {
                errors.when(reasons.isEmpty(), "reasonCodes", "Vælg mindst én begrundelse.",
                        "At least one reason code is required.");
                for (String code : reasons) {
                    errors.when(!RuleChecks.REJECTION_REASONS.contains(code) && !ELIGIBILITY.contains(code),
                            "reasonCodes", "Ukendt begrundelse: " + code + ".", "Unknown reason code: " + code + ".");
                }
                errors.when(text.isEmpty(), "text", "Skriv en kort begrundelse.", "A short reason text is required.");
                yield 0;
            }
            case NEEDS_INFO -> {
                errors.when(text.isEmpty(), "text", "Skriv hvad der mangler.", "Say what information is needed.");
                yield 0;
            }
        };
        errors.throwIfAny();
        if (decider.subject().equals(app.createdBy())) {
            throw new ForbiddenException(Text.of("Du kan ikke afgøre en ansøgning, du selv har sendt.",
                    "The decider may not be the person who submitted the application."));
        }
        app.requireTransition(req.outcome().status());
        if (req.outcome().grantsMoney() && app.hasBlockingFinding()) {
            throw new ConflictException("BLOCKING_FINDINGS", Text.of(
                    "Ansøgningen kan ikke bevilges, som den er. Se reglerne.",
                    "The application has blocking findings and cannot be granted as it stands."));
        }
        boolean rejected = req.outcome() == DecisionOutcome.REJECTED;
        Text path = rejected ? reasons.stream().filter(RuleChecks.REJECTION_REASONS::contains).findFirst()
                .map(first -> CATALOG.text("PATH." + first, Map.of())).orElse(null) : null;
        return new Decision(req.outcome(), granted, reasons, text, decider.subject(), now, rejected,
                path == null ? null : path.da(), path == null ? null : path.en(), null);
    }
}
