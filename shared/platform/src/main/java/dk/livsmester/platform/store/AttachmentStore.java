package dk.livsmester.platform.store;

import dk.livsmester.domain.attachment.Attachment;

import java.util.List;
import java.util.Optional;

/** Applications' attachments: the records beside the objects in the bucket. The check settles each exactly once. */
public interface AttachmentStore {
    /** Records a new attachment (pending); its id is new. */
    void create(Attachment attachment);

    Optional<Attachment> find(String applicationId, String attachmentId);

    /** An application's attachments, oldest first. */
    List<Attachment> of(String applicationId);

    /**
     * Replaces a pending attachment with its checked state ({@code READY} or {@code REFUSED}); false when it was
     * settled already (the event delivered again), in which case nothing changes.
     */
    boolean settle(Attachment checked);

    /** Deletes the record (its file is erased first, by the retention run); deleting one that is gone does nothing. */
    void delete(String applicationId, String attachmentId);
}
