package dk.livsmester.domain.guides;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the guide's path has recorded: the criminal-record certificate seen at admission (the date and by whom, not its
 * content), the training cohort, the OCN certificate's date, and every status change (who and when, no reasons: they
 * could hold health details).
 */
public record GuidePath(LocalDate criminalRecordSeenOn, String criminalRecordSeenBy, String cohort,
                        LocalDate ocnCertifiedOn, List<StatusChange> history) {
    public static final GuidePath EMPTY = new GuidePath(null, null, null, null, List.of());

    public record StatusChange(GuideStatus from, GuideStatus to, String by, Instant at) {
    }

    public GuidePath {
        history = history == null ? List.of() : List.copyOf(history);
    }

    GuidePath with(LocalDate seenOn, String seenBy, String cohort, LocalDate ocnOn, StatusChange change) {
        List<StatusChange> h = new ArrayList<>(history);
        if (change != null) {
            h.add(change);
        }
        return new GuidePath(seenOn, seenBy, cohort, ocnOn, h);
    }
}
