package dk.livsmester.applications;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ForbiddenException;
import dk.livsmester.domain.Ids;
import dk.livsmester.domain.Randomness;
import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.Text;
import dk.livsmester.domain.ValidationException;
import dk.livsmester.domain.application.AnswerWindow;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationForm;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.application.ApplicationValidator;
import dk.livsmester.domain.application.AuditEntry;
import dk.livsmester.domain.application.Confirmation;
import dk.livsmester.domain.application.FollowUpForm;
import dk.livsmester.domain.application.Letter;
import dk.livsmester.domain.application.Note;
import dk.livsmester.platform.events.ApplicationEvents;
import dk.livsmester.platform.store.ApplicationStore;
import dk.livsmester.platform.store.Page;
import dk.livsmester.platform.store.PoolStore;
import dk.livsmester.platform.store.SupportRelationStore;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Creating, revising, submitting and reading applications; the team's queue and notes. Validation before any write. */
@Singleton
public class ApplicationService {
    private static final Logger LOG = LoggerFactory.getLogger(ApplicationService.class);
    /** Who may read any application: the deciding team, finance and administrators. */
    static final List<Role> READ_ALL = List.of(Role.TEAM, Role.FINANCE, Role.ADMIN);

    private final ApplicationStore applications;
    private final PoolStore pools;
    private final SupportRelationStore support;
    private final AnswerWindow window;
    private final Clock clock;

    public ApplicationService(ApplicationStore applications, PoolStore pools, SupportRelationStore support,
                              AnswerWindow window, Clock clock) {
        this.applications = applications;
        this.pools = pools;
        this.support = support;
        this.window = window;
        this.clock = clock;
    }

    public Application create(Caller caller, ApplicationForm form) {
        caller.require(Role.CITIZEN, Role.CONTACT_PERSON);
        Instant now = clock.instant();
        checkForm(form, now);
        Application draft = Application.create(Ids.newId("app"), form, caller.subject(), citizenOf(caller, form), now)
                .withConfirmationCode(confirmationCode());
        List<AuditEntry> audit = new ArrayList<>();
        audit.add(audit(caller, null, draft, now));
        Application stored = submitIfAsked(caller, form, draft, audit, now);
        applications.create(stored, audit, ApplicationEvents.after(null, stored, now));
        LOG.info("application created applicationId={} status={} requestedOre={}", stored.id(), stored.status(), stored.requestedOre());
        return stored;
    }

    public Application revise(Caller caller, String id, ApplicationForm form) {
        caller.require(Role.CITIZEN, Role.CONTACT_PERSON);
        Application current = readable(caller, applications.get(id));
        if (!current.createdBy().equals(caller.subject()) && caller.role() != Role.ADMIN) {
            throw new ForbiddenException(Text.of("Kun den, der har lavet ansøgningen, kan ændre den.",
                    "Only the person who created the application can change it."));
        }
        Instant now = clock.instant();
        checkForm(form, now);
        Application revised = current.revise(form);
        List<AuditEntry> audit = new ArrayList<>();
        audit.add(audit(caller, current, revised, now));
        Application stored = submitIfAsked(caller, form, revised, audit, now);
        applications.save(current, stored, audit, ApplicationEvents.after(current, stored, now));
        LOG.info("application revised applicationId={} status={}", stored.id(), stored.status());
        return stored;
    }

    /**
     * Whose application it is: a citizen's own, or the citizen a contact person supports. A citizen the contact person
     * is not linked to gets the answer an unknown one would (nothing to probe).
     */
    private String citizenOf(Caller caller, ApplicationForm form) {
        if (caller.is(Role.CITIZEN)) {
            return caller.subject();
        }
        String citizen = form.citizenSubject();
        if (citizen == null || citizen.isBlank()) {
            return null;
        }
        if (!support.supports(caller.subject(), citizen)) {
            throw new NotFoundException("citizen", citizen);
        }
        return citizen;
    }

    /** The form's fields, its pool, and the earlier grant a follow-on application extends. */
    private void checkForm(ApplicationForm form, Instant now) {
        ApplicationValidator.validate(form, window.dayOf(now));
        pools.get(form.poolId());
        String earlier = form.extendsApplicationId();
        if (earlier != null && !earlier.isBlank() && !applications.find(earlier)
                .map(a -> a.grantedOre() != null && a.grantedOre() > 0).orElse(false)) {
            throw ValidationException.single("extendsApplicationId", "Den ansøgning, du vil forlænge, er ikke bevilget.",
                    "extendsApplicationId must name an earlier application that was granted.");
        }
    }

