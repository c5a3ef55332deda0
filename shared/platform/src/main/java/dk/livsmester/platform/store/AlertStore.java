package dk.livsmester.platform.store;

import dk.livsmester.domain.guides.Alert;
import dk.livsmester.domain.guides.AlertChangedException;
import dk.livsmester.domain.guides.AlertStatus;

import java.util.List;
import java.util.Optional;

/** The coordinator's alerts about matches. An alert's id says what and since when, so it is raised once. */
public interface AlertStore {
    /** Raises the alert unless it was raised before, whatever became of it; true if it is new. */
    boolean raise(Alert alert);

    Optional<Alert> find(String id);

    Alert get(String id);

    /**
     * Acknowledged or resolved, if still as read.
     *
     * @throws AlertChangedException it changed since {@code before} was read
     */
    void update(Alert before, Alert after);

    /** One status, oldest first. */
    Page<Alert> byStatus(AlertStatus status, int limit, String cursor);

    List<Alert> all(AlertStatus status);
}
