package dk.livsmester.domain.notice;

import java.time.Instant;

/**
 * One notice to one person (or one role's shared mailbox, {@code role:team}). The id is derived from what it is about
 * and who gets it ({@link #idOf}), so the same cause can only ever write it once; {@code sentAt} records that its
 * channel delivered it. The texts are short and carry no personal data beyond what the recipient may read in the app:
 * an SMS carries only {@link #smsText}: the title and a link ({@code link} is a path on the web app).
 */
public record Notice(String id, NoticeKind kind, String recipient, String about, String titleDa, String titleEn,
                     String bodyDa, String bodyEn, String link, Channel channel, Status status, Instant createdAt,
                     Instant sentAt, long version, Instant claimedUntil) {

    /** PENDING until its channel delivered it (the mailbox holds it either way). */
    public enum Status { PENDING, SENT }

    /** The deterministic id: kind, the cause's key (subject and occasion) and the recipient. */
    public static String idOf(NoticeKind kind, String causeKey, String recipient) {
        return kind.name() + "~" + causeKey + "~" + recipient;
    }

    public static Notice of(NoticeKind kind, String causeKey, String recipient, String about, String titleDa,
                            String titleEn, String bodyDa, String bodyEn, String link, Instant now) {
        return new Notice(idOf(kind, causeKey, recipient), kind, recipient, about, titleDa, titleEn, bodyDa, bodyEn,
                link, Channel.MAILBOX, Status.PENDING, now, null, 0, null);
    }

    public Notice via(Channel c) {
        return new Notice(id, kind, recipient, about, titleDa, titleEn, bodyDa, bodyEn, link, c, status, createdAt,
                sentAt, version, claimedUntil);
    }

    public Notice sent(Instant at) {
        return new Notice(id, kind, recipient, about, titleDa, titleEn, bodyDa, bodyEn, link, channel, Status.SENT,
                createdAt, at, version + 1, null);
    }

    /**
     * Held by one delivery until {@code until}: a second delivery of the same notice at the same time (a queue's
     * duplicate, the sweep beside the queue) leaves it alone; one that crashed frees it when the lease ends.
     */
    public Notice claimed(Instant until) {
        return new Notice(id, kind, recipient, about, titleDa, titleEn, bodyDa, bodyEn, link, channel, status,
                createdAt, sentAt, version + 1, until);
    }

    /** Let go by a delivery that failed, so the next one may try at once. */
    public Notice released() {
        return new Notice(id, kind, recipient, about, titleDa, titleEn, bodyDa, bodyEn, link, channel, status,
                createdAt, sentAt, version + 1, null);
    }

    /** Whether a delivery holds it at {@code now}. */
    public boolean heldAt(Instant now) {
        return claimedUntil != null && claimedUntil.isAfter(now);
    }

    /** What an SMS says: the title and the link, nothing else (no names, amounts or wishes). */
    public String smsText(boolean english, String baseUrl) {
        return (english ? titleEn : titleDa) + " " + baseUrl + link;
    }

    /** What an e-mail says: the title, the body and the link, in the recipient's language. */
    public String emailText(boolean english, String baseUrl) {
        return (english ? bodyEn : bodyDa) + "\n\n" + baseUrl + link;
    }
}
