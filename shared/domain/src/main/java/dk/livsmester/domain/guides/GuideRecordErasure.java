package dk.livsmester.domain.guides;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A guide record whose retention has passed: a closed (or withdrawn) request with its matches (every round's) and their alerts, as
 * read and as they are to be. The request and the matches are anonymised ({@link GuideRequest#erased()},
 * {@link Match#erased()}): what happened, of which task type and when, stays for the evaluation and the guide's own
 * record, and leads to no one. The alerts (ids and a count of days) and the citizen's sharing choices are deleted.
 */
public record GuideRecordErasure(GuideRequest requestBefore, GuideRequest requestAfter, List<Match> matchesBefore,
                                 List<Match> matchesAfter, List<Alert> alerts) {

    public GuideRecordErasure {
        Objects.requireNonNull(requestBefore, "requestBefore");
        matchesBefore = List.copyOf(matchesBefore);
        matchesAfter = List.copyOf(matchesAfter);
        alerts = List.copyOf(alerts);
        if (matchesBefore.size() != matchesAfter.size()) {
            throw new IllegalArgumentException("every match read is written back");
        }
    }

    /** The erasure of an ended request, with the matches and alerts read for it. */
    public static GuideRecordErasure of(GuideRequest request, List<Match> matches, List<Alert> alerts) {
        if (!GuideRequest.ENDED.contains(request.status())) {
            throw new IllegalArgumentException("only a closed or withdrawn request is erased, not one " + request.status());
        }
        List<Match> own = matches.stream().filter(m -> m.requestId().equals(request.id())).toList();
        List<Alert> ownAlerts = alerts.stream().filter(a -> request.id().equals(a.requestId())).toList();
        return new GuideRecordErasure(request, request.erased(), own, own.stream().map(Match::erased).toList(), ownAlerts);
    }

    /**
     * When the record ended, which its retention runs from: the request's closing, or, for a request closed before
     * that was recorded, its latest match's closure. Empty when neither is known: the record is then kept (and the
     * run says so) rather than erased from a guess.
     */
    public static Optional<Instant> endedAt(GuideRequest request, List<Match> matches) {
        if (request.closedAt() != null) {
            return Optional.of(request.closedAt());
        }
        return matches.stream().filter(m -> m.requestId().equals(request.id()) && m.closure() != null)
                .map(m -> m.closure().closedAt()).filter(Objects::nonNull).max(Comparator.naturalOrder());
    }

    /** How many items the erasure writes or deletes besides the sharing choices. */
    public int writes() {
        return 1 + matchesAfter.size() + alerts.size();
    }
}
