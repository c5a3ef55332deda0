package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.application.Anonymisation;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.application.AuditEntry;
import dk.livsmester.domain.application.ConfirmationLockout;
import dk.livsmester.domain.application.Letter;
import dk.livsmester.domain.application.Note;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.events.OutboxEvent;
import dk.livsmester.platform.store.ApplicationStore;
import dk.livsmester.platform.store.Page;
import jakarta.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * ApplicationsTable. {@code APP#<id>} / {@code META}: the application ({@code status}, {@code version} and the index
 * keys top-level); beside it {@code AUDIT#<version>}, {@code LETTER#<key>} and {@code NOTE#<at>#<uuid>}, each a JSON
 * body; {@code LOCKOUT#<window>} when its confirmation was locked in that window. GSI byStatus
 * ({@code STATUS#<status>}, submitted or created first); GSI byOwner ({@code OWNER#<subject>});
 * GSI byCitizen ({@code CITIZEN#<subject>}), only on applications made for a known citizen.
 */
@Singleton
public class DynamoApplicationStore extends DynamoAggregateStore<Application> implements ApplicationStore {
    static final ItemCodec<Application> CODEC = new ItemCodec<>(Application.class, "APPLICATION", "APP",
            List.of("status", "version"), DynamoApplicationStore::indexKeys);
    static final DynamoCollection.Index BY_STATUS = new DynamoCollection.Index("byStatus", "gsi1pk");
    static final DynamoCollection.Index BY_OWNER = new DynamoCollection.Index("byOwner", "gsi2pk");
    static final DynamoCollection.Index BY_CITIZEN = new DynamoCollection.Index("byCitizen", "gsi3pk");

    private final Transactions tx;
    private final EventOutbox outbox;

    public DynamoApplicationStore(DynamoDbEnhancedClient client, TablesConfig tables, Transactions tx, EventOutbox outbox) {
        super(new DynamoCollection<>(client, tables.getApplications(), CODEC, "application"));
        this.tx = tx;
        this.outbox = outbox;
    }

    @Override
    public Page<Application> byStatus(ApplicationStatus status, int limit, String cursor) {
        return collection.page(BY_STATUS, "STATUS#" + status.name(), true, limit, cursor);
    }

    @Override
    public Page<Application> byOwner(String subject, int limit, String cursor) {
        return collection.page(BY_OWNER, "OWNER#" + subject, false, limit, cursor);
    }

    @Override
    public Page<Application> byCitizen(String citizenSubject, int limit, String cursor) {
        return collection.page(BY_CITIZEN, "CITIZEN#" + citizenSubject, false, limit, cursor);
    }

    /** byStatus and byOwner for every application; byCitizen (sparse) for those made for a known citizen. */
    private static Map<String, String> indexKeys(Application a) {
        Map<String, String> keys = new java.util.HashMap<>(Map.of(
                "gsi1pk", "STATUS#" + a.status().name(),
                "gsi1sk", (a.submittedAt() != null ? a.submittedAt() : a.createdAt()) + "#" + a.id(),
                "gsi2pk", "OWNER#" + a.createdBy(),
                "gsi2sk", a.createdAt() + "#" + a.id()));
        if (a.citizenSubject() != null) {
            keys.put("gsi3pk", "CITIZEN#" + a.citizenSubject());
            keys.put("gsi3sk", a.createdAt() + "#" + a.id());
        }
        return keys;
    }

    @Override
    public List<Application> all(Collection<ApplicationStatus> statuses) {
        List<Application> out = new ArrayList<>();
        statuses.forEach(s -> out.addAll(collection.all(BY_STATUS, "STATUS#" + s.name())));
        return out;
    }

    @Override
    public void create(Application app, List<AuditEntry> audit, List<OutboxEvent> events) {
        Transactions.Transaction t = tx.begin("create application")
                .step("application new", collection.putNew(app), () -> new StaleStateException("application"));
        audit.forEach(a -> auditStep(t, a));
        outbox.commit(t, events);
    }

    @Override
    public void save(Application before, Application after, List<AuditEntry> audit, List<OutboxEvent> events) {
        Transactions.Transaction t = tx.begin("save application");
        unchangedStep(t, before, after, () -> new StaleStateException("application"));
        audit.forEach(a -> auditStep(t, a));
        outbox.commit(t, events);
    }

    /** The step "application unchanged": {@code after} replaces it only if it is still as {@code before} was read. */
    void unchangedStep(Transactions.Transaction t, Application before, Application after,
                       Supplier<? extends RuntimeException> whenRefused) {
        t.step("application unchanged", collection.replace(before, after), whenRefused);
    }

    /** The step "audit entry new": one per version, so it is taken only with the version it records. */
    void auditStep(Transactions.Transaction t, AuditEntry e) {
        t.step("audit entry new", auditPut(e), () -> new StaleStateException("application"));
    }

    private TransactWriteItem auditPut(AuditEntry e) {
        return collection.putNewChild(e.applicationId(), String.format("AUDIT#%010d", e.version()), "AUDIT", e);
    }

    @Override
    public List<AuditEntry> audit(String id) {
        return collection.children(id, "AUDIT#", AuditEntry.class);
    }

    @Override
    public void addNote(String id, Note note) {
        collection.putChild(id, "NOTE#" + note.at() + "#" + UUID.randomUUID(), "NOTE", note);
    }

    @Override
    public List<Note> notes(String id) {
        return collection.children(id, "NOTE#", Note.class);
    }

    @Override
    public boolean putLetterOnce(Letter letter) {
        return collection.putChildOnce(letter.applicationId(), "LETTER#" + letter.key(), "LETTER", letter);
    }

    @Override
    public Optional<Letter> letter(String applicationId, String key) {
        return collection.child(applicationId, "LETTER#" + key, Letter.class);
    }

    @Override
    public void updateLetter(Letter letter) {
        collection.putChild(letter.applicationId(), "LETTER#" + letter.key(), "LETTER", letter);
    }

    @Override
    public List<Letter> letters(String applicationId) {
        return collection.children(applicationId, "LETTER#", Letter.class);
    }

    /** Thrown inside only: this window's lockout is there already. */
    private static final class RecordedBefore extends RuntimeException {
        RecordedBefore() {
            super("lockout recorded before", null, false, false);
        }
    }

    @Override
    public boolean recordLockout(ConfirmationLockout lockout, Letter letter) {
        try {
            tx.begin("record confirmation lockout")
                    .step("lockout new", collection.putNewChild(lockout.applicationId(), "LOCKOUT#" + lockout.windowStart(),
                            "LOCKOUT", lockout), RecordedBefore::new)
                    .step("letter new", collection.putNewChild(letter.applicationId(), "LETTER#" + letter.key(), "LETTER",
                            letter), RecordedBefore::new)
                    .commit();
            return true;
        } catch (RecordedBefore before) {
            return false;
        }
    }

    @Override
    public List<ConfirmationLockout> lockouts(String applicationId) {
        return collection.children(applicationId, "LOCKOUT#", ConfirmationLockout.class);
    }

    @Override
    public void erase(Application before, Application erased) {
        String id = before.id();
        Transactions.Transaction t = tx.begin("erase application");
        unchangedStep(t, before, erased, () -> new StaleStateException("application"));
        audit(id).forEach(e -> t.step("audit entry anonymised", collection.putChildOver(id,
                String.format("AUDIT#%010d", e.version()), "AUDIT", Anonymisation.of(e)), () -> new StaleStateException("application")));
        for (String prefix : List.of("LETTER#", "NOTE#", "LOCKOUT#")) {
            collection.childKeys(id, prefix).forEach(sk -> t.step("child deleted", collection.deleteChild(id, sk),
                    () -> new StaleStateException("application")));
        }
        t.commit();
    }
}