    /** Submits when the form asks to (submitting is the submitter's confirmation, in place of a signature). */
    private Application submitIfAsked(Caller caller, ApplicationForm form, Application app, List<AuditEntry> audit, Instant now) {
        if (!form.wantsSubmit()) {
            return app;
        }
        Application submitted = app.confirm(Confirmation.by(caller.role().wireName(), caller.subject(), now, Confirmation.SUBMIT))
                .submit(now, window);
        audit.add(audit(caller, app, submitted, now));
        return submitted;
    }

    /** Six digits, said or written down by the contact person for the citizen. */
    static String confirmationCode() {
        return String.format("%06d", Randomness.secure().nextInt(1_000_000));
    }

    /**
     * The other party confirms: usually the citizen, with the code the contact person gave them. Without the right code
     * only the creator can confirm; a wrong code looks like an unknown application (nothing to probe).
     */
    public Application confirm(Caller caller, String id, String code) {
        caller.require(Role.CITIZEN, Role.CONTACT_PERSON);
        Application current = applications.get(id);
        boolean creator = current.createdBy().equals(caller.subject());
        boolean codeMatches = code != null && current.confirmationCode() != null && MessageDigest.isEqual(
                code.getBytes(StandardCharsets.UTF_8), current.confirmationCode().getBytes(StandardCharsets.UTF_8));
        if (!creator && !codeMatches) {
            throw new NotFoundException("application", id);
        }
        if (current.confirmedBy(caller.role().wireName())) {
            return current;
        }
        Instant now = clock.instant();
        Application confirmed = current.confirm(Confirmation.by(caller.role().wireName(), caller.subject(), now,
                creator ? Confirmation.ACCOUNT : Confirmation.CODE));
        applications.save(current, confirmed, List.of(audit(caller, current, confirmed, now)), List.of());
        LOG.info("application confirmed applicationId={} role={}", id, caller.role().wireName());
        return confirmed;
    }

    public Application followUp(Caller caller, String id, FollowUpForm form) {
        caller.require(Role.CITIZEN, Role.CONTACT_PERSON);
        Application current = readable(caller, applications.get(id));
        Instant now = clock.instant();
        Application after = current.followUp(form.answeredBy(caller.subject(), now));
        applications.save(current, after, List.of(audit(caller, current, after, now)), List.of());
        return after;
    }

    /** A citizen's: every application for them, whoever made it; anyone else's: those they made. */
    public Page<Application> mine(Caller caller, int limit, String cursor) {
        return caller.is(Role.CITIZEN) ? applications.byCitizen(caller.subject(), limit, cursor)
                : applications.byOwner(caller.subject(), limit, cursor);
    }

    public Page<Application> list(Caller caller, ApplicationStatus status, int limit, String cursor) {
        caller.require(READ_ALL.toArray(Role[]::new));
        return applications.byStatus(status, limit, cursor);
    }

    /** The team's queue: everything waiting for a decision, overdue first, then by due date. */
    public List<Application> queue(Caller caller) {
        caller.require(Role.TEAM);
        Instant now = clock.instant();
        return applications.all(ApplicationStatus.PIPELINE).stream()
                .sorted(Comparator.comparing((Application a) -> !window.overdue(a, now))
                        .thenComparing(a -> a.dueDate() == null ? LocalDate.MAX : a.dueDate()))
                .toList();
    }

    public Note addNote(Caller caller, String id, String text) {
        caller.require(Role.TEAM);
        applications.get(id);
        Note note = Note.of(text, caller.subject(), clock.instant());
        applications.addNote(id, note);
        return note;
    }

    /** Internal notes: the team's only, never shown to the citizen. */
    public List<Note> notes(Caller caller, String id) {
        caller.require(Role.TEAM);
        applications.get(id);
        return applications.notes(id);
    }

    public Application get(Caller caller, String id) {
        return readable(caller, applications.get(id));
    }

    public List<Letter> letters(Caller caller, String id) {
        get(caller, id);
        return applications.letters(id);
    }

    public List<AuditEntry> audit(Caller caller, String id) {
        caller.require(Role.TEAM, Role.FINANCE);
        get(caller, id);
        return applications.audit(id);
    }

    /** Who may read it: the team, finance, its creator, the citizen it is for and whoever confirmed it. */
    static Application readable(Caller caller, Application app) {
        if (READ_ALL.contains(caller.role()) || app.createdBy().equals(caller.subject()) || app.isFor(caller.subject())
                || app.confirmations().stream().anyMatch(c -> caller.subject().equals(c.subject()))) {
            return app;
        }
        // Not "403": someone else's application should not even be confirmed to exist.
        throw new NotFoundException("application", app.id());
    }

    static AuditEntry audit(Caller caller, Application before, Application after, Instant now) {
        ApplicationStatus from = before == null ? null : before.status();
        return new AuditEntry(after.id(), before == null ? 0 : after.version(), caller.subject(), caller.role().wireName(),
                from, after.status(), now);
    }
}
