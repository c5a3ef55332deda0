package dk.livsmester.domain.budget;

import dk.livsmester.domain.FieldErrors;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * What finance sends to open a pool; the total defaults to the configured amount (the pilot's 500,000 DKK), and grants
 * need the citizen's own confirmation unless {@code citizenConfirmationRequired} is false. The approval letter's next
 * steps (how the citizen gets the money) may be worded for the pool, in both languages or neither. The smallest and
 * largest amount of one application or grant default to the configured ones.
 */
public record PoolForm(String id, String name, String ownerUnit, LocalDate windowFrom, LocalDate windowTo, Long totalOre,
                       Boolean citizenConfirmationRequired, String approvalNextStepsDa, String approvalNextStepsEn,
                       Long minAmountOre, Long maxAmountOre) {
    static final Pattern ID = Pattern.compile("^[a-z0-9-]{3,40}$");

    /** The pool, once every field is valid; {@code newId} when the form names none. */
    public Pool open(String newId, long defaultTotalOre) {
        return open(newId, defaultTotalOre, AmountBounds.NONE);
    }

    /** The same, with the bounds the form does not name taken from {@code defaults}. */
    public Pool open(String newId, long defaultTotalOre, AmountBounds defaults) {
        long total = totalOre == null ? defaultTotalOre : totalOre;
        AmountBounds bounds = new AmountBounds(minAmountOre == null ? defaults.minOre() : minAmountOre,
                maxAmountOre == null ? defaults.maxOre() : maxAmountOre);
        FieldErrors errors = new FieldErrors()
                .when(id != null && !ID.matcher(id).matches(), "id", "Brug 3–40 små bogstaver, tal og bindestreg.",
                        "id: 3–40 lower-case letters, digits and dashes.")
                .when(name == null || name.isBlank() || name.length() > 100, "name",
                        "Skriv puljens navn (højst 100 tegn).", "name is required (at most 100 characters).")
                .when(ownerUnit == null || ownerUnit.isBlank() || ownerUnit.length() > 100, "ownerUnit",
                        "Skriv hvilken enhed der ejer puljen.", "ownerUnit is required (at most 100 characters).");
        if (windowFrom == null || windowTo == null) {
            errors.add("windowFrom", "Skriv hvornår puljen tager imod ansøgninger.", "windowFrom and windowTo are required.");
        } else {
            errors.when(windowTo.isBefore(windowFrom), "windowTo", "Slutdatoen skal være efter startdatoen.",
                    "windowTo must not be before windowFrom.");
        }
        errors.text("approvalNextStepsDa", approvalNextStepsDa, 1000, false)
                .text("approvalNextStepsEn", approvalNextStepsEn, 1000, false)
                .when(blank(approvalNextStepsDa) != blank(approvalNextStepsEn), "approvalNextStepsEn",
                        "Skriv de næste skridt på både dansk og engelsk.", "Give the next steps in Danish and English, or neither.");
        bounds.validate(errors);
        errors.when(bounds.maxOre() != null && bounds.maxOre() > total, "maxAmountOre",
                "Højeste beløb kan ikke være større end puljen.", "maxAmountOre must not exceed the pool's total.");
        errors.when(total <= 0, "totalOre", "Beløbet skal være over 0 kr.", "totalOre must be a positive number of øre.")
                .throwIfAny();
        return Pool.open(id == null ? newId : id, name.strip(), ownerUnit.strip(), windowFrom, windowTo, total,
                citizenConfirmationRequired, blank(approvalNextStepsDa) ? null : approvalNextStepsDa.strip(),
                blank(approvalNextStepsEn) ? null : approvalNextStepsEn.strip(), bounds);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
