package dk.livsmester.applications.attachments;

import dk.livsmester.domain.Text;
import dk.livsmester.domain.attachment.Attachment;
import dk.livsmester.domain.attachment.AttachmentRules;
import dk.livsmester.domain.attachment.AttachmentStatus;
import dk.livsmester.domain.attachment.FileType;
import dk.livsmester.platform.store.AttachmentFiles;
import dk.livsmester.platform.store.AttachmentStore;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The check of an uploaded file, once per object created: the stored size and first bytes against what was
 * announced ({@link AttachmentRules#check}), then the scan hook. Passed: {@code READY}, with the version checked.
 * Failed: {@code REFUSED} with the reason, and the object deleted, so it is never served. An event for an attachment
 * settled already (delivered twice) changes nothing; an object under {@code applications/} that no record announced
 * is deleted.
 */
@Singleton
public class AttachmentCheckService {
    private static final Logger LOG = LoggerFactory.getLogger(AttachmentCheckService.class);
    private static final Pattern KEY = Pattern.compile("applications/([a-z0-9_-]{1,64})/([a-z0-9_-]{1,64})");

    public enum Outcome { READY, REFUSED, SETTLED_ALREADY, UNKNOWN_OBJECT, GONE }

    private final AttachmentStore attachments;
    private final AttachmentFiles files;
    private final MalwareScan scan;
    private final Clock clock;

    public AttachmentCheckService(AttachmentStore attachments, AttachmentFiles files, MalwareScan scan, Clock clock) {
        this.attachments = attachments;
        this.files = files;
        this.scan = scan;
        this.clock = clock;
    }

    public Outcome check(String key) {
        Matcher m = KEY.matcher(key);
        Optional<Attachment> found = m.matches() ? attachments.find(m.group(1), m.group(2)) : Optional.empty();
        if (found.isEmpty()) {
            // Under the attachments' prefix only what a record announced may stay; anything else is not ours to touch.
            if (key.startsWith("applications/")) {
                files.delete(key);
            }
            LOG.warn("attachment check: object without a record");
            return Outcome.UNKNOWN_OBJECT;
        }
        Attachment a = found.get();
        if (a.status() != AttachmentStatus.PENDING) {
            return Outcome.SETTLED_ALREADY;
        }
        Optional<AttachmentFiles.Head> head = files.head(key, FileType.HEAD_BYTES);
        if (head.isEmpty()) {
            return Outcome.GONE;
        }
        Optional<Text> refusal = AttachmentRules.check(a, head.get().size(), head.get().firstBytes())
                .or(() -> scan.scan(key, head.get().versionId()));
        if (refusal.isPresent()) {
            boolean settled = attachments.settle(a.refused(refusal.get(), clock.instant()));
            // Deleted after the record says refused: a crash in between leaves a refused record and an object the
            // next delivery deletes; never a usable record for bad bytes.
            files.delete(key);
            LOG.info("attachment refused applicationId={} attachmentId={} settled={}", a.applicationId(), a.id(), settled);
            return settled ? Outcome.REFUSED : Outcome.SETTLED_ALREADY;
        }
        boolean settled = attachments.settle(a.ready(head.get().versionId(), clock.instant()));
        LOG.info("attachment ready applicationId={} attachmentId={} settled={}", a.applicationId(), a.id(), settled);
        return settled ? Outcome.READY : Outcome.SETTLED_ALREADY;
    }
}
