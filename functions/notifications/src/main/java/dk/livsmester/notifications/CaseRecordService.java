package dk.livsmester.notifications;

import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.archive.CaseRecord;
import dk.livsmester.platform.config.QueuesConfig;
import dk.livsmester.platform.events.EventMessage;
import dk.livsmester.platform.store.ApplicationStore;
import dk.livsmester.platform.store.Json;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Each decision (granted, partly granted, rejected) becomes one case record for the municipality's case system: the
 * PDF and its metadata filed once under the decision's id ({@link CaseArchive}: the ESDH bucket's {@code case-records/}
 * prefix), then one pick-up message on the ESDH queue (its keys and metadata, no personal data), recorded as sent. A redelivered event files nothing new; a crash before the message
 * sends it on the next delivery.
 */
@Singleton
public class CaseRecordService {
    private static final Logger LOG = LoggerFactory.getLogger(CaseRecordService.class);
    static final Set<ApplicationStatus> DECIDED = EnumSet.of(ApplicationStatus.APPROVED,
            ApplicationStatus.PARTIALLY_APPROVED, ApplicationStatus.REJECTED);

    private final ApplicationStore applications;
    private final CaseArchive archive;
    private final SqsClient sqs;
    private final QueuesConfig queues;
    private final Clock clock;

    public CaseRecordService(ApplicationStore applications, CaseArchive archive, SqsClient sqs, QueuesConfig queues,
                             Clock clock) {
        this.applications = applications;
        this.archive = archive;
        this.sqs = sqs;
        this.queues = queues;
        this.clock = clock;
    }

    public void handle(EventMessage message) {
        if (!EventMessage.APPLICATION_STATUS_CHANGED.equals(message.type())
                || !DECIDED.contains(ApplicationStatus.valueOf(message.status()))) {
            return;
        }
        Application app = applications.get(message.subjectId());
        String id = CaseRecord.idOf(app, message.status(), message.version());
        CaseRecord record = archive.find(id).orElse(null);
        if (record == null) {
            CaseRecord draft = CaseRecord.of(app, message.status(), message.version(), 0, clock.instant());
            byte[] pdf = CaseRecordPdf.render(app, draft);
            CaseRecord full = CaseRecord.of(app, message.status(), message.version(), pdf.length, clock.instant());
            boolean filed = archive.fileOnce(full, pdf);
            LOG.info("case record applicationId={} outcome={} filed={} bytes={}", app.id(), message.status(), filed, pdf.length);
            record = archive.find(id).orElseThrow();
        }
        if (record.queuedAt() == null && queues.getEsdh() != null && !queues.getEsdh().isBlank()) {
            sqs.sendMessage(b -> b.queueUrl(queues.getEsdh()).messageBody(Json.write(pickUp(archive.find(id).orElseThrow()))));
            archive.markQueued(record.queued(clock.instant()));
            LOG.info("case record queued applicationId={}", app.id());
        }
    }

    /** The message an ESDH integration reads: where the PDF is, and what to file it by. */
    static Map<String, Object> pickUp(CaseRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("caseRecordId", r.id());
        m.put("applicationId", r.applicationId());
        m.put("pdfKey", r.pdfKey());
        m.put("metadataKey", r.metadataKey());
        m.put("outcome", r.outcome());
        m.put("requestedOre", r.requestedOre());
        m.put("grantedOre", r.grantedOre());
        m.put("reasonCodes", r.reasonCodes());
        m.put("submittedAt", String.valueOf(r.submittedAt()));
        m.put("decidedAt", String.valueOf(r.decidedAt()));
        m.put("poolId", r.poolId());
        m.put("citizenCentre", r.citizenCentre());
        return m;
    }
}
