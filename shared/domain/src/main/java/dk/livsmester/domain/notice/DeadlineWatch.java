package dk.livsmester.domain.notice;

import dk.livsmester.domain.application.AnswerWindow;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The 14-day promise, watched: on day {@code reminderDay} of the answer window with no decision the team is reminded;
 * past the due date it is a breach. Waiting for the citizen (NEEDS_INFO) stops the clock, as {@link AnswerWindow} says;
 * a new due date after such a pause is a new occasion (its own reminder and breach).
 */
public record DeadlineWatch(AnswerWindow window, int reminderDay) {

    /** An application whose promise was (or is being) broken, for the breach list. */
    public record Breach(String applicationId, String poolId, String citizenCentre, LocalDate dueDate,
                         LocalDate decidedOn, long daysLate, String status) {
    }

    public DeadlineWatch {
        if (reminderDay < 1 || reminderDay >= window.days()) {
            throw new IllegalArgumentException("The reminder day falls inside the answer window");
        }
    }

    /** The occasion key ({@code <id>#<due date>}) of a reminder due now, if one is. */
    public Optional<String> reminder(Application a, Instant now) {
        if (!waitingForTeam(a) || window.overdue(a, now)) {
            return Optional.empty();
        }
        LocalDate remindOn = a.dueDate().minusDays(window.days() - reminderDay);
        return window.dayOf(now).isBefore(remindOn) ? Optional.empty() : Optional.of(occasion(a));
    }

    /** The occasion key of a breach now, if the team still owes the answer past the due date. */
    public Optional<String> breach(Application a, Instant now) {
        return waitingForTeam(a) && window.overdue(a, now) ? Optional.of(occasion(a)) : Optional.empty();
    }

    /** Open past its due date, or decided after it; empty when the promise was kept (or cannot be judged yet). */
    public static Optional<Breach> breachOf(AnswerWindow window, Application a, Instant now) {
        if (a.dueDate() == null) {
            return Optional.empty();
        }
        if (a.decidedAt() != null && !ApplicationStatus.PIPELINE.contains(a.status())) {
            LocalDate decided = window.dayOf(a.decidedAt());
            return decided.isAfter(a.dueDate()) ? Optional.of(breach(a, decided, decided)) : Optional.empty();
        }
        return window.overdue(a, now) ? Optional.of(breach(a, null, window.dayOf(now))) : Optional.empty();
    }

    private static Breach breach(Application a, LocalDate decidedOn, LocalDate until) {
        return new Breach(a.id(), a.poolId(), a.citizenCentre(), a.dueDate(), decidedOn,
                ChronoUnit.DAYS.between(a.dueDate(), until), a.status().name());
    }

    private static boolean waitingForTeam(Application a) {
        return a.dueDate() != null && ApplicationStatus.PIPELINE.contains(a.status())
                && a.status() != ApplicationStatus.NEEDS_INFO;
    }

    private static String occasion(Application a) {
        return a.id() + "#" + a.dueDate();
    }
}
