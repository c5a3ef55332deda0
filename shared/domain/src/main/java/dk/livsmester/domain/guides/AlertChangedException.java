package dk.livsmester.domain.guides;

import dk.livsmester.domain.ConflictException;

/** The alert was acknowledged or resolved since it was read. */
public class AlertChangedException extends ConflictException {
    public AlertChangedException(String alertId) {
        super("ALERT_CHANGED", alertId);
    }
}
