package dk.livsmester.domain.budget;

/** COMMIT: an approval. RELEASE: a commitment cancelled or reduced. DISBURSE: paid out. RETURN: unspent money back. */
public enum LedgerEntryType {
    COMMIT, RELEASE, DISBURSE, RETURN
}
