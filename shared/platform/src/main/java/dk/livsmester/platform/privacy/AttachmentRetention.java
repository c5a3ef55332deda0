package dk.livsmester.platform.privacy;

import java.util.List;
import java.util.Map;

/**
 * What the retention job needs of the attachments of an application (the record type ATTACHMENT): a description of
 * each for the archive export, and their erasure with the case. The attachment store fills this port; until it does,
 * {@link NoAttachments} says there are none.
 */
public interface AttachmentRetention {
    /** Each attachment of the application as the archive export lists it (id, kind, content type, size, ...). */
    List<Map<String, Object>> describe(String applicationId);

    /** Deletes every attachment of the application; idempotent (a second call finds nothing). */
    void erase(String applicationId);
}
