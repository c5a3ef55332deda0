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
        return new DeadlineWatch(window, config.getReminderDay());
    }
}
