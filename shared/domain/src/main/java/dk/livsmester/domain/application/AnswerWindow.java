package dk.livsmester.domain.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The team answers within {@code days} days of the submission, counted in the municipality's time zone. The one place
 * the due date, "overdue" and the day an instant falls on are worked out: letters, the API and the team's queue all
 * ask it, so changing the setting changes them together.
 */
public record AnswerWindow(int days, ZoneId zone) {

    public AnswerWindow {
        if (days < 1) {
            throw new IllegalArgumentException("The answer window is at least one day");
        }
        Objects.requireNonNull(zone, "zone");
    }

    /** The municipality's date at that instant. */
    public LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /**
     * When an application submitted at {@code now} is due. The first time, {@code days} later; after "needs more
     * information" the clock was paused, so the earlier due date moves by the days it waited for the citizen.
     */
    public LocalDate dueDate(Application app, Instant now) {
        LocalDate today = dayOf(now);
        if (app.status() == ApplicationStatus.NEEDS_INFO && app.dueDate() != null && app.needsInfoSince() != null) {
            long paused = ChronoUnit.DAYS.between(dayOf(app.needsInfoSince()), today);
            return app.dueDate().plusDays(Math.max(0, paused));
        }
        return today.plusDays(days);
    }

    /** Past its due date while the team still owes the answer; waiting for the citizen (NEEDS_INFO) stops the clock. */
    public boolean overdue(Application app, Instant now) {
        return app.dueDate() != null && ApplicationStatus.PIPELINE.contains(app.status())
                && app.status() != ApplicationStatus.NEEDS_INFO && dayOf(now).isAfter(app.dueDate());
    }
}
