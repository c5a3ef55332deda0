package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.ValidationException;
import dk.livsmester.domain.privacy.ReadLogEntry;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.store.Page;
import dk.livsmester.platform.store.ReadLogStore;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ReadLogTable, {@code READ#<id>} / {@code META}, one item per read, {@code expiresAt} top level (the table's time to
 * live). GSIs, each sorted by {@code <at>#<id>}: byCitizen ({@code CITIZEN#<subject>}, only when the record names
 * one), byStaff ({@code STAFF#<subject>}), byRecord ({@code RECORD#<type>#<id>}) and byMonth ({@code MONTH#yyyy-MM},
 * for a search by period alone, which walks the months newest first). The functions may only put items here (IAM):
 * nothing can change an entry, and the put's condition keeps a second write of an id from replacing the first.
 *
 * <p>A list read is logged with batch writes ({@link #appendAll}), which cannot carry that condition. It stays append
 * only because the entries' ids are new: {@code Ids.newId} gives the millisecond and eight characters drawn from a
 * secure random source, and no entry is built from a stored one. A batch put can meet an existing item only when the
 * same entry is put again (the SDK retrying a call whose answer was lost, or an unprocessed put asked again), and that
 * writes the identical item over itself: nothing is replaced by something else and nothing is lost. Only put requests
 * are sent, never deletes.
 */
@Singleton
public class DynamoReadLogStore implements ReadLogStore {
    static final ItemCodec<ReadLogEntry> CODEC = new ItemCodec<>(ReadLogEntry.class, "READ", "READ",
            List.of("expiresAt"), DynamoReadLogStore::indexKeys);
    static final DynamoCollection.Index BY_CITIZEN = new DynamoCollection.Index("byCitizen", "gsi1pk", "gsi1sk");
    static final DynamoCollection.Index BY_STAFF = new DynamoCollection.Index("byStaff", "gsi2pk", "gsi2sk");
    static final DynamoCollection.Index BY_RECORD = new DynamoCollection.Index("byRecord", "gsi3pk", "gsi3sk");
    static final DynamoCollection.Index BY_MONTH = new DynamoCollection.Index("byMonth", "gsi4pk", "gsi4sk");
    /** Sorts after every {@code <at>#<id>} of the same instant. */
    private static final String LAST = "#~";
    private static final DateTimeFormatter SORTABLE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final DynamoCollection<ReadLogEntry> collection;
    private final BatchPuts batches;

    @Inject
    public DynamoReadLogStore(DynamoDbEnhancedClient client, TablesConfig tables) {
        this(client, tables, BatchPuts.STANDARD);
    }

    DynamoReadLogStore(DynamoDbEnhancedClient client, TablesConfig tables, BatchPuts batches) {
        this.collection = new DynamoCollection<>(client, tables.getReadLog(), CODEC, "read log entry");
        this.batches = batches;
    }

    private static Map<String, String> indexKeys(ReadLogEntry e) {
        String sk = sortable(e.at()) + "#" + e.id();
        Map<String, String> keys = new HashMap<>();
        if (e.citizenSubject() != null) {
            keys.put("gsi1pk", "CITIZEN#" + e.citizenSubject());
            keys.put("gsi1sk", sk);
        }
        keys.put("gsi2pk", "STAFF#" + e.staffSubject());
        keys.put("gsi2sk", sk);
        keys.put("gsi3pk", "RECORD#" + e.record());
        keys.put("gsi3sk", sk);
        keys.put("gsi4pk", "MONTH#" + month(e.at()));
        keys.put("gsi4sk", sk);
        return keys;
    }

    /** Fixed width (milliseconds always written), so the sort keys order as the instants do. */
    private static String sortable(Instant at) {
        return SORTABLE.format(at);
    }

    private static YearMonth month(Instant at) {
        return YearMonth.from(at.atOffset(ZoneOffset.UTC));
    }

    @Override
    public void append(ReadLogEntry entry) {
        if (!collection.putOnce(entry)) {
            throw new IllegalStateException("read log entry " + entry.id() + " exists already");
        }
    }

    @Override
    public void appendAll(List<ReadLogEntry> entries) {
        collection.putAllNew(entries, batches);
    }

    @Override
    public Page<ReadLogEntry> search(Search s, int limit, String cursor) {
        String from = sortable(s.from());
        String to = sortable(s.to()) + LAST;
        return switch (s.by()) {
            case CITIZEN -> collection.page(BY_CITIZEN, "CITIZEN#" + s.key(), from, to, false, limit, cursor);
            case STAFF -> collection.page(BY_STAFF, "STAFF#" + s.key(), from, to, false, limit, cursor);
            case RECORD -> collection.page(BY_RECORD, "RECORD#" + s.key(), from, to, false, limit, cursor);
            case PERIOD -> byPeriod(s, from, to, limit, cursor);
        };
    }

    /**
     * The period alone: month partitions from the newest down, filling the page across months. The cursor is the month
     * it stopped in and the store's cursor within it: {@code <yyyy-MM>~<cursor>} (nothing after the {@code ~}: that
     * month from its start).
     */
    private Page<ReadLogEntry> byPeriod(Search s, String from, String to, int limit, String cursor) {
        YearMonth first = month(s.from());
        YearMonth month = month(s.to());
        String inner = null;
        if (cursor != null && !cursor.isBlank()) {
            int cut = cursor.indexOf('~');
            try {
                month = YearMonth.parse(cursor.substring(0, cut));
            } catch (RuntimeException e) {
                throw ValidationException.invalidCursor();
            }
            inner = cut + 1 < cursor.length() ? cursor.substring(cut + 1) : null;
        }
        List<ReadLogEntry> items = new ArrayList<>();
        while (!month.isBefore(first)) {
            Page<ReadLogEntry> page = collection.page(BY_MONTH, "MONTH#" + month, from, to,
                    false, limit - items.size(), inner);
            items.addAll(page.items());
            inner = page.nextCursor();
            if (inner == null) {
                month = month.minusMonths(1);
            }
            if (items.size() == limit) {
                boolean more = inner != null || !month.isBefore(first);
                return new Page<>(items, more ? month + "~" + (inner == null ? "" : inner) : null);
            }
        }
        return new Page<>(items, null);
    }
}
