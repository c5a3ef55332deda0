package dk.livsmester.decisions;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.Text;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.AuditEntry;
import dk.livsmester.domain.application.Decision;
import dk.livsmester.domain.application.DecisionPolicy;
import dk.livsmester.domain.application.DecisionRequest;
import dk.livsmester.domain.budget.InsufficientFundsException;
import dk.livsmester.domain.budget.LedgerEntry;
import dk.livsmester.domain.budget.LedgerEntryType;
import dk.livsmester.platform.config.RulesConfig;
import dk.livsmester.platform.events.ApplicationEvents;
import dk.livsmester.platform.events.EventOutbox;
import dk.livsmester.platform.events.OutboxEvent;
import dk.livsmester.platform.store.ApplicationRepository;
import dk.livsmester.platform.store.PoolRepository;
import dk.livsmester.platform.store.StaleStateException;
import dk.livsmester.platform.store.Transactions;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Records the team's decision. A grant is one DynamoDB transaction: (0) the pool's available amount goes down only if
 * it stays at or above zero, (1) the ledger entry is written under the application's commit key, which must not
 * exist yet, (2) the application moves on only if it is still at the version it was read at, (3) the audit entry,
 * then the outbox events. The same decision arriving again, however late, debits nothing and returns the first result.
 */
@Singleton
public class DecisionService {
    private static final Logger LOG = LoggerFactory.getLogger(DecisionService.class);
    static final int POOL = 0;
    static final int LEDGER = 1;
    static final int APPLICATION = 2;

    private final ApplicationRepository applications;
    private final PoolRepository pools;
    private final EventOutbox outbox;
    private final Transactions tx;
    private final Clock clock;
    private final long twoPersonThresholdOre;

    public DecisionService(ApplicationRepository applications, PoolRepository pools, EventOutbox outbox,
                           Transactions tx, Clock clock, RulesConfig rules) {
        this.applications = applications;
        this.pools = pools;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
        this.twoPersonThresholdOre = rules.getTwoPersonThresholdOre();
    }

    public Application decide(Caller caller, String id, DecisionRequest request) {
        caller.require(Role.TEAM);
        Application app = applications.get(id);
        if (app.decision() != null && app.status().isDecided()) {
            return sameOrConflict(app, request);
        }
        Instant now = clock.instant();
        Decision proposed = DecisionPolicy.decide(app, request, caller, now);
        Decision decision = proposed;
        if (proposed.outcome().grantsMoney() && decision.grantedOre() > twoPersonThresholdOre) {
            Decision first = app.pendingDecision();
            if (first == null) {
                return awaitSecondApproval(caller, app, decision, now);
            }
            if (first.decidedBy().equals(caller.subject())) {
                if (first.outcome() == decision.outcome() && first.grantedOre() == decision.grantedOre()) {
                    return app;
                }
                throw new ConflictException("SECOND_APPROVER_REQUIRED", Text.of(
                        "En anden fra teamet skal godkende bevillinger over grænsen.",
                        "Grants above the two-person limit need a second, different team member's approval."));
            }
            if (first.outcome() != decision.outcome() || first.grantedOre() != decision.grantedOre()) {
                throw new ConflictException("DIFFERS_FROM_FIRST_APPROVAL", Text.of(
                        "Din afgørelse er en anden end den første godkendelse. Tal sammen i teamet.",
                        "This differs from the first approval (" + first.outcome() + ", " + first.grantedOre()
                                + " øre); agree in the team first."));
            }
            decision = first.secondApproval(caller.subject(), now);
        }
        return commit(caller, app, decision, request, now);
    }

    private Application commit(Caller caller, Application app, Decision decision, DecisionRequest request, Instant now) {
        String id = app.id();
        Application decided = app.decide(decision);
        AuditEntry audit = new AuditEntry(app.id(), decided.version(), caller.subject(), caller.role().wireName(),
                app.status(), decided.status(), now);
        List<OutboxEvent> events = ApplicationEvents.after(app, decided, now);
        if (!decision.outcome().grantsMoney()) {
            try {
                applications.save(app, decided, audit, events);
            } catch (StaleStateException raced) {
                return sameOrConflict(applications.get(id), request);
            }
            log(decided);
            return decided;
        }
        LedgerEntry entry = new LedgerEntry(app.poolId(), LedgerEntry.commitKey(app.id()), LedgerEntryType.COMMIT,
                app.id(), decision.grantedOre(), app.category() == null ? null : app.category().name(),
                app.citizenCentre(), caller.subject(), now, "decision v" + decided.version());
        List<TransactWriteItem> actions = new ArrayList<>();
        actions.add(pools.commit(app.poolId(), decision.grantedOre()));
        actions.add(pools.append(entry));
        actions.add(applications.replace(app, decided));
        actions.add(applications.auditPut(audit));
        actions.addAll(outbox.putAll(events));
        try {
            tx.write(actions, codes -> {
                if (Transactions.failedAt(codes, LEDGER) || Transactions.failedAt(codes, APPLICATION)) {
                    return new StaleStateException("application");
                }
                if (Transactions.failedAt(codes, POOL)) {
                    return new InsufficientFundsException(decision.grantedOre());
                }
                return new ConflictException("CONTENDED", Text.of("Der er travlt lige nu. Prøv igen om et øjeblik.",
                        "Too many decisions at the same moment; try again."));
            });
        } catch (StaleStateException alreadyDecided) {
            return sameOrConflict(applications.get(id), request);
        }
        outbox.publish(events);
        log(decided);
        return decided;
    }

    /** The first approval of a large grant: recorded on the application (and audited); no money moves yet. */
    private Application awaitSecondApproval(Caller caller, Application app, Decision first, Instant now) {
        Application pending = app.awaitSecondApproval(first);
        AuditEntry audit = new AuditEntry(app.id(), pending.version(), caller.subject(), caller.role().wireName(),
                app.status(), pending.status(), now);
        try {
            applications.save(app, pending, audit, List.of());
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

    /** A repeated decision returns the stored one if it says the same; a different one is a conflict. */
    private static Application sameOrConflict(Application current, DecisionRequest request) {
        Decision d = current.decision();
        boolean same = d != null && d.outcome() == request.outcome()
                && (!d.outcome().grantsMoney() || request.grantedOre() == null || Objects.equals(d.grantedOre(), request.grantedOre()));
        if (same) {
            return current;
        }
        throw new ConflictException("ALREADY_DECIDED", Text.of("Ansøgningen er allerede afgjort.",
                "The application was already decided (" + current.status() + ")."));
    }

    private static void log(Application a) {
        LOG.info("application decided applicationId={} status={} grantedOre={}", a.id(), a.status(), a.grantedOre());
    }
}
