package dk.livsmester.platform.testing.memory;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.application.AuditEntry;
import dk.livsmester.domain.application.ConfirmationLockout;
import dk.livsmester.domain.application.Letter;
import dk.livsmester.domain.application.Note;
import dk.livsmester.platform.events.OutboxEvent;
import dk.livsmester.platform.store.ApplicationStore;
import dk.livsmester.platform.store.Page;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The application store in memory, for unit tests of the services; {@link #events} holds what was published. */
public class InMemoryApplications implements ApplicationStore {
    final Versioned<Application> applications = new Versioned<>("application", Application::id, Application::version,
            Application::status);
    private final Map<String, AuditEntry> audit = new LinkedHashMap<>();
    private final Map<String, List<Note>> notes = new LinkedHashMap<>();
    private final Map<String, Letter> letters = new LinkedHashMap<>();
    private final Map<String, Application> staleReads = new LinkedHashMap<>();
    public final List<OutboxEvent> events = new ArrayList<>();

    /** Stores an application as it is, outside any rule: what a test starts from. */
    public synchronized void given(Application app) {
        applications.put(app);
    }

    /** The next {@link #get} of its id returns {@code earlier}: what someone who read before the last change holds. */
    public synchronized void nextReadReturns(Application earlier) {
        staleReads.put(earlier.id(), earlier);
    }

    @Override
    public synchronized Optional<Application> find(String id) {
        return applications.find(id);
    }

    @Override
    public synchronized Application get(String id) {
        Application earlier = staleReads.remove(id);
        return earlier != null ? earlier : applications.get(id);
    }

    @Override
    public synchronized Page<Application> byStatus(ApplicationStatus status, int limit, String cursor) {
        return Versioned.page(applications.where(a -> a.status() == status, Comparator.comparing(
                (Application a) -> a.submittedAt() != null ? a.submittedAt() : a.createdAt())), limit, cursor);
    }

    @Override
    public synchronized Page<Application> byOwner(String subject, int limit, String cursor) {
        return Versioned.page(applications.where(a -> a.createdBy().equals(subject),
                Comparator.comparing(Application::createdAt).reversed()), limit, cursor);
    }

    @Override
    public synchronized Page<Application> byCitizen(String citizenSubject, int limit, String cursor) {
        return Versioned.page(applications.where(a -> a.isFor(citizenSubject),
                Comparator.comparing(Application::createdAt).reversed()), limit, cursor);
    }

    @Override
    public synchronized List<Application> all(Collection<ApplicationStatus> statuses) {
        return applications.where(a -> statuses.contains(a.status()), Comparator.comparing(Application::createdAt));
    }

    @Override
    public synchronized void create(Application app, List<AuditEntry> entries, List<OutboxEvent> published) {
        if (!applications.isNew(app) || !auditIsNew(entries)) {
            throw new StaleStateException("application");
        }
        applications.put(app);
        write(entries, published);
    }

    @Override
    public synchronized void save(Application before, Application after, List<AuditEntry> entries,
                                  List<OutboxEvent> published) {
        if (!applications.unchanged(before) || !auditIsNew(entries)) {
            throw new StaleStateException("application");
        }
        applications.put(after);
        write(entries, published);
    }

    boolean auditIsNew(List<AuditEntry> entries) {
        return entries.stream().noneMatch(e -> audit.containsKey(e.applicationId() + "#" + e.version()));
    }

    void write(List<AuditEntry> entries, List<OutboxEvent> published) {
        entries.forEach(e -> audit.put(e.applicationId() + "#" + e.version(), e));
        events.addAll(published);
    }

    @Override
    public synchronized List<AuditEntry> audit(String id) {
        return audit.values().stream().filter(e -> e.applicationId().equals(id))
                .sorted(Comparator.comparingLong(AuditEntry::version)).toList();
    }

    @Override
    public synchronized void addNote(String id, Note note) {
        notes.computeIfAbsent(id, k -> new ArrayList<>()).add(note);
    }

    @Override
    public synchronized List<Note> notes(String id) {
        return List.copyOf(notes.getOrDefault(id, List.of()));
    }

    @Override
    public synchronized boolean putLetterOnce(Letter letter) {
        return letters.putIfAbsent(letter.applicationId() + "#" + letter.key(), letter) == null;
    }

    @Override
    public synchronized Optional<Letter> letter(String applicationId, String key) {
        return Optional.ofNullable(letters.get(applicationId + "#" + key));
    }

    @Override
    public synchronized void updateLetter(Letter letter) {
        letters.put(letter.applicationId() + "#" + letter.key(), letter);
    }

    @Override
    public synchronized List<Letter> letters(String applicationId) {
        return letters.values().stream().filter(l -> l.applicationId().equals(applicationId))
                .sorted(Comparator.comparing(Letter::key)).toList();
    }

    private final java.util.Map<String, ConfirmationLockout> lockouts = new java.util.LinkedHashMap<>();

    @Override
    public synchronized boolean recordLockout(ConfirmationLockout lockout, Letter letter) {
        if (lockouts.putIfAbsent(lockout.applicationId() + "#" + lockout.windowStart(), lockout) != null) {
            return false;
        }
        putLetterOnce(letter);
        return true;
    }

    @Override
    public synchronized List<ConfirmationLockout> lockouts(String applicationId) {
        return lockouts.values().stream().filter(l -> l.applicationId().equals(applicationId)).toList();
    }

    @Override
    public synchronized void erase(Application before, Application erased) {
        if (!applications.unchanged(before)) {
            throw new StaleStateException("application");
        }
        applications.put(erased);
        audit.replaceAll((k, e) -> e.applicationId().equals(before.id()) ? dk.livsmester.domain.application.Anonymisation.of(e) : e);
        notes.remove(before.id());
        letters.values().removeIf(l -> l.applicationId().equals(before.id()));
        lockouts.values().removeIf(l -> l.applicationId().equals(before.id()));
    }
}
