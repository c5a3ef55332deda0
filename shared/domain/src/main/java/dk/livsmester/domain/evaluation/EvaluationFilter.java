package dk.livsmester.domain.evaluation;

import dk.livsmester.domain.FieldErrors;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.AnswerWindow;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Which applications and guide requests a figure counts: submitted (or, for a guide request, made) from {@code from}
 * to {@code to}, both included, in the municipality's days; of one pool; of one citizen centre. Null: no limit. The
 * pool and the citizen centre limit the applications only (guides and their requests have neither).
 */
public record EvaluationFilter(LocalDate from, LocalDate to, String poolId, String citizenCentre) {
    public static final EvaluationFilter ALL = new EvaluationFilter(null, null, null, null);

    public EvaluationFilter {
        FieldErrors errors = new FieldErrors()
                .when(from != null && to != null && to.isBefore(from), "to", "Slutdatoen skal være efter startdatoen.",
                        "to must not be before from.")
                .text("poolId", poolId, 40, false)
                .text("citizenCentre", citizenCentre, 100, false);
        errors.throwIfAny();
        poolId = blank(poolId) ? null : poolId;
        citizenCentre = blank(citizenCentre) ? null : citizenCentre;
    }

    /** Counted: submitted within the period, of the pool and the centre. Drafts never count. */
    public boolean counts(Application a, AnswerWindow window) {
        return a.submittedAt() != null && within(a.submittedAt(), window)
                && (poolId == null || poolId.equals(a.poolId()))
                && (citizenCentre == null || citizenCentre.equals(a.citizenCentre()));
    }

    public boolean within(Instant at, AnswerWindow window) {
        if (at == null) {
            return from == null && to == null;
        }
        LocalDate day = window.dayOf(at);
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
