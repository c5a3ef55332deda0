package dk.livsmester.platform.store;

import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.AuditEntry;
import dk.livsmester.domain.application.Letter;
import dk.livsmester.domain.budget.LedgerEntry;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The export of a case for the archive, made before the case is anonymised when the retention configuration asks
 * for it. The municipal archive collects it from here; the hand-over itself (the archive's own delivery format) is
 * outside this system.
 */
public interface CaseArchive {
    /** Everything the case held, as it was: the application, letters, audit trail, ledger entries and attachments. */
    record CaseExport(String id, Instant exportedAt, Application application, List<Letter> letters,
                      List<AuditEntry> auditTrail, List<LedgerEntry> ledger, List<Map<String, Object>> attachments) {
    }

    /** Stores the export once; false if this case's export is there already (a re-run after a crash). */
    boolean archive(CaseExport export);

    java.util.Optional<CaseExport> find(String applicationId);
}
