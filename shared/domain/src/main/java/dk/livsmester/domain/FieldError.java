package dk.livsmester.domain;

/** One invalid field: its JSON path (for example {@code costLines[0].amountOre}) and why, in Danish and English. */
public record FieldError(String field, String da, String en) {
}
