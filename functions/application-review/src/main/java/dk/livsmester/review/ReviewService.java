package dk.livsmester.review;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.application.AnswerWindow;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.application.AuditEntry;
import dk.livsmester.domain.Text;
import dk.livsmester.domain.application.Finding;
import dk.livsmester.domain.application.Severity;
import dk.livsmester.domain.application.RuleChecks;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.platform.events.ApplicationEvents;
import dk.livsmester.platform.events.EventMessage;
import dk.livsmester.platform.store.ApplicationStore;
import dk.livsmester.platform.store.PoolStore;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs the rule checks on a submitted application and moves it to review with its findings. Idempotent on the
 * application's version: a redelivered message, or one for a version that has moved on, changes nothing.
 */
@Singleton
public class ReviewService {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewService.class);
    static final String SYSTEM = "system:review";

    private final ApplicationStore applications;
    private final PoolStore pools;
    private final RuleChecks rules;
    private final AnswerWindow window;
    private final Clock clock;

    public ReviewService(ApplicationStore applications, PoolStore pools, RuleChecks rules, AnswerWindow window,
                         Clock clock) {
        this.applications = applications;
        this.pools = pools;
        this.rules = rules;
        this.window = window;
        this.clock = clock;
    }

    public void review(EventMessage message) {
        if (!EventMessage.APPLICATION_SUBMITTED.equals(message.type())) {
            return;
        }
        // Not found cannot happen (the event is written with the application); if it does, the DLQ shows it.
        Application app = applications.get(message.subjectId());
        if (app.status() != ApplicationStatus.SUBMITTED || app.version() != message.version()) {
            LOG.info("review skipped applicationId={} status={} version={} messageVersion={}", app.id(), app.status(),
                    app.version(), message.version());
            return;
        }
        Instant now = clock.instant();
        Optional<Pool> pool = pools.find(app.poolId());
        RuleChecks.Context ctx = new RuleChecks.Context(window.dayOf(now),
                pool.map(Pool::windowFrom).orElse(null), pool.map(Pool::windowTo).orElse(null),
                pool.map(Pool::availableOre).orElse(0L));
        List<Finding> findings = new ArrayList<>(rules.check(app, ctx));
        likelyDuplicate(app).ifPresent(findings::add);
        Application reviewed = app.review(findings, now);
        AuditEntry audit = new AuditEntry(app.id(), reviewed.version(), SYSTEM, "system", app.status(), reviewed.status(), now);
        try {
            applications.save(app, reviewed, List.of(audit), ApplicationEvents.after(app, reviewed, now));
        } catch (StaleStateException raced) {
            // Another delivery of the same message won the race: that is the idempotent outcome.
            LOG.info("review already done applicationId={}", app.id());
            return;
        }
        LOG.info("application reviewed applicationId={} findings={}", app.id(), findings.stream().map(Finding::code).toList());
    }

    /** How close in time two applications with the same wish from the same creator count as one sent twice. */
    static final Duration DUPLICATE_WINDOW = Duration.ofDays(14);

    /**
     * F10 without an Idempotency-Key: another application from the same creator with the same wish for the same citizen, created within
     * {@link #DUPLICATE_WINDOW}, is a likely duplicate. Advice for the team, not a refusal: two can be meant.
     */
    Optional<Finding> likelyDuplicate(Application app) {
        String wish = headline(app);
        if (wish.isEmpty()) {
            return Optional.empty();
        }
        return applications.byOwner(app.createdBy(), 50, null).items().stream()
                .filter(o -> !o.id().equals(app.id()) && headline(o).equals(wish) && sameCitizen(o, app)
                        && Duration.between(o.createdAt(), app.createdAt()).abs().compareTo(DUPLICATE_WINDOW) <= 0)
                .findFirst()
                .map(o -> new Finding("DUPLICATE", Severity.ADVISORY, Text.of(
                        "Ligner en ansøgning, der blev lavet for nylig: " + o.id() + ". Tjek, om den er sendt to gange.",
                        "Looks like an application made recently: " + o.id() + ". Check it was not sent twice.")));
    }

    /** A contact person asks the same for two citizens: not a duplicate. By subject when both know it, else by name. */
    private static boolean sameCitizen(Application a, Application b) {
        if (a.citizenSubject() != null && b.citizenSubject() != null) {
            return a.citizenSubject().equals(b.citizenSubject());
        }
        return firstApplicant(a).equals(firstApplicant(b));
    }

    private static String firstApplicant(Application a) {
        return a.applicants() == null || a.applicants().isEmpty() || a.applicants().get(0).name() == null ? ""
                : a.applicants().get(0).name().strip().toLowerCase(Locale.ROOT);
    }

    private static String headline(Application a) {
        return a.wish() == null || a.wish().headline() == null ? "" : a.wish().headline().strip().toLowerCase(Locale.ROOT);
    }
}
