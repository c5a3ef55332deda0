package dk.livsmester.notices;

import dk.livsmester.domain.application.AnswerWindow;
import dk.livsmester.domain.notice.DeadlineWatch;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The notice rules from configuration. */
@Factory
public class NoticesFactory {
    @Singleton
    DeadlineWatch deadlineWatch(AnswerWindow window, NoticesConfig config) {
        return new DeadlineWatch(window, reminderDay(window.days(), config.getReminderDay()));
    }

    /**
     * The configured day when it falls inside the window; in a shorter window (a pool promising 10 days, say) the
     * reminder keeps the default's lead of four days before the due date, and is never before day 1.
     */
    static int reminderDay(int windowDays, int configured) {
        if (configured >= 1 && configured < windowDays) {
            return configured;
        }
        return Math.max(1, Math.min(windowDays - 1, windowDays - DEFAULT_LEAD_DAYS));
    }

    /** Day 10 of 14: four days before the answer is due. */
    static final int DEFAULT_LEAD_DAYS = 4;
}
