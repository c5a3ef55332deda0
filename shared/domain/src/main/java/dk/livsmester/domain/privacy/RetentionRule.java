package dk.livsmester.domain.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How long one record type is kept and what then happens to it. The period runs from the record's end (a decision,
 * a closure); with {@code fromYearEnd} from the end of the calendar (financial) year in which it ended, as the
 * accounting rules count.
 */
public record RetentionRule(RecordType type, int months, boolean fromYearEnd, Disposal disposal) {
    public RetentionRule {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(disposal, "disposal");
        if (months < 0) {
            throw new IllegalArgumentException("months must not be negative");
        }
    }

    /** The first instant at which a record that ended at {@code end} has passed its retention. */
    public Instant dueAt(Instant end, ZoneId zone) {
        LocalDate from = end.atZone(zone).toLocalDate();
        if (fromYearEnd) {
            from = LocalDate.of(from.getYear() + 1, 1, 1);
        }
        return from.plusMonths(months).atStartOfDay(zone).toInstant();
    }

    public boolean due(Instant end, Instant now, ZoneId zone) {
        return end != null && !now.isBefore(dueAt(end, zone));
    }
}
