package dk.livsmester.domain.attachment;

import dk.livsmester.domain.Text;

import java.time.Instant;

/**
 * A file attached to an application. {@code id} and the object key are random ids: nothing about the person is in
 * them. {@code fileName} is shown to those who may read the application and never leaves the record (the object
 * carries none). {@code declaredBytes} and {@code fileType} are what the upload was signed for; the check compares
 * the stored object with them; {@code objectVersion} is the version it checked, the only one a download serves.
 */
public record Attachment(String id, String applicationId, AttachmentKind kind, FileType fileType, long declaredBytes,
                         String fileName, String uploadedBy, String uploadedByRole, Instant createdAt,
                         AttachmentStatus status, Text refusal, Instant checkedAt, String objectVersion) {

    public static Attachment announce(String id, String applicationId, AttachmentKind kind, FileType type, long bytes,
                                      String fileName, String uploadedBy, String role, Instant now) {
        return new Attachment(id, applicationId, kind, type, bytes, fileName, uploadedBy, role, now,
                AttachmentStatus.PENDING, null, null, null);
    }

    /** The object's key in the bucket: the application's id and the attachment's, both random. */
    public String objectKey() {
        return objectKey(applicationId, id);
    }

    public static String objectKey(String applicationId, String attachmentId) {
        return "applications/" + applicationId + "/" + attachmentId;
    }

    /** Checked and usable: {@code version} is the object version that was checked (null where none are kept). */
    public Attachment ready(String version, Instant at) {
        return new Attachment(id, applicationId, kind, fileType, declaredBytes, fileName, uploadedBy, uploadedByRole,
                createdAt, AttachmentStatus.READY, null, at, version);
    }

    public Attachment refused(Text why, Instant at) {
        return new Attachment(id, applicationId, kind, fileType, declaredBytes, fileName, uploadedBy, uploadedByRole,
                createdAt, AttachmentStatus.REFUSED, why, at, null);
    }
}
