package dk.livsmester.domain.application;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.FieldError;
import dk.livsmester.domain.ForbiddenException;
import dk.livsmester.domain.Text;
import dk.livsmester.domain.ValidationException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Turns the team's decision request into a {@link Decision}, or says precisely why it cannot. */
public final class DecisionPolicy {
    private static final RuleCatalog CATALOG = RuleCatalog.load();

    private DecisionPolicy() {
    }

    public static Decision decide(Application app, DecisionRequest req, Caller decider, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (req.outcome() == null) {
            errors.add(new FieldError("outcome", "Vælg en afgørelse.",
                    "outcome is required: APPROVED, PARTIALLY_APPROVED, REJECTED or NEEDS_INFO."));
            throw new ValidationException(errors);
        }
        String text = req.text() == null ? "" : req.text().strip();
        if (text.length() > 2000) {
            errors.add(new FieldError("text", "Teksten er for lang (højst 2000 tegn).", "text is too long (at most 2000 characters)."));
        }
        long granted = 0;
        List<String> reasons = req.reasonCodes() == null ? List.of() : List.copyOf(req.reasonCodes());
        switch (req.outcome()) {
            case APPROVED -> {
                granted = req.grantedOre() == null ? app.requestedOre() : req.grantedOre();
                if (granted != app.requestedOre()) {
                    errors.add(new FieldError("grantedOre", "Fuld bevilling skal være det ansøgte beløb; brug delvis bevilling.",
                            "APPROVED grants the requested amount; use PARTIALLY_APPROVED for less."));
                }
            }
            case PARTIALLY_APPROVED -> {
                if (req.grantedOre() == null || req.grantedOre() <= 0 || req.grantedOre() >= app.requestedOre()) {
                    errors.add(new FieldError("grantedOre", "Beløbet skal være mere end 0 og mindre end det ansøgte.",
                            "grantedOre must be more than 0 and less than the requested amount."));
                } else {
                    granted = req.grantedOre();
                }
                if (text.isEmpty()) {
                    errors.add(new FieldError("text", "Skriv hvorfor der gives mindre end ansøgt.",
                            "A reason is required when granting less than requested."));
                }
            }
            case REJECTED -> {
                if (reasons.isEmpty()) {
                    errors.add(new FieldError("reasonCodes", "Vælg mindst én begrundelse.", "At least one reason code is required."));
                }
                for (String code : reasons) {
                    if (!RuleChecks.REJECTION_REASONS.contains(code) && !List.of(RuleChecks.AGE, RuleChecks.SERVICE,
                            RuleChecks.WINDOW, RuleChecks.POOL).contains(code)) {
                        errors.add(new FieldError("reasonCodes", "Ukendt begrundelse: " + code + ".", "Unknown reason code: " + code + "."));
                    }
                }
                if (text.isEmpty()) {
                    errors.add(new FieldError("text", "Skriv en kort begrundelse.", "A short reason text is required."));
                }
            }
            case NEEDS_INFO -> {
                if (text.isEmpty()) {
                    errors.add(new FieldError("text", "Skriv hvad der mangler.", "Say what information is needed."));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
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
        String pathDa = null;
        String pathEn = null;
        if (req.outcome() == DecisionOutcome.REJECTED) {
            String first = reasons.stream().filter(RuleChecks.REJECTION_REASONS::contains).findFirst().orElse(null);
            if (first != null) {
                dk.livsmester.domain.Text path = CATALOG.text("PATH." + first, java.util.Map.of());
                pathDa = path.da();
                pathEn = path.en();
            }
        }
        return new Decision(req.outcome(), granted, reasons, text, decider.subject(), now,
                req.outcome() == DecisionOutcome.REJECTED, pathDa, pathEn, null);
    }
}
