package dk.livsmester.retention;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.Text;
import dk.livsmester.domain.application.Anonymisation;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.application.AuditEntry;
import dk.livsmester.domain.privacy.Disposal;
import dk.livsmester.domain.privacy.RecordType;
import dk.livsmester.domain.privacy.RetentionRule;
import dk.livsmester.platform.config.RetentionConfig;
import dk.livsmester.platform.config.TimeZoneConfig;
import dk.livsmester.platform.privacy.AttachmentRetention;
import dk.livsmester.platform.store.ApplicationStore;
import dk.livsmester.platform.store.CaseArchive;
import dk.livsmester.platform.store.PoolStore;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The daily retention run over the applications: a refused one is anonymised once its period from the decision has
 * passed, and so is a draft never sent once its period from its last change has; a granted one once it is closed and its period from the end of that financial year has passed, exported for
 * the archive first when the configuration asks. A granted case that is not closed is never erased, however old: the
 * money is still open (committed, or paid out and not settled), so it waits, and the report says so and why. Each
 * erasure is one transaction (the application, its audit trail, letters and notes), after its attachments (records,
 * and every version of their files) are deleted; the archive export before it (with a copy of each checked file) is
 * written once, so a run that stops between the steps does the rest the next day. The ledger is left as it is (amounts
 * and application ids), so every pool still reconciles.
 */
@Singleton
public class RetentionService {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionService.class);
    static final Set<ApplicationStatus> ENDED = EnumSet.of(ApplicationStatus.REJECTED, ApplicationStatus.CLOSED);
    static final Set<ApplicationStatus> OPEN_GRANT = EnumSet.of(ApplicationStatus.APPROVED,
            ApplicationStatus.PARTIALLY_APPROVED, ApplicationStatus.DISBURSED);
    static final Text OPEN_GRANT_REASON = Text.of(
            "Sagen har en bevilling, som ikke er afsluttet. Den slettes først, når sagen er lukket og tiden er gået.",
            "The case has a grant that is not settled. It is erased only once the case is closed and its time has passed.");

    /** A case whose time has passed but which may not be erased yet, with the reason. */
    public record Waiting(String applicationId, String code, Text reason) {
    }

    public record Report(List<String> anonymised, List<String> archived, List<Waiting> waiting) {
    }

    private final ApplicationStore applications;
    private final PoolStore pools;
    private final CaseArchive archive;
    private final AttachmentRetention attachments;
    private final RetentionConfig config;
    private final ZoneId zone;
    private final Clock clock;

    public RetentionService(ApplicationStore applications, PoolStore pools, CaseArchive archive,
                            AttachmentRetention attachments, RetentionConfig config, TimeZoneConfig zone, Clock clock) {
        this.applications = applications;
        this.pools = pools;
        this.archive = archive;
        this.attachments = attachments;
        this.config = config;
        this.zone = zone.zone();
        this.clock = clock;
    }

    public Report run() {
        Instant now = clock.instant();
        Map<RecordType, RetentionRule> rules = config.rules();
        RetentionRule rejected = rules.get(RecordType.REJECTED_APPLICATION);
        RetentionRule closed = rules.get(RecordType.CLOSED_CASE);
        List<String> anonymised = new ArrayList<>();
        List<String> archived = new ArrayList<>();
        List<Waiting> waiting = new ArrayList<>();
        for (Application a : applications.all(EnumSet.copyOf(ENDED))) {
            if (Anonymisation.isErased(a)) {
                continue;
            }
            boolean granted = a.grantedOre() != null && a.grantedOre() > 0;
            RetentionRule rule = granted ? closed : rejected;
            Instant decided = a.decidedAt() != null ? a.decidedAt() : a.createdAt();
            // A closure comes after the decision: a case not due from its decision is not due from its closure either.
            if (!rule.due(decided, now, zone) || (granted && !rule.due(closedAt(a, decided), now, zone))) {
                continue;
            }
            if (erase(a, rule, now)) {
                anonymised.add(a.id());
                if (rule.disposal() == Disposal.ARCHIVE_THEN_ANONYMISE) {
                    archived.add(a.id());
                }
            }
        }
        RetentionRule draft = rules.get(RecordType.DRAFT);
        for (Application a : applications.all(EnumSet.of(ApplicationStatus.DRAFT))) {
            if (!Anonymisation.isErased(a) && draft.due(lastChange(a), now, zone) && erase(a, draft, now)) {
                anonymised.add(a.id());
            }
        }
        for (Application a : applications.all(EnumSet.copyOf(OPEN_GRANT))) {
            if (a.decidedAt() != null && closed.due(a.decidedAt(), now, zone)) {
                waiting.add(new Waiting(a.id(), "OPEN_GRANT", OPEN_GRANT_REASON));
                LOG.warn("retention waits applicationId={} reason=OPEN_GRANT status={}", a.id(), a.status());
            }
        }
        LOG.info("retention run anonymised={} archived={} waiting={}", anonymised.size(), archived.size(), waiting.size());
        return new Report(anonymised, archived, waiting);
    }

    /** A draft's last change: its latest saved step (the audit trail), or its creation. */
    private Instant lastChange(Application a) {
        return applications.audit(a.id()).stream().map(AuditEntry::at).max(Instant::compareTo)
                .filter(at -> at.isAfter(a.createdAt())).orElse(a.createdAt());
    }

    /** When the case was closed: its audit entry into CLOSED (a refused one closed without a grant has none needed). */
    private Instant closedAt(Application a, Instant decided) {
        return applications.audit(a.id()).stream().filter(e -> e.to() == ApplicationStatus.CLOSED).map(AuditEntry::at)
                .max(Instant::compareTo).orElse(decided);
    }

    private boolean erase(Application a, RetentionRule rule, Instant now) {
        if (rule.disposal() == Disposal.ARCHIVE_THEN_ANONYMISE) {
            archive.archive(new CaseArchive.CaseExport(a.id(), now, a, applications.letters(a.id()),
                    applications.audit(a.id()), pools.ledger(a.poolId()).stream()
                    .filter(e -> a.id().equals(e.applicationId())).toList(), attachments.export(a.id())));
        }
        try {
            attachments.erase(a.id());
            applications.erase(a, Anonymisation.of(a));
            LOG.info("retention anonymised applicationId={} rule={}", a.id(), rule.type());
            return true;
        } catch (StaleStateException changed) {
            // It moved since it was read (a late letter, a note): the next run sees it as it is now.
            LOG.info("retention skipped applicationId={} reason=changed", a.id());
            return false;
        }
    }
}
