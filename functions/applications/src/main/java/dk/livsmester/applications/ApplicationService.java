package dk.livsmester.applications;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ForbiddenException;
import dk.livsmester.domain.Ids;
import dk.livsmester.domain.Randomness;
import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.Text;
import dk.livsmester.domain.TooManyTriesException;
import dk.livsmester.domain.ValidationException;
import dk.livsmester.domain.application.AnswerWindow;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationForm;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.application.ApplicationValidator;
import dk.livsmester.domain.application.AuditEntry;
import dk.livsmester.domain.application.Confirmation;
import dk.livsmester.domain.application.ConfirmationCode;
import dk.livsmester.domain.application.ConfirmationLockout;
import dk.livsmester.domain.application.FollowUpForm;
import dk.livsmester.domain.application.FollowUpTiming;
import dk.livsmester.domain.application.Letter;
import dk.livsmester.domain.application.Note;
import dk.livsmester.platform.events.ApplicationEvents;
import dk.livsmester.platform.privacy.ReadLog;
import dk.livsmester.platform.store.ApplicationStore;
import dk.livsmester.platform.store.ConfirmationTryStore;
import dk.livsmester.platform.store.Page;
import dk.livsmester.platform.store.PoolStore;
import dk.livsmester.domain.budget.AmountBounds;
import dk.livsmester.domain.FieldErrors;
import dk.livsmester.platform.store.SupportRelationStore;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private final ConfirmationTryStore tries;
    private final AnswerWindow window;
    private final ReadLog readLog;
    private final Clock clock;

    public ApplicationService(ApplicationStore applications, PoolStore pools, SupportRelationStore support,
                              ConfirmationTryStore tries, AnswerWindow window, ReadLog readLog, Clock clock) {
        this.applications = applications;
        this.readLog = readLog;
        this.pools = pools;
        this.support = support;
        this.tries = tries;
        this.window = window;
        this.clock = clock;
    }

    public Application create(Caller caller, ApplicationForm form) {
        caller.require(Role.CITIZEN, Role.CONTACT_PERSON);
        Instant now = clock.instant();
        checkForm(caller, form, now);
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
        checkForm(caller, form, now);
        Application revised = current.revise(form, caller.role().wireName());
        if (revised.confirmations().size() < current.confirmations().size()) {
            // The other party must say yes to the new contents: a fresh code, so the old one confirms nothing.
            revised = revised.withConfirmationCode(confirmationCode());
        }
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

    /**
     * The form's fields, its pool, and the earlier grant a follow-on application extends: one the caller may read and
     * that was granted. Someone else's, an unknown and an ungranted one get the same answer (F12: no oracle).
     */
    private void checkForm(Caller caller, ApplicationForm form, Instant now) {
        ApplicationValidator.validate(form, window.dayOf(now));
        // The pool's bounds on the amount asked for, once there is one (a draft may not have its costs yet).
        AmountBounds bounds = pools.get(form.poolId()).amountBounds();
        if (form.requestedOre() > 0) {
            bounds.check(new FieldErrors(), "costLines", form.requestedOre()).throwIfAny();
        }
        String earlier = form.extendsApplicationId();
        if (earlier != null && !earlier.isBlank() && !applications.find(earlier)
                .filter(a -> seesPersonalData(caller, a) || confirmedBy(caller, a))
                .map(a -> a.grantedOre() != null && a.grantedOre() > 0).orElse(false)) {
            throw ValidationException.single("extendsApplicationId", "Vælg en af dine egne ansøgninger, som er bevilget.",
                    "extendsApplicationId must name an earlier application of yours that was granted.");
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

    /**
     * An application made for a named citizen is confirmed as the citizen by that citizen only: whoever else holds the
     * code (the contact person's own private login, say) is answered as a wrong code is.
     */
    private static boolean isSomeoneElsesCitizen(Caller caller, Application app) {
        return caller.is(Role.CITIZEN) && app.citizenSubject() != null && !app.citizenSubject().equals(caller.subject());
    }

    /** Eight characters without look-alikes, said or written down by the creator for the other party. */
    static String confirmationCode() {
        return ConfirmationCode.generate(Randomness.secure());
    }

    /**
     * The other party confirms: usually the citizen, with the code the contact person gave them. Without the right code
     * only the creator can confirm; a wrong code looks like an unknown application (nothing to probe). Every try by
     * someone else is counted first, per application and per caller, whether or not the application exists; past the
     * limit nothing is compared, and the creator is told once per window (a letter, and the lockout on record).
     */
    public Application confirm(Caller caller, String id, String code) {
        caller.require(Role.CITIZEN, Role.CONTACT_PERSON);
        Instant now = clock.instant();
        Application current = applications.find(id).orElse(null);
        boolean creator = current != null && current.createdBy().equals(caller.subject());
        if (!creator) {
            requireCode(caller, id, current, code, now);
        }
        if (current.confirmedBy(caller.role().wireName())) {
            return current;
        }
        Application confirmed = current.confirm(Confirmation.by(caller.role().wireName(), caller.subject(), now,
                creator ? Confirmation.ACCOUNT : Confirmation.CODE));
        applications.save(current, confirmed, List.of(audit(caller, current, confirmed, now)), List.of());
        LOG.info("application confirmed applicationId={} role={}", id, caller.role().wireName());
        return confirmed;
    }

    /**
     * What the other party agrees to, read back before they confirm with the code: the application as it is, for the
     * controller to show without personal data. Nothing is recorded but the try, counted as a confirmation's is, so
     * reading back is no way round the limit; someone who may read the application already needs no code.
     */
    public Application readBack(Caller caller, String id, String code) {
        caller.require(Role.CITIZEN, Role.CONTACT_PERSON);
        Application current = applications.find(id).orElse(null);
        if (current != null && (seesPersonalData(caller, current) || confirmedBy(caller, current))) {
            return current;
        }
        requireCode(caller, id, current, code, clock.instant());
        return current;
    }

    /** Counts the try, then compares the code; past the limit nothing is compared, and a wrong code looks like no application. */
    private void requireCode(Caller caller, String id, Application current, String code, Instant now) {
        ConfirmationTryStore.Verdict verdict = tries.count(id, caller.subject(), now);
        if (verdict != ConfirmationTryStore.Verdict.ALLOWED) {
            if (verdict == ConfirmationTryStore.Verdict.APPLICATION_LOCKED && current != null) {
                tellCreatorOfLockout(caller, current, now);
            }
            LOG.warn("confirmation refused reason={} role={}", verdict, caller.role().wireName());
            throw new TooManyTriesException(ConfirmationTryStore.windowEnd(now));
        }
        if (current == null || !ConfirmationCode.matches(current.confirmationCode(), code)
                || isSomeoneElsesCitizen(caller, current)) {
            throw new NotFoundException("application", id);
        }
    }

    private void tellCreatorOfLockout(Caller caller, Application app, Instant now) {
        Instant from = ConfirmationTryStore.windowStart(now);
        Instant until = ConfirmationTryStore.windowEnd(now);
        ConfirmationLockout lockout = new ConfirmationLockout(app.id(), from, until, caller.subject(),
                caller.role().wireName(), now);
        Letter letter = new Letter("CONFIRMATION_LOCKED#" + from, "CONFIRMATION_LOCKED", app.id(), app.version(),
                "Koden til ansøgningen er prøvet for mange gange",
                "Nogen har prøvet koden til ansøgningen for mange gange. Ingen kan bekræfte den før om en time.\n"
                        + "Var det ikke borgeren, så sig det til teamet.",
                "The application's code was tried too many times",
                "Someone tried the application's confirmation code too many times. Nobody can confirm it for an hour.\n"
                        + "If it was not the citizen, tell the team.", now, null);
        if (applications.recordLockout(lockout, letter)) {
            LOG.warn("confirmation locked applicationId={} until={}", app.id(), until);
        }
    }

    public Application followUp(Caller caller, String id, FollowUpForm form) {
        caller.require(Role.CITIZEN, Role.CONTACT_PERSON);
        Application current = readable(caller, applications.get(id));
        Instant now = clock.instant();
        Application after = new FollowUpTiming(window).record(current, form.answeredBy(caller.subject(), now));
        applications.save(current, after, List.of(audit(caller, current, after, now)), List.of());
        return after;
    }

    /**
     * A citizen's: every application for them, whoever made it; anyone else's: those they made (an administrator's
     * own list is a staff read, logged as the guide requests' is).
     */
    public Page<Application> mine(Caller caller, int limit, String cursor) {
        Page<Application> page = caller.is(Role.CITIZEN) ? applications.byCitizen(caller.subject(), limit, cursor)
                : applications.byOwner(caller.subject(), limit, cursor);
        readLog.applications(caller, "GET /api/applications?mine=true", page.items());
        return page;
    }

    public Page<Application> list(Caller caller, ApplicationStatus status, int limit, String cursor) {
        caller.require(READ_ALL.toArray(Role[]::new));
        Page<Application> page = applications.byStatus(status, limit, cursor);
        readLog.applications(caller, "GET /api/applications", page.items());
        return page;
    }

    /** The team's queue: everything waiting for a decision, overdue first, then by due date. */
    public List<Application> queue(Caller caller) {
        caller.require(Role.TEAM);
        Instant now = clock.instant();
        List<Application> queue = applications.all(ApplicationStatus.PIPELINE).stream()
                .sorted(Comparator.comparing((Application a) -> !window.overdue(a, now))
                        .thenComparing(a -> a.dueDate() == null ? LocalDate.MAX : a.dueDate()))
                .toList();
        readLog.applications(caller, "GET /api/applications/queue", queue);
        return queue;
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
        readLog.application(caller, "GET /api/applications/{id}/notes", applications.get(id));
        return applications.notes(id);
    }

    public Application get(Caller caller, String id) {
        return logged(caller, "GET /api/applications/{id}", id);
    }

    public List<Letter> letters(Caller caller, String id) {
        logged(caller, "GET /api/applications/{id}/letters", id);
        return applications.letters(id);
    }

    public List<AuditEntry> audit(Caller caller, String id) {
        caller.require(Role.TEAM, Role.FINANCE);
        logged(caller, "GET /api/applications/{id}/audit", id);
        return applications.audit(id);
    }

    /** The application if the caller may read it, its read logged when they are staff. */
    private Application logged(Caller caller, String route, String id) {
        Application app = readable(caller, applications.get(id));
        readLog.application(caller, route, app);
        return app;
    }

    private Application readable(Caller caller, Application app) {
        if (seesPersonalData(caller, app) || confirmedBy(caller, app)) {
            return app;
        }
        // Not "403": someone else's application should not even be confirmed to exist.
        throw new NotFoundException("application", app.id());
    }

    /**
     * Who reads the applicants' and the contact person's personal data: the deciding team, finance, administrators
     * the creator and the citizen it is for. Having confirmed with the code lets a person follow the application, not read more of it than
     * the role allows (a guessed code must not open a citizen's address and birth date).
     */
    public boolean seesPersonalData(Caller caller, Application app) {
        return READ_ALL.contains(caller.role()) || app.createdBy().equals(caller.subject()) || app.isFor(caller.subject());
    }

    /**
     * The application as the caller's role may see it: finance pays out and reconciles, so it gets the amounts,
     * names and plain facts but not the applicants' or the contact person's birth dates, addresses, e-mail or phone
     * (minimisation); someone who only confirmed gets the same; the team, administrators, the creator and the citizen
     * it is for get it whole.
     */
    public Application shownTo(Caller caller, Application app) {
        boolean whole = caller.role() != Role.FINANCE && seesPersonalData(caller, app);
        return whole ? app : app.withoutPersonalData();
    }

    // An in-person confirmation has no subject of the citizen's: compare from the caller's side.
    private static boolean confirmedBy(Caller caller, Application app) {
        return app.confirmations().stream().anyMatch(c -> caller.subject().equals(c.subject()));
    }

    static AuditEntry audit(Caller caller, Application before, Application after, Instant now) {
        ApplicationStatus from = before == null ? null : before.status();
        return new AuditEntry(after.id(), before == null ? 0 : after.version(), caller.subject(), caller.role().wireName(),
                from, after.status(), now);
    }
}
