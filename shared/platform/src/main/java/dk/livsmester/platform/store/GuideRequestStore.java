package dk.livsmester.platform.store;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.guides.AlreadyAskedAgainException;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.platform.events.OutboxEvent;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Guide requests. A change that also moves a match is the match store's ({@link MatchStore}). */
public interface GuideRequestStore {
    /** A new request and its events, one transaction. */
    void create(GuideRequest request, List<OutboxEvent> events);

    Optional<GuideRequest> find(String id);

    GuideRequest get(String id);

    /** The requests of these ids that exist (strongly consistent, in any order): batch reads. */
    List<GuideRequest> findAll(Collection<String> ids);

    /**
     * A person's requests, oldest first: those for the citizen {@code subject}, or, for requests made for no known
     * citizen, those {@code subject} made.
     */
    List<GuideRequest> byPerson(String subject);

    /** One status, oldest first. */
    Page<GuideRequest> byStatus(GuideRequestStatus status, int limit, String cursor);

    /** Every request in one status, oldest first (all pages). */
    List<GuideRequest> all(GuideRequestStatus status);

    /** How many requests are in one status, without reading them. */
    long count(GuideRequestStatus status);

    /**
     * The request moves on (with its events), if still as read.
     *
     * @throws StaleStateException it changed since {@code before} was read
     */
    void save(GuideRequest before, GuideRequest after, List<OutboxEvent> events);

    /**
     * A citizen asks again after a closed match: the new request, and the closed one pointing at it, together.
     *
     * @throws AlreadyAskedAgainException the closed one was asked again (or changed) meanwhile
     */
    void askAgain(GuideRequest previousBefore, GuideRequest previousAfter, GuideRequest next, List<OutboxEvent> events);
}
