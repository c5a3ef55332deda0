package dk.livsmester.decisions;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.FieldErrors;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.AuditEntry;
import dk.livsmester.domain.application.Decision;
import dk.livsmester.domain.application.DecisionPolicy;
import dk.livsmester.domain.application.DecisionRequest;
import dk.livsmester.domain.budget.LedgerEntry;
import dk.livsmester.domain.budget.LedgerEntryType;
import dk.livsmester.platform.events.ApplicationEvents;
import dk.livsmester.platform.events.OutboxEvent;
import dk.livsmester.platform.store.ApplicationStore;
import dk.livsmester.platform.store.PoolStore;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Records the team's decision. A grant commits its money in the same transaction as the decision (the pool store's
 * grant: the commitment once, the application unchanged, the pool debited). The same decision arriving again, however
 * late, debits nothing and returns the first result; {@link DecisionPolicy} says what is the same. A grant needs the
 * citizen's own confirmation unless its pool was opened without that rule.
 */
@Singleton
public class DecisionService {
    private static final Logger LOG = LoggerFactory.getLogger(DecisionService.class);

    private final ApplicationStore applications;
    private final PoolStore pools;
    private final DecisionPolicy policy;
    private final Clock clock;

    public DecisionService(ApplicationStore applications, PoolStore pools, DecisionPolicy policy, Clock clock) {
        this.applications = applications;
        this.pools = pools;
        this.policy = policy;
        this.clock = clock;
    }

    public Application decide(Caller caller, String id, DecisionRequest request) {
        caller.require(Role.TEAM);
        Application app = applications.get(id);
        if (app.decision() != null && app.status().isDecided()) {
            return policy.repeated(app, request);
        }
        Instant now = clock.instant();
        return switch (policy.next(app, request, caller, now)) {
            case DecisionPolicy.Record r -> record(caller, requireConsent(app, r.decision()), r.decision(), request, now);
            case DecisionPolicy.AwaitSecondApproval a -> awaitSecondApproval(caller, requireConsent(app, a.first()), a.first(), now);
            case DecisionPolicy.AlreadyApproved same -> app;
        };
    }

    /**
     * A grant is within its pool's amount bounds, and needs the citizen's own confirmation when its pool says so (the
     * default); other outcomes need neither.
     */
    private Application requireConsent(Application app, Decision decision) {
        if (!decision.outcome().grantsMoney()) {
            return app;
        }
        Pool pool = pools.get(app.poolId());
        pool.amountBounds().check(new FieldErrors(), "grantedOre", decision.grantedOre()).throwIfAny();
        if (pool.needsCitizenConfirmation()) {
            app.requireCitizenConfirmation();
        }
        return app;
    }

    private Application record(Caller caller, Application app, Decision decision, DecisionRequest request, Instant now) {
        Application decided = app.decide(decision);
        AuditEntry audit = audit(caller, app, decided, now);
        List<OutboxEvent> events = ApplicationEvents.after(app, decided, now);
        try {
            if (decision.outcome().grantsMoney()) {
                pools.grant(app, decided, audit, commitment(caller, app, decided, now), events);
            } else {
                applications.save(app, decided, List.of(audit), events);
            }
        } catch (StaleStateException decidedMeanwhile) {
            return policy.repeated(applications.get(app.id()), request);
        }
        LOG.info("application decided applicationId={} status={} grantedOre={}", decided.id(), decided.status(),
                decided.grantedOre());
        return decided;
    }

    /** The first approval of a large grant: recorded on the application (and audited); no money moves yet. */
    private Application awaitSecondApproval(Caller caller, Application app, Decision first, Instant now) {
        Application pending = app.awaitSecondApproval(first);
        try {
            applications.save(app, pending, List.of(audit(caller, app, pending, now)), List.of());
        } catch (StaleStateException raced) {
            Application current = applications.get(app.id());
            if (current.pendingDecision() != null || current.status().isDecided()) {
                return current;
            }
            throw raced;
        }
        LOG.info("first approval recorded applicationId={} grantedOre={}", app.id(), first.grantedOre());
        return pending;
    }

    private static LedgerEntry commitment(Caller caller, Application app, Application decided, Instant now) {
        return new LedgerEntry(app.poolId(), LedgerEntry.commitKey(app.id()), LedgerEntryType.COMMIT, app.id(),
                decided.grantedOre(), app.category() == null ? null : app.category().name(), app.citizenCentre(),
                caller.subject(), now, "decision v" + decided.version());
    }

    private static AuditEntry audit(Caller caller, Application before, Application after, Instant now) {
        return new AuditEntry(after.id(), after.version(), caller.subject(), caller.role().wireName(), before.status(),
                after.status(), now);
    }
}
