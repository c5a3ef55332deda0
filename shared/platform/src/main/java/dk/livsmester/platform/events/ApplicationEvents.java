package dk.livsmester.platform.events;

import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationStatus;

import java.util.ArrayList;
import java.util.List;

/** The events an application's change publishes: every status change to notifications; a submission to review. */
public final class ApplicationEvents {
    private ApplicationEvents() {
    }

    public static List<OutboxEvent> after(Application before, Application after, java.time.Instant now) {
        List<OutboxEvent> out = new ArrayList<>();
        if (before != null && before.status() == after.status()) {
            return out;
        }
        EventMessage changed = new EventMessage(EventMessage.APPLICATION_STATUS_CHANGED, after.id(), after.version(),
                after.status().name(), now);
        if (after.status() == ApplicationStatus.SUBMITTED) {
            out.add(OutboxEvent.of(Target.REVIEW, new EventMessage(EventMessage.APPLICATION_SUBMITTED, after.id(),
                    after.version(), after.status().name(), now)));
        }
        if (after.status() != ApplicationStatus.DRAFT) {
            out.add(OutboxEvent.of(Target.NOTIFICATIONS, changed));
        }
        return out;
    }
}
