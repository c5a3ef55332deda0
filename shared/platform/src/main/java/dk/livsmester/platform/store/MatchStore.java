package dk.livsmester.platform.store;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.guides.GuideAtCapacityException;
import dk.livsmester.domain.guides.GuideLoadMismatchException;
import dk.livsmester.domain.guides.GuideRecordErasure;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchAlreadyDecidedException;
import dk.livsmester.domain.guides.MatchChangedException;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.platform.events.OutboxEvent;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Matches, and the changes that move a match together with its request and its guide's load. Only these change a
 * guide's {@code activeMatches}, under conditions, so a guide is never committed beyond capacity.
 */
public interface MatchStore {
    Optional<Match> find(String id);

    Match get(String id);

    /** The matches of these ids that exist (strongly consistent, in any order): batch reads. */
    List<Match> findAll(Collection<String> ids);

    /** One status, oldest proposal first. */
    Page<Match> byStatus(MatchStatus status, int limit, String cursor);

    /** Every match in one status, oldest first (all pages). */
    List<Match> all(MatchStatus status);

    /**
     * A change to the match alone (the guide's yes, meetings, logs, the debrief), if still as read.
     *
     * @throws MatchChangedException it changed since {@code before} was read
     */
    void update(Match before, Match after);

    /**
     * Records a proposal and moves the request on, once: the match id comes from the request and its round, so a
     * redelivered message finds it there. False in that case (or when the request moved on).
     */
    boolean propose(Match proposal, GuideRequest requestBefore, GuideRequest requestAfter);

    /**
     * The coordinator's approval takes one of the guide's places.
     *
     * @throws MatchAlreadyDecidedException the match or its request changed meanwhile
     * @throws GuideAtCapacityException     the guide has no place left, or is not active
     */
    void approve(Match before, Match after, GuideRequest requestBefore, GuideRequest requestAfter);

    /**
     * The guide's no frees the place (and the rotation count), and puts the request back in line with its events.
     *
     * @throws MatchChangedException      the match or its request changed meanwhile
     * @throws GuideLoadMismatchException the guide's load is already 0 (never expected)
     */
    void decline(Match before, Match after, GuideRequest requestBefore, GuideRequest requestAfter, List<OutboxEvent> events);

    /**
     * Closes the match and its request, and frees the guide's place.
     *
     * @throws MatchChangedException      the match or its request changed meanwhile
     * @throws GuideLoadMismatchException the guide's load is already 0 (never expected)
     */
    void close(Match before, Match after, GuideRequest requestBefore, GuideRequest requestAfter);

    /**
     * A closed request's retention has passed: the request and its matches anonymised, its sharing choices and alerts
     * deleted ({@link GuideRecordErasure}).
     *
     * @throws StaleStateException the request, a match or an alert changed since read
     */
    void erase(GuideRecordErasure erasure);

    /**
     * A request moves to its next round or state with what goes with it: the proposal it replaces (superseded) and
     * the new proposal, each optional, and its events.
     *
     * @throws StaleStateException the request or the replaced proposal changed, or the new proposal exists
     */
    void replan(GuideRequest requestBefore, GuideRequest requestAfter, Match replacedBefore, Match replacedAfter,
                Match proposal, List<OutboxEvent> events);

    /** One request's move in a matching run, as {@link #replan} takes it (without events). */
    record Replan(GuideRequest requestBefore, GuideRequest requestAfter, Match replacedBefore, Match replacedAfter,
                  Match proposal) {
        /** The items it writes: the request, and the replaced and the new proposal when there are. */
        public int items() {
            return 1 + (replacedBefore == null ? 0 : 1) + (proposal == null ? 0 : 1);
        }
    }

    /** At most this many moves go into one {@link #replanAll} (three items each at most, of DynamoDB's 100). */
    int MAX_REPLANS = 33;

    /**
     * Several requests' moves in one transaction, all or none: a matching run writes its plan in batches, so a
     * crash or a redelivered message never leaves half a batch, and a batch costs one round trip.
     *
     * @throws StaleStateException any of the requests or replaced proposals changed, or a new proposal exists
     */
    void replanAll(List<Replan> replans);
}
