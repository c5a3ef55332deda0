package dk.livsmester.domain.archive;

import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.Decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One decided application, for journaling in the municipality's case system (ESDH): the metadata an ESDH integration
 * files it by, and where its PDF (the application and the decision) is. The id is the decision's
 * ({@code <application>~<status>~v<version>}), so a decision is recorded once; {@code queuedAt} records that the
 * pick-up message was sent.
 */
public record CaseRecord(String id, String applicationId, String poolId, String citizenCentre, String category,
                         String outcome, long requestedOre, long grantedOre, List<String> reasonCodes,
                         Instant submittedAt, LocalDate dueDate, Instant decidedAt, String decidedBy,
                         String secondApprovedBy, String pdfKey, int pdfBytes, Instant createdAt, Instant queuedAt) {

    /** Where an ESDH integration finds the PDFs: this prefix, then {@code <application>/<record id>.pdf}. */
    public static final String PREFIX = "case-records/";

    public static String idOf(Application app, String status, long version) {
        return app.id() + "~" + status + "~v" + version;
    }

    public static CaseRecord of(Application app, String status, long version, int pdfBytes, Instant now) {
        Decision d = app.decision();
        String id = idOf(app, status, version);
        return new CaseRecord(id, app.id(), app.poolId(), app.citizenCentre(),
                app.category() == null ? null : app.category().name(), status, app.requestedOre(),
                app.grantedOre() == null ? 0 : app.grantedOre(), d == null ? List.of() : List.copyOf(d.reasonCodes() == null
                ? List.of() : d.reasonCodes()), app.submittedAt(), app.dueDate(), d == null ? app.decidedAt() : d.decidedAt(),
                d == null ? null : d.decidedBy(), d == null ? null : d.secondApprovedBy(),
                PREFIX + app.id() + "/" + id + ".pdf", pdfBytes, now, null);
    }

    /** The same record for a PDF of {@code bytes}: the one an earlier, interrupted delivery already filed. */
    public CaseRecord withPdfBytes(int bytes) {
        return new CaseRecord(id, applicationId, poolId, citizenCentre, category, outcome, requestedOre, grantedOre,
                reasonCodes, submittedAt, dueDate, decidedAt, decidedBy, secondApprovedBy, pdfKey, bytes, createdAt, queuedAt);
    }

    /** Where the record's metadata lies beside its PDF: the same key, {@code .json}. */
    public String metadataKey() {
        return pdfKey.replaceFirst("\\.pdf$", "") + ".json";
    }

    public CaseRecord queued(Instant at) {
        return new CaseRecord(id, applicationId, poolId, citizenCentre, category, outcome, requestedOre, grantedOre,
                reasonCodes, submittedAt, dueDate, decidedAt, decidedBy, secondApprovedBy, pdfKey, pdfBytes, createdAt, at);
    }
}
