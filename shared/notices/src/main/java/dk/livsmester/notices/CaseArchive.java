package dk.livsmester.notices;

import dk.livsmester.domain.archive.CaseRecord;

import java.util.Optional;

/**
 * Where case records are put for the municipality's case system (ESDH) to pick up: the PDF at the record's
 * {@code pdfKey} and its metadata beside it. Written once per record id. Here the adapter is {@link DynamoCaseArchive};
 * an S3 adapter puts the PDF at the key in the archive bucket instead (docs/architecture.md, "Case records").
 */
public interface CaseArchive {
    /** Puts the record and its PDF unless a record with its id exists; true if it is new. */
    boolean fileOnce(CaseRecord record, byte[] pdf);

    Optional<CaseRecord> find(String id);

    /** The PDF at a record's key, as it was filed. */
    Optional<byte[]> pdf(String pdfKey);

    /** Records that the pick-up message went out. */
    void markQueued(CaseRecord record);
}
