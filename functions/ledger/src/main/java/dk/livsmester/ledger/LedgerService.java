package dk.livsmester.ledger;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.Text;
import dk.livsmester.domain.ValidationException;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.AuditEntry;
import dk.livsmester.domain.budget.LedgerEntry;
import dk.livsmester.domain.budget.LedgerEntryType;
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
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Money after the decision: disbursements (paid out against the expense documentation), releases (a commitment
 * cancelled or reduced), returns (unspent money back) and closing. Each is one transaction: the pool's figures move
 * under a condition that none goes negative, the ledger entry is written under a business key that must not exist
 * yet (the caller's reference makes a retry harmless), and the application moves on only if unchanged.
 */
@Singleton
public class LedgerService {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerService.class);
    static final Pattern REFERENCE = Pattern.compile("^[A-Za-z0-9ÆØÅæøå ._:/-]{1,100}$");

    private final ApplicationRepository applications;
    private final PoolRepository pools;
    private final EventOutbox outbox;
    private final Transactions tx;
    private final Clock clock;

    public LedgerService(ApplicationRepository applications, PoolRepository pools, EventOutbox outbox, Transactions tx,
                         Clock clock) {
        this.applications = applications;
        this.pools = pools;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
    }

    public Application disburse(Caller caller, String id, Long amountOre, String reference) {
        caller.require(Role.FINANCE);
        return move(caller, id, amountOre, reference, LedgerEntryType.DISBURSE, Application::disburse);
    }

    public Application release(Caller caller, String id, Long amountOre, String reason) {
        caller.require(Role.FINANCE, Role.TEAM);
        return move(caller, id, amountOre, reason, LedgerEntryType.RELEASE, Application::release);
    }

    public Application returnMoney(Caller caller, String id, Long amountOre, String reference) {
        caller.require(Role.FINANCE);
        return move(caller, id, amountOre, reference, LedgerEntryType.RETURN, Application::returnMoney);
    }

    /** One movement of money under the business key {@code TYPE#<application>#<reference>}. */
    private Application move(Caller caller, String id, Long amountOre, String reference, LedgerEntryType type,
                             java.util.function.BiFunction<Application, Long, Application> change) {
        String key = type.name() + "#" + id + "#" + reference(reference);
        long amount = amount(amountOre);
        Application app = applications.get(id);
        return alreadyDone(app, key, amount)
                .orElseGet(() -> apply(caller, app, change.apply(app, amount), type, key, amount, reference));
    }

    /** Closes a decided application; any commitment not paid out goes back to the pool in the same transaction. */
    public Application close(Caller caller, String id) {
        caller.require(Role.FINANCE, Role.TEAM);
        Application app = applications.get(id);
        if (app.status() == dk.livsmester.domain.application.ApplicationStatus.CLOSED) {
            return app;
        }
        Application closed = app.close();
        long released = closed.releasedOre() - app.releasedOre();
        return released > 0
                ? apply(caller, app, closed, LedgerEntryType.RELEASE, "RELEASE#" + id + "#CLOSE", released, "closed")
                : apply(caller, app, closed, null, null, 0, null);
    }

    private Application apply(Caller caller, Application before, Application after, LedgerEntryType type, String key,
                              long amountOre, String reference) {
        Instant now = clock.instant();
        AuditEntry audit = new AuditEntry(after.id(), after.version(), caller.subject(), caller.role().wireName(),
                before.status(), after.status(), now);
        List<OutboxEvent> events = ApplicationEvents.after(before, after, now);
        List<TransactWriteItem> actions = new ArrayList<>();
        int appIndex = 0;
        if (type != null) {
            LedgerEntry entry = new LedgerEntry(before.poolId(), key, type, before.id(), amountOre,
                    before.category() == null ? null : before.category().name(), before.citizenCentre(),
                    caller.subject(), now, reference);
            actions.add(pools.transfer(entry));
            actions.add(pools.append(entry));
            appIndex = 2;
        }
        actions.add(applications.replace(before, after));
        actions.add(applications.auditPut(audit));
        actions.addAll(outbox.putAll(events));
        final int app = appIndex;
        try {
            tx.write(actions, codes -> {
                if (type != null && Transactions.failedAt(codes, 1)) {
                    return new DuplicateEntry();
                }
                if (Transactions.failedAt(codes, app)) {
                    return new StaleStateException("application");
                }
                if (type != null && Transactions.failedAt(codes, 0)) {
                    LOG.error("pool figures disagree with the application applicationId={} type={}", before.id(), type);
                    return new ConflictException("LEDGER_MISMATCH", Text.of("Puljen passer ikke med ansøgningen. Kør afstemning.",
                            "The pool's figures do not cover this; run the reconciliation and investigate."));
                }
                return new ConflictException("CONTENDED", Text.of("Der er travlt lige nu. Prøv igen.", "Busy; try again."));
            });
        } catch (DuplicateEntry d) {
            Application current = applications.get(before.id());
            return alreadyDone(current, key, amountOre).orElseThrow(() -> new ConflictException("DUPLICATE_REFERENCE",
                    Text.of("Referencen er allerede brugt.", "This reference was already used for another amount.")));
        }
        outbox.publish(events);
        LOG.info("ledger applicationId={} type={} amountOre={} status={}", after.id(), type, amountOre, after.status());
        return after;
    }

    /** The same command again (same business key and amount) returns the current state and moves no money. */
    private Optional<Application> alreadyDone(Application app, String key, long amountOre) {
        Optional<LedgerEntry> existing = pools.entry(app.poolId(), key);
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        if (existing.get().amountOre() != amountOre) {
            throw new ConflictException("DUPLICATE_REFERENCE", Text.of("Referencen er allerede brugt med et andet beløb.",
                    "This reference was already used with another amount."));
        }
        return Optional.of(app);
    }

    private static long amount(Long amountOre) {
        if (amountOre == null || amountOre <= 0) {
            throw ValidationException.single("amountOre", "Skriv et beløb over 0 kr.", "amountOre must be a positive number of øre.");
        }
        return amountOre;
    }

    private static String reference(String reference) {
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            throw ValidationException.single("reference", "Skriv en reference (højst 100 tegn: bogstaver, tal, mellemrum og . _ : / -).",
                    "reference is required: 1–100 letters, digits, spaces or . _ : / - (it makes a retry harmless).");
        }
        return reference.strip();
    }

    /** Internal signal: the ledger entry's business key exists already. */
    private static final class DuplicateEntry extends RuntimeException {
        DuplicateEntry() {
            super(null, null, false, false);
        }
    }
}
