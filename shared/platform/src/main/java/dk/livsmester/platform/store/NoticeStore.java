package dk.livsmester.platform.store;

import dk.livsmester.domain.notice.Notice;
import dk.livsmester.domain.notice.NoticePreference;

import java.util.List;
import java.util.Optional;

/** The notices (each written once, by its deterministic id) and each person's notice preference. */
public interface NoticeStore {
    /** Writes the notice unless one with its id exists; true if it is new. */
    boolean putOnce(Notice notice);

    Optional<Notice> find(String id);

    /** Replaces the notice (a claim on its delivery, or the delivery) if it is still as read; false if another got there first. */
    boolean markSent(Notice before, Notice after);

    /** One recipient's mailbox, newest first: its latest {@code limit}. */
    default List<Notice> mailbox(String recipient, int limit) {
        return mailbox(recipient, limit, null).items();
    }

    /** One page of a recipient's mailbox, newest first ({@code cursor} null: from the newest). */
    Page<Notice> mailbox(String recipient, int limit, String cursor);

    Optional<NoticePreference> preference(String subject);

    void savePreference(NoticePreference preference);
}
