package dk.livsmester.domain.privacy;

/** What happens to a record once its retention has passed. */
public enum Disposal {
    /** Deleted outright (DynamoDB's time to live, or the daily job where an item has no expiry of its own). */
    DELETE,
    /** The personal data goes, the amounts and the non-personal facts stay (so the ledger still reconciles). */
    ANONYMISE,
    /** Exported for the archive first, then anonymised. */
    ARCHIVE_THEN_ANONYMISE,
    /** Goes with the case it belongs to (letters, the audit trail, attachments). */
    WITH_CASE
}
