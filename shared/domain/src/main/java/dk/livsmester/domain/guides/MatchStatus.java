package dk.livsmester.domain.guides;

/**
 * PROPOSED (by the matcher) → APPROVED (by the coordinator; the guide's capacity is taken) → ACCEPTED or DECLINED (by
 * the guide; a decline frees the capacity and re-queues the request) → CLOSED (with feedback; frees the capacity).
 * SUPERSEDED: a proposal a later plan, a question or another round replaced.
 */
public enum MatchStatus {
    PROPOSED, APPROVED, ACCEPTED, SUPERSEDED, DECLINED, CLOSED;

    /** The statuses that hold one of the guide's capacity. */
    public boolean holdsCapacity() {
        return this == APPROVED || this == ACCEPTED;
    }
}
