package dk.livsmester.applications.attachments;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.Ids;
import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.Text;
import dk.livsmester.domain.ValidationException;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.attachment.Attachment;
import dk.livsmester.domain.attachment.AttachmentKind;
import dk.livsmester.domain.attachment.AttachmentRules;
import dk.livsmester.domain.attachment.AttachmentStatus;
import dk.livsmester.domain.attachment.FileType;
import dk.livsmester.platform.config.AttachmentsConfig;
import dk.livsmester.platform.store.ApplicationStore;
import dk.livsmester.platform.store.AttachmentFiles;
import dk.livsmester.platform.store.AttachmentStore;
import dk.livsmester.platform.store.SupportRelationStore;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Attachments of an application: announcing one (a record, pending, and a presigned PUT for the browser), listing
 * them, and a presigned GET of a checked one. Who may read them is who may read the application's personal data:
 * the citizen it is for, its creator and a contact person linked to the citizen, the team and administrators;
 * finance sees the receipts only. Anyone else gets the answer an unknown application gets.
 */
@Singleton
public class AttachmentService {
    private static final Logger LOG = LoggerFactory.getLogger(AttachmentService.class);
    /** Enough for an annex, quotes, costs and the receipts of a grant; a cap on what one person can pile up. */
    static final int MAX_PER_APPLICATION = 30;

    /** What the page needs to upload: the record, and where and how to send the file. */
    public record Announced(Attachment attachment, URI uploadUrl, String method, String contentType, long bytes,
                            Instant expiresAt) {
    }

    public record Download(URI url, Instant expiresAt) {
    }

    private final ApplicationStore applications;
    private final SupportRelationStore support;
    private final AttachmentStore attachments;
    private final AttachmentFiles files;
    private final AttachmentsConfig config;
    private final Clock clock;

    public AttachmentService(ApplicationStore applications, SupportRelationStore support, AttachmentStore attachments,
                             AttachmentFiles files, AttachmentsConfig config, Clock clock) {
        this.applications = applications;
        this.support = support;
        this.attachments = attachments;
        this.files = files;
        this.config = config;
        this.clock = clock;
    }

    public Announced announce(Caller caller, String applicationId, String kind, String contentType, Long bytes,
                              String fileName) {
        caller.require(Role.CITIZEN, Role.CONTACT_PERSON);
        Application app = applications.get(applicationId);
        if (!isApplicant(caller, app)) {
            throw new NotFoundException("application", applicationId);
        }
        FileType type = AttachmentRules.announce(kind, contentType, bytes, fileName);
        AttachmentKind k = AttachmentRules.parseKind(kind).orElseThrow();
        if (!k.allowedAt(app.status())) {
            throw ValidationException.single("kind", k == AttachmentKind.RECEIPT
                            ? "Kvitteringer kan først vedhæftes, når der er givet penge."
                            : "Ansøgningen er afgjort. Nu kan du kun vedhæfte kvitteringer.",
                    k == AttachmentKind.RECEIPT
                            ? "Receipts can be attached once money has been granted."
                            : "The application has been decided. Now you can only attach receipts.");
        }
        if (attachments.of(applicationId).size() >= MAX_PER_APPLICATION) {
            throw new ConflictException("TOO_MANY_ATTACHMENTS", Text.of(
                    "Der er vedhæftet " + MAX_PER_APPLICATION + " filer. Ring til teamet, hvis der skal flere med.",
                    MAX_PER_APPLICATION + " files are attached. Call the team if more are needed."));
        }
        Instant now = clock.instant();
        Attachment a = Attachment.announce(Ids.newId("att"), applicationId, k, type, bytes,
                fileName == null || fileName.isBlank() ? null : fileName.strip(), caller.subject(), caller.role().wireName(), now);
        attachments.create(a);
        Duration valid = Duration.ofSeconds(config.getUploadSeconds());
        URI url = files.uploadUrl(a.objectKey(), type, bytes, valid);
        LOG.info("attachment announced applicationId={} attachmentId={} kind={} type={} bytes={}", applicationId, a.id(),
                k, type, bytes);
        return new Announced(a, url, "PUT", type.contentType(), bytes, now.plus(valid));
    }

    public List<Attachment> list(Caller caller, String applicationId) {
        Application app = readable(caller, applications.get(applicationId));
        return attachments.of(app.id()).stream().filter(a -> mayRead(caller, a)).toList();
    }

    public Download download(Caller caller, String applicationId, String attachmentId) {
        Application app = readable(caller, applications.get(applicationId));
        Attachment a = attachments.find(app.id(), attachmentId).filter(x -> mayRead(caller, x))
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        if (a.status() == AttachmentStatus.PENDING) {
            throw new ConflictException("ATTACHMENT_PENDING", Text.of(
                    "Filen bliver tjekket. Prøv igen om et øjeblik.", "The file is being checked. Try again in a moment."));
        }
        if (a.status() == AttachmentStatus.REFUSED) {
            throw new ConflictException("ATTACHMENT_REFUSED", a.refusal());
        }
        Duration valid = Duration.ofSeconds(config.getDownloadSeconds());
        // The saved file's name says what it is, not who it is about.
        String name = a.kind().name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + a.id() + "."
                + a.fileType().name().toLowerCase(Locale.ROOT).replace("jpeg", "jpg");
        URI url = files.downloadUrl(a.objectKey(), a.objectVersion(), name, valid);
        LOG.info("attachment download applicationId={} attachmentId={} role={}", app.id(), a.id(), caller.role().wireName());
        return new Download(url, clock.instant().plus(valid));
    }

    /** Finance pays out against receipts; the application's other documents are the team's. */
    private static boolean mayRead(Caller caller, Attachment a) {
        return !caller.is(Role.FINANCE) || a.kind() == AttachmentKind.RECEIPT;
    }

    private Application readable(Caller caller, Application app) {
        if (caller.is(Role.TEAM) || caller.is(Role.ADMIN) || caller.is(Role.FINANCE) || isApplicant(caller, app)) {
            return app;
        }
        // Not 403: someone else's application is not even confirmed to exist.
        throw new NotFoundException("application", app.id());
    }

    /** The citizen it is for, whoever created it, and a contact person linked to the citizen. */
    private boolean isApplicant(Caller caller, Application app) {
        if (app.createdBy().equals(caller.subject()) || app.isFor(caller.subject())) {
            return true;
        }
        return caller.is(Role.CONTACT_PERSON) && app.citizenSubject() != null
                && support.supports(caller.subject(), app.citizenSubject());
    }
}
