package dk.livsmester.platform.store;

import dk.livsmester.domain.privacy.ReadLogEntry;

import java.time.Instant;
import java.util.List;

/**
 * The read log: which member of staff read which citizen's data, append only. Nothing here changes or removes an
 * entry; entries leave by DynamoDB's time to live when their retention has passed.
 */
public interface ReadLogStore {
    /** What to search by: exactly one of citizen, staff member or record, or none (then the period alone). */
    enum By { CITIZEN, STAFF, RECORD, PERIOD }

    /**
     * A search, newest first, within {@code from}..{@code to} (both included).
     *
     * @param key the citizen's or staff member's subject, or the record as {@code <type>#<id>}; null for a period
     */
    record Search(By by, String key, Instant from, Instant to) {
    }

    /**
     * Appends the entry; its id is new, and a second write of the same id is refused by the store's condition (an
     * entry is never overwritten).
     *
     * @throws IllegalStateException an entry with this id is there already
     */
    void append(ReadLogEntry entry);

    /**
     * Appends the entries of one list read (an entry per record shown), all or an exception. They are new entries
     * with new ids, never ones already written (see the store for why that keeps the log append only).
     *
     * @throws IllegalArgumentException two entries have the same id
     * @throws IllegalStateException some could not be written; the others may be (a read is then logged in part,
     *                               and its answer fails, so a read is never shown unlogged)
     */
    void appendAll(List<ReadLogEntry> entries);

    Page<ReadLogEntry> search(Search search, int limit, String cursor);
}
