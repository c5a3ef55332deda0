package dk.livsmester.platform.store;

import dk.livsmester.domain.attachment.FileType;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;


/**
 * The bucket the attachments' files are in, as the services see it: presigned URLs for the browser, and the few
 * reads the check needs. The S3 adapter signs with the function's own role; the URLs carry no other right.
 */
public interface AttachmentFiles {
    /** A PUT the browser sends the file with; S3 refuses any other content type or length than these. */
    URI uploadUrl(String key, FileType type, long bytes, Duration valid);

    /**
     * A GET of the file's version {@code versionId} (null where the store keeps no versions), valid for
     * {@code valid}; the browser saves it as {@code fileName}.
     */
    URI downloadUrl(String key, String versionId, String fileName, Duration valid);

    /** The stored object's size, first bytes and version; empty when there is no object under {@code key}. */
    Optional<Head> head(String key, int bytes);

    void delete(String key);

    record Head(long size, byte[] firstBytes, String versionId) {
    }
}
