package dk.livsmester.domain.budget;

import dk.livsmester.domain.FieldErrors;
import dk.livsmester.domain.Money;

/**
 * The smallest and largest amount a pool takes in one application or grant (øre; null: no bound on that side). The
 * pilot's amounts ran from 1,600 to 85,000 DKK; without bounds 100 DKK and 600,000 DKK were both accepted.
 */
public record AmountBounds(Long minOre, Long maxOre) {
    public static final AmountBounds NONE = new AmountBounds(null, null);

    /** Adds the field's message when {@code ore} is outside the bounds, naming the bound in kroner. */
    public FieldErrors check(FieldErrors errors, String field, long ore) {
        if (minOre != null && ore < minOre) {
            errors.add(field, "Beløbet skal være mindst " + Money.format(minOre) + " i denne pulje.",
                    field + " must be at least " + Money.formatEn(minOre) + " in this pool.");
        } else if (maxOre != null && ore > maxOre) {
            errors.add(field, "Beløbet må højst være " + Money.format(maxOre) + " i denne pulje.",
                    field + " must be at most " + Money.formatEn(maxOre) + " in this pool.");
        }
        return errors;
    }

    /** The bounds a pool is opened with: each positive, the minimum not above the maximum. */
    FieldErrors validate(FieldErrors errors) {
        return errors.when(minOre != null && minOre <= 0, "minAmountOre", "Mindstebeløbet skal være over 0 kr.",
                        "minAmountOre must be a positive number of øre.")
                .when(maxOre != null && maxOre <= 0, "maxAmountOre", "Højeste beløb skal være over 0 kr.",
                        "maxAmountOre must be a positive number of øre.")
                .when(minOre != null && maxOre != null && minOre > maxOre, "maxAmountOre",
                        "Højeste beløb skal være mindst lige så stort som mindstebeløbet.",
                        "maxAmountOre must not be below minAmountOre.");
    }
}
