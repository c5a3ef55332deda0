package dk.livsmester.applications;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.FieldErrors;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.ValidationException;
import dk.livsmester.domain.privacy.ReadLogEntry;
import dk.livsmester.platform.config.TimeZoneConfig;
import dk.livsmester.platform.store.Page;
import dk.livsmester.platform.store.ReadLogStore;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The auditor's search of the read log: by citizen, by member of staff or by record, each within a period, or by the
 * period alone; newest first, paged. Only the auditor (and an administrator) may search; the search itself reads
 * nothing of a citizen but who read them, so it is not logged again.
 */
@Singleton
public class ReadLogSearchService {
    /** Before any entry: the search's default start. */
    static final Instant BEGINNING = Instant.parse("2020-01-01T00:00:00Z");

    private final ReadLogStore log;
    private final ZoneId zone;
    private final Clock clock;

    public ReadLogSearchService(ReadLogStore log, TimeZoneConfig zone, Clock clock) {
        this.log = log;
        this.zone = zone.zone();
        this.clock = clock;
    }

    /** The filters as given: subjects, a record as {@code <type>#<id>}, and days ({@code 2026-12-01}) in local time. */
    public record Filter(String citizen, String staff, String record, String from, String to) {
    }

    public Page<ReadLogEntry> search(Caller caller, Filter f, int limit, String cursor) {
        caller.require(Role.AUDITOR);
        return log.search(query(f), limit, cursor);
    }

    ReadLogStore.Search query(Filter f) {
        int given = (blank(f.citizen()) ? 0 : 1) + (blank(f.staff()) ? 0 : 1) + (blank(f.record()) ? 0 : 1);
        if (given > 1) {
            throw ValidationException.single("citizen", "Søg på én ting ad gangen: borger, medarbejder eller sag.",
                    "Search by one of citizen, staff or record at a time.");
        }
        FieldErrors errors = new FieldErrors();
        Instant from = day(f.from(), "from", errors, false);
        Instant to = day(f.to(), "to", errors, true);
        errors.throwIfAny();
        if (given == 0 && (from == null || to == null)) {
            throw ValidationException.single(from == null ? "from" : "to",
                    "En søgning uden borger, medarbejder eller sag skal have en periode (fra og til).",
                    "A search without citizen, staff or record needs a period (from and to).");
        }
        Instant start = from == null ? BEGINNING : from;
        Instant end = to == null ? clock.instant() : to;
        if (end.isBefore(start)) {
            throw ValidationException.single("to", "Til-datoen ligger før fra-datoen.", "to is before from.");
        }
        if (!blank(f.citizen())) {
            return new ReadLogStore.Search(ReadLogStore.By.CITIZEN, f.citizen().strip(), start, end);
        }
        if (!blank(f.staff())) {
            return new ReadLogStore.Search(ReadLogStore.By.STAFF, f.staff().strip(), start, end);
        }
        if (!blank(f.record())) {
            return new ReadLogStore.Search(ReadLogStore.By.RECORD, f.record().strip(), start, end);
        }
        return new ReadLogStore.Search(ReadLogStore.By.PERIOD, null, start, end);
    }

    /** A day's first instant, or (for {@code to}) its last. */
    private Instant day(String value, String field, FieldErrors errors, boolean end) {
        if (blank(value)) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            return end ? d.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1) : d.atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(field, "Skriv datoen som år-måned-dag, fx 2026-12-01.", field + " must be a date like 2026-12-01.");
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
