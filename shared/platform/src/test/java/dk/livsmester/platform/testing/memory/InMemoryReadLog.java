package dk.livsmester.platform.testing.memory;

import dk.livsmester.domain.privacy.ReadLogEntry;
import dk.livsmester.platform.config.RetentionConfig;
import dk.livsmester.platform.privacy.ReadLog;
import dk.livsmester.platform.store.Page;
import dk.livsmester.platform.store.ReadLogStore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The read log in memory, for unit tests of the services that write it: same once-only rule as the table's. */
public final class InMemoryReadLog implements ReadLogStore {
    private final Map<String, ReadLogEntry> entries = new ConcurrentHashMap<>();

    @Override
    public void append(ReadLogEntry entry) {
        if (entries.putIfAbsent(entry.id(), entry) != null) {
            throw new IllegalStateException("read log entry " + entry.id() + " exists already");
        }
    }

    /** Checks every id first, as the table's batch refuses a repeated one before writing any. */
    @Override
    public void appendAll(List<ReadLogEntry> batch) {
        if (batch.stream().map(ReadLogEntry::id).distinct().count() != batch.size()) {
            throw new IllegalArgumentException("two puts of one batch of read log entry items have the same id");
        }
        batch.forEach(this::append);
    }

    @Override
    public Page<ReadLogEntry> search(Search s, int limit, String cursor) {
        List<ReadLogEntry> found = new ArrayList<>(entries.values().stream().filter(e -> switch (s.by()) {
            case CITIZEN -> s.key().equals(e.citizenSubject());
            case STAFF -> s.key().equals(e.staffSubject());
            case RECORD -> s.key().equals(e.record());
            case PERIOD -> true;
        }).filter(e -> !e.at().isBefore(s.from()) && !e.at().isAfter(s.to()))
                .sorted(Comparator.comparing(ReadLogEntry::at).reversed()).limit(limit).toList());
        return new Page<>(found, null);
    }

    public List<ReadLogEntry> all() {
        return entries.values().stream().sorted(Comparator.comparing(ReadLogEntry::at)).toList();
    }

    /** A {@link ReadLog} writing here, with the default retention, in Copenhagen time. */
    public ReadLog readLog(Clock clock) {
        return new ReadLog(this, DEFAULT_RETENTION, () -> "Europe/Copenhagen", clock);
    }

    static final RetentionConfig DEFAULT_RETENTION = new RetentionConfig() {
        public int getRejectedApplicationMonths() {
            return 60;
        }

        public int getClosedCaseMonths() {
            return 60;
        }

        public int getDraftMonths() {
            return 6;
        }

        public boolean isArchiveClosedCases() {
            return true;
        }

        public int getGuideRecordMonths() {
            return 24;
        }

        public int getReadLogMonths() {
            return 24;
        }

        public int getNoticeMonths() {
            return 24;
        }
    };
}
