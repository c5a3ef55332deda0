package dk.livsmester.platform.privacy;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Ids;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.privacy.ReadLogEntry;
import dk.livsmester.domain.privacy.RecordType;
import dk.livsmester.platform.config.RetentionConfig;
import dk.livsmester.platform.config.TimeZoneConfig;
import dk.livsmester.platform.store.ReadLogStore;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.function.Function;

/**
 * What the services call when they hand a citizen's data to a member of staff: one append-only entry per record read,
 * written before the answer leaves (a read that cannot be logged fails rather than goes unrecorded). Reads by the
 * citizen themselves and by their contact person are not logged ({@link ReadLogEntry#LOGGED}).
 */
@Singleton
public class ReadLog {
    public static final String APPLICATION = "application";
    public static final String GUIDE_REQUEST = "guide-request";
    public static final String MATCH = "match";
    /** Everything held about a citizen, fetched by staff on their behalf. */
    public static final String CITIZEN_DATA = "citizen-data";

    private final ReadLogStore store;
    private final RetentionConfig retention;
    private final ZoneId zone;
    private final Clock clock;

    public ReadLog(ReadLogStore store, RetentionConfig retention, TimeZoneConfig zone, Clock clock) {
        this.store = store;
        this.retention = retention;
        this.zone = zone.zone();
        this.clock = clock;
    }

    /**
     * Records that {@code caller} read one record through {@code route} (the API's method and path template, for
     * example {@code GET /api/applications/{id}}).
     */
    public void read(Caller caller, String route, String recordType, String recordId, String citizenSubject) {
        if (!ReadLogEntry.logged(caller)) {
            return;
        }
        Instant now = clock.instant();
        store.append(entry(caller, route, recordType, recordId, citizenSubject, now, expiresAt(now)));
    }

    /**
     * A list read: one entry per record shown, written in batches (a page of 100 is four calls, not a hundred puts
     * one after another).
     */
    public <R> void records(Caller caller, String route, String recordType, Collection<R> records,
                            Function<R, String> id, Function<R, String> citizenSubject) {
        if (!ReadLogEntry.logged(caller) || records.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        long expires = expiresAt(now);
        store.appendAll(records.stream().map(r -> entry(caller, route, recordType, id.apply(r),
                citizenSubject.apply(r), now, expires)).toList());
    }

    public void application(Caller caller, String route, Application app) {
        read(caller, route, APPLICATION, app.id(), app.citizenSubject());
    }

    /** A list: one entry per application shown. */
    public void applications(Caller caller, String route, Collection<Application> apps) {
        records(caller, route, APPLICATION, apps, Application::id, Application::citizenSubject);
    }

    private long expiresAt(Instant now) {
        return retention.rules().get(RecordType.READ_LOG).dueAt(now, zone).getEpochSecond();
    }

    private static ReadLogEntry entry(Caller caller, String route, String recordType, String recordId,
                                      String citizenSubject, Instant now, long expires) {
        return new ReadLogEntry(Ids.newId("read"), now, caller.subject(), caller.role().wireName(), citizenSubject,
                recordType, recordId, route, expires);
    }
}
