package dk.livsmester.platform.privacy;

import java.util.List;
import java.util.Map;

/**
 * What the retention job needs of the attachments of an application (the record type ATTACHMENT): a description of
 * each, a copy of the files for the archive export, and their erasure with the case. The retention function's S3
 * adapter fills this port; where no attachments are configured, {@link NoAttachments} says there are none.
 */
public interface AttachmentRetention {
    /** Each attachment of the application as the archive export lists it (id, kind, content type, size, ...). */
    List<Map<String, Object>> describe(String applicationId);

    /**
     * Copies each checked file of the application to the archive's place (once: a repeated call copies nothing
     * twice) and describes each as {@link #describe} does, with where its copy is.
     */
    List<Map<String, Object>> export(String applicationId);

    /** Deletes every attachment of the application, every stored version of its files too; idempotent. */
    void erase(String applicationId);
}
