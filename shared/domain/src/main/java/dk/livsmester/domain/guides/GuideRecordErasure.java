package dk.livsmester.domain.guides;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A guide record whose retention has passed: a closed (or withdrawn) request with its matches (every round's) and their alerts, as
 * read and as they are to be. The request and the matches are anonymised ({@link GuideRequest#erased()},
 * {@link Match#erased()}): what happened, of which task type and when, stays for the evaluation and the guide's own
 * record, and leads to no one. The alerts (ids and a count of days) and the citizen's sharing choices are deleted, and
 * a later request of the citizen's forgets it (its link back, and its first sharing choice's {@code carriedFrom}).
 */
public record GuideRecordErasure(GuideRequest requestBefore, GuideRequest requestAfter, List<Match> matchesBefore,
                                 List<Match> matchesAfter, List<Alert> alerts, GuideRequest successorBefore,
                                 GuideRequest successorAfter) {

    public GuideRecordErasure {
        Objects.requireNonNull(requestBefore, "requestBefore");
        matchesBefore = List.copyOf(matchesBefore);
        matchesAfter = List.copyOf(matchesAfter);
        alerts = List.copyOf(alerts);
        if (matchesBefore.size() != matchesAfter.size()) {
            throw new IllegalArgumentException("every match read is written back");
        }
    }

    /**
     * The erasure of an ended request, with the matches and alerts read for it, and the request the citizen asked
     * again with (null: none), which forgets where it came from: the citizen's living request must not lead to the
     * erased one. Alerts read twice (a list per status, one changing meanwhile) count once, at their latest version.
     */
    public static GuideRecordErasure of(GuideRequest request, List<Match> matches, List<Alert> alerts,
                                        GuideRequest successor) {
        if (!GuideRequest.ENDED.contains(request.status())) {
            throw new IllegalArgumentException("only a closed or withdrawn request is erased, not one " + request.status());
        }
        List<Match> own = matches.stream().filter(m -> m.requestId().equals(request.id())).toList();
        Map<String, Alert> ownAlerts = new LinkedHashMap<>();
        alerts.stream().filter(a -> request.id().equals(a.requestId()))
                .forEach(a -> ownAlerts.merge(a.id(), a, (x, y) -> x.version() >= y.version() ? x : y));
        GuideRequest next = successor != null && request.id().equals(successor.previousRequestId()) ? successor : null;
        return new GuideRecordErasure(request, request.erased(), own, own.stream().map(Match::erased).toList(),
                List.copyOf(ownAlerts.values()), next, next == null ? null : next.forgetPrevious());
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

}
