package dk.livsmester.matches;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.guides.Alert;
import dk.livsmester.domain.guides.AlertStatus;
import dk.livsmester.platform.store.AlertStore;
import dk.livsmester.platform.store.Page;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/** The coordinator's alerts (raised by the follow-up function): list them, and acknowledge one that is handled. */
@Singleton
public class AlertService {
    private static final Logger LOG = LoggerFactory.getLogger(AlertService.class);

    private final AlertStore alerts;
    private final Clock clock;

    public AlertService(AlertStore alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
    }

    public Page<Alert> list(Caller caller, AlertStatus status, int limit, String cursor) {
        caller.require(Role.COORDINATOR);
        return alerts.byStatus(status, limit, cursor);
    }

    public Alert acknowledge(Caller caller, String id) {
        caller.require(Role.COORDINATOR);
        Alert alert = alerts.get(id);
        if (alert.status() != AlertStatus.OPEN) {
            return alert;
        }
        Alert after = alert.acknowledge(caller.subject(), clock.instant());
        alerts.update(alert, after);
        LOG.info("alert acknowledged alertId={} matchId={}", alert.id(), alert.matchId());
        return after;
    }
}
