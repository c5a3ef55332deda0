package dk.livsmester.applications;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ForbiddenException;
import dk.livsmester.domain.Ids;
import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.Text;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationForm;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.application.ApplicationValidator;
import dk.livsmester.domain.application.AuditEntry;
import dk.livsmester.platform.config.RulesConfig;
import dk.livsmester.platform.events.ApplicationEvents;
import dk.livsmester.platform.store.ApplicationRepository;
import dk.livsmester.platform.store.Page;
import dk.livsmester.platform.store.PoolRepository;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Creating, revising, submitting and reading applications. Validation happens before any write. */
@Singleton
public class ApplicationService {
    private static final Logger LOG = LoggerFactory.getLogger(ApplicationService.class);
    /** Who may read any application: the deciding team, finance and administrators. */
    static final List<Role> READ_ALL = List.of(Role.TEAM, Role.FINANCE, Role.ADMIN);

    private final ApplicationRepository applications;
    private final PoolRepository pools;
    private final RulesConfig rules;
    private final Clock clock;

    public ApplicationService(ApplicationRepository applications, PoolRepository pools, RulesConfig rules, Clock clock) {
        this.applications = applications;
        this.pools = pools;
        this.rules = rules;
        this.clock = clock;
    }

    public Application create(Caller caller, ApplicationForm form) {
        caller.require(Role.CITIZEN, Role.CONTACT_PERSON);
        Instant now = clock.instant();
        ApplicationValidator.validate(form, LocalDate.ofInstant(now, Application.ZONE));
        pools.get(form.poolId());
        Application draft = Application.create(Ids.newId("app"), form, caller.subject(), now);
        List<AuditEntry> audit = new ArrayList<>();
        audit.add(audit(caller, null, draft, now));
        Application stored = draft;
        if (form.wantsSubmit()) {
            stored = draft.submit(now, rules.getAnswerDays());
            audit.add(audit(caller, draft, stored, now));
        }
        applications.create(stored, audit, ApplicationEvents.after(null, stored, now));
        LOG.info("application created applicationId={} status={} requestedOre={}", stored.id(), stored.status(), stored.requestedOre());
        return stored;
    }

    public Application revise(Caller caller, String id, ApplicationForm form) {
        caller.require(Role.CITIZEN, Role.CONTACT_PERSON);
        Application current = readable(caller, applications.get(id));
        if (!current.createdBy().equals(caller.subject()) && caller.role() != Role.ADMIN) {
            throw notOwner();
        }
        Instant now = clock.instant();
        ApplicationValidator.validate(form, LocalDate.ofInstant(now, Application.ZONE));
        pools.get(form.poolId());
        Application revised = current.revise(form);
        List<AuditEntry> audit = new ArrayList<>();
        audit.add(audit(caller, current, revised, now));
        Application stored = revised;
        if (form.wantsSubmit()) {
            stored = revised.submit(now, rules.getAnswerDays());
            audit.add(audit(caller, revised, stored, now));
        }
        applications.saveAll(current, stored, audit, ApplicationEvents.after(current, stored, now));
        LOG.info("application revised applicationId={} status={}", stored.id(), stored.status());
        return stored;
    }

    public Application get(Caller caller, String id) {
        return readable(caller, applications.get(id));
    }

    public Page<Application> list(Caller caller, ApplicationStatus status, int limit, String cursor) {
        caller.require(READ_ALL.toArray(Role[]::new));
        return applications.listByStatus(status, limit, cursor);
    }

    private Application readable(Caller caller, Application app) {
        if (READ_ALL.contains(caller.role()) || app.createdBy().equals(caller.subject())) {
            return app;
        }
        // Not "403": someone else's application should not even be confirmed to exist.
        throw new NotFoundException("ansøgning/application", app.id());
    }

    private static ForbiddenException notOwner() {
        return new ForbiddenException(Text.of("Kun den, der har lavet ansøgningen, kan ændre den.",
                "Only the person who created the application can change it."));
    }

    static AuditEntry audit(Caller caller, Application before, Application after, Instant now) {
        ApplicationStatus from = before == null ? null : before.status();
        return new AuditEntry(after.id(), before == null ? 0 : after.version(), caller.subject(), caller.role().wireName(),
                from, after.status(), now);
    }
}
