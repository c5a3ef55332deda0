package dk.livsmester.domain.attachment;

/** An attachment's check: only a {@link #READY} one is usable; a refused one is never downloadable. */
public enum AttachmentStatus {
    /** Announced, or uploaded and not yet checked. */
    PENDING,
    READY,
    REFUSED
}
