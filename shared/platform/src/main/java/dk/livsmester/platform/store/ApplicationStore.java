package dk.livsmester.platform.store;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.application.AuditEntry;
import dk.livsmester.domain.application.ConfirmationLockout;
import dk.livsmester.domain.application.Letter;
import dk.livsmester.domain.application.Note;
import dk.livsmester.platform.events.OutboxEvent;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The application aggregate: the application, its audit trail, its letters and the team's notes. */
public interface ApplicationStore {
    Optional<Application> find(String id);

    /** Strongly consistent: what a conditional write right after it expects. */
    Application get(String id);

    /** One status, oldest submission first. */
    Page<Application> byStatus(ApplicationStatus status, int limit, String cursor);

    /** A person's own, newest first. */
    Page<Application> byOwner(String subject, int limit, String cursor);

    /** The applications for a citizen (whoever made them), newest first. */
    Page<Application> byCitizen(String citizenSubject, int limit, String cursor);

    /** Every application in the given statuses (all pages): for figures, at a pool's scale. */
    List<Application> all(Collection<ApplicationStatus> statuses);

    /** A new application with its first audit entries and events, all or nothing. */
    void create(Application app, List<AuditEntry> audit, List<OutboxEvent> events);

    /**
     * Moves the application from {@code before} to {@code after} with its audit entries and events.
     *
     * @throws StaleStateException it changed since {@code before} was read
     */
    void save(Application before, Application after, List<AuditEntry> audit, List<OutboxEvent> events);

    List<AuditEntry> audit(String id);

    void addNote(String id, Note note);

    List<Note> notes(String id);

    /** Writes the letter once: a second delivery of the same event finds it there; false then. */
    boolean putLetterOnce(Letter letter);

    Optional<Letter> letter(String applicationId, String key);

    /** Replaces a stored letter (to record that it was e-mailed). */
    void updateLetter(Letter letter);

    List<Letter> letters(String applicationId);

    /**
     * Records that the application's confirmation is locked, with the letter that tells its creator, once per window:
     * false when this window's lockout was recorded before (the creator was told then).
     */
    boolean recordLockout(ConfirmationLockout lockout, Letter letter);

    List<ConfirmationLockout> lockouts(String applicationId);

    /**
     * Erases a case whose retention has passed, in one transaction: {@code erased} (see Anonymisation) replaces the
     * application if it is still as {@code before} was read; its audit entries are written over anonymised; its letters,
     * notes and lockouts are deleted.
     *
     * @throws dk.livsmester.domain.StaleStateException it changed since it was read
     */
    void erase(Application before, Application erased);
}
