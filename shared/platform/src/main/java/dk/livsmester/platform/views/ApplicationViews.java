package dk.livsmester.platform.views;

import dk.livsmester.domain.application.AnswerWindow;
import dk.livsmester.domain.application.Application;
import dk.livsmester.platform.store.Page;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps applications to what the API returns, with the configured answer window and the injected clock. */
@Singleton
public class ApplicationViews {
    private final AnswerWindow window;
    private final Clock clock;

    public ApplicationViews(AnswerWindow window, Clock clock) {
        this.window = window;
        this.clock = clock;
    }

    public ApplicationView of(Application a) {
        return ApplicationView.of(a, window, clock.instant());
    }

    public List<ApplicationView> of(List<Application> applications) {
        return applications.stream().map(this::of).toList();
    }

    public PageView<ApplicationView> of(Page<Application> page) {
        return new PageView<>(of(page.items()), page.nextCursor());
    }

    /**
     * The answer to creating or changing an application: id, status, version, the answer window and, once
     * submitted, the due date; with {@code code}, the confirmation code (for its creator only).
     */
    public Map<String, Object> summary(Application a, boolean code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", a.id());
        body.put("status", a.status().name());
        body.put("version", a.version());
        body.put("answerDays", window.days());
        if (a.dueDate() != null) {
            body.put("dueDate", a.dueDate().toString());
        }
        if (code) {
            body.put("confirmationCode", a.confirmationCode());
        }
        return body;
    }
}
