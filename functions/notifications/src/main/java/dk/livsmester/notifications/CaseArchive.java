package dk.livsmester.notifications;

import dk.livsmester.domain.archive.CaseRecord;

import java.util.Optional;

/**
 * Where case records are put for the municipality's case system (ESDH) to pick up: the PDF at the record's
 * {@code pdfKey} and its metadata beside it ({@link CaseRecord#metadataKey()}), written once per record id. The
 * adapter is {@link S3CaseArchive} (docs/architecture.md, "Case records").
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
