package dk.livsmester.ledger;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.application.AuditEntry;
import dk.livsmester.domain.budget.DuplicateReferenceException;
import dk.livsmester.domain.budget.LedgerEntry;
import dk.livsmester.domain.budget.LedgerEntryType;
import dk.livsmester.domain.budget.LedgerMismatchException;
import dk.livsmester.domain.budget.Movement;
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
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Money after the decision: disbursements (paid out against the expense documentation), releases (a commitment
 * cancelled or reduced), returns (unspent money back) and closing. Each is one transaction of the pool store: the
 * ledger entry under its business key (the caller's reference makes a retry harmless), the application unchanged,
 * and the pool's figures moved under the condition that none goes negative.
 */
@Singleton
public class LedgerService {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerService.class);

    private final ApplicationStore applications;
    private final PoolStore pools;
    private final Clock clock;

    public LedgerService(ApplicationStore applications, PoolStore pools, Clock clock) {
        this.applications = applications;
        this.pools = pools;
        this.clock = clock;
    }

    public Application disburse(Caller caller, String id, Movement m) {
        caller.require(Role.FINANCE);
        return move(caller, id, m, LedgerEntryType.DISBURSE, Application::disburse);
    }

    public Application release(Caller caller, String id, Movement m) {
        caller.require(Role.FINANCE, Role.TEAM);
        return move(caller, id, m, LedgerEntryType.RELEASE, Application::release);
    }

    public Application returnMoney(Caller caller, String id, Movement m) {
        caller.require(Role.FINANCE);
        return move(caller, id, m, LedgerEntryType.RETURN, Application::returnMoney);
    }

    /** One movement of money under its business key; the same movement again returns the current state. */
    private Application move(Caller caller, String id, Movement m, LedgerEntryType type,
                             BiFunction<Application, Long, Application> change) {
        Movement valid = m.validated();
        String key = valid.businessKey(type, id);
        long amount = valid.amountOre();
        Application app = applications.get(id);
        return alreadyDone(app, key, amount)
                .orElseGet(() -> apply(caller, app, change.apply(app, amount), type, key, amount, valid.reference()));
    }

    /** Closes a decided application; any commitment not paid out goes back to the pool in the same transaction. */
    public Application close(Caller caller, String id) {
        caller.require(Role.FINANCE, Role.TEAM);
        Application app = applications.get(id);
        if (app.status() == ApplicationStatus.CLOSED) {
            return app;
        }
        Application closed = app.close();
        long released = closed.releasedOre() - app.releasedOre();
        if (released > 0) {
            return apply(caller, app, closed, LedgerEntryType.RELEASE,
                    LedgerEntry.movementKey(LedgerEntryType.RELEASE, id, "CLOSE"), released, "closed");
        }
        Instant now = clock.instant();
        applications.save(app, closed, List.of(audit(caller, app, closed, now)), ApplicationEvents.after(app, closed, now));
        LOG.info("ledger applicationId={} type=CLOSE amountOre=0 status={}", id, closed.status());
        return closed;
    }

    private Application apply(Caller caller, Application before, Application after, LedgerEntryType type, String key,
                              long amountOre, String reference) {
        Instant now = clock.instant();
        List<OutboxEvent> events = ApplicationEvents.after(before, after, now);
        LedgerEntry entry = new LedgerEntry(before.poolId(), key, type, before.id(), amountOre,
                before.category() == null ? null : before.category().name(), before.citizenCentre(), caller.subject(),
                now, reference);
        try {
            pools.move(before, after, audit(caller, before, after, now), entry, events);
        } catch (DuplicateReferenceException sameKey) {
            // Another request with this reference got in first: the same amount is this command done already.
            return alreadyDone(applications.get(before.id()), key, amountOre).orElseThrow(() -> sameKey);
        } catch (LedgerMismatchException mismatch) {
            LOG.error("pool figures disagree with the application applicationId={} type={}", before.id(), type);
            throw mismatch;
        }
        LOG.info("ledger applicationId={} type={} amountOre={} status={}", after.id(), type, amountOre, after.status());
        return after;
    }

    /** The same command again (same business key and amount) returns the current state and moves no money. */
    private Optional<Application> alreadyDone(Application app, String key, long amountOre) {
        Optional<LedgerEntry> existing = pools.entry(app.poolId(), key);
        if (existing.isPresent() && existing.get().amountOre() != amountOre) {
            throw new DuplicateReferenceException(key);
        }
        return existing.map(e -> app);
    }

    private static AuditEntry audit(Caller caller, Application before, Application after, Instant now) {
        return new AuditEntry(after.id(), after.version(), caller.subject(), caller.role().wireName(), before.status(),
                after.status(), now);
    }
}
