package dk.livsmester.domain.budget;

import dk.livsmester.domain.FieldErrors;

import java.util.regex.Pattern;

/**
 * Money finance moves for a granted application: how much, and the reference (the expense documentation, or why) that
 * makes a retry harmless: the ledger keeps one entry per type, application and reference.
 */
public record Movement(Long amountOre, String reference) {
    static final Pattern REFERENCE = Pattern.compile("^[A-Za-z0-9ÆØÅæøå ._:/-]{1,100}$");

    /** The movement with its reference stripped, once both fields are valid. */
    public Movement validated() {
        new FieldErrors()
                .when(reference == null || !REFERENCE.matcher(reference).matches(), "reference",
                        "Skriv en reference (højst 100 tegn: bogstaver, tal, mellemrum og . _ : / -).",
                        "reference is required: 1–100 letters, digits, spaces or . _ : / - (it makes a retry harmless).")
                .when(amountOre == null || amountOre <= 0, "amountOre", "Skriv et beløb over 0 kr.",
                        "amountOre must be a positive number of øre.")
                .throwIfAny();
        return new Movement(amountOre, reference.strip());
    }

    /** The ledger's business key for this movement of the application's money. */
    public String businessKey(LedgerEntryType type, String applicationId) {
        return LedgerEntry.movementKey(type, applicationId, reference);
    }
}
