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
import dk.livsmester.domain.application.Confirmation;
import dk.livsmester.domain.application.FollowUp;
import dk.livsmester.domain.ValidationException;
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
        requireGrantToExtend(form);
        Application draft = Application.create(Ids.newId("app"), form, caller.subject(), now)
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
            throw notOwner();
        }
        Instant now = clock.instant();
        ApplicationValidator.validate(form, LocalDate.ofInstant(now, Application.ZONE));
        pools.get(form.poolId());
        requireGrantToExtend(form);
        Application revised = current.revise(form);
        List<AuditEntry> audit = new ArrayList<>();
        audit.add(audit(caller, current, revised, now));
        Application stored = submitIfAsked(caller, form, revised, audit, now);
        applications.saveAll(current, stored, audit, ApplicationEvents.after(current, stored, now));
        LOG.info("application revised applicationId={} status={}", stored.id(), stored.status());
        return stored;
    }

    /** Submits when the form asks to (submitting is the submitter's confirmation, in place of a signature). */
    private Application submitIfAsked(Caller caller, ApplicationForm form, Application app, List<AuditEntry> audit, Instant now) {
        if (!form.wantsSubmit()) {
            return app;
        }
        Application submitted = app.confirm(new Confirmation(caller.role().wireName(), caller.subject(), now))
                .submit(now, rules.getAnswerDays());
        audit.add(audit(caller, app, submitted, now));
        return submitted;
    }

    /** A follow-on application (the pilot's folk high school extension) must extend an earlier grant. */
    private void requireGrantToExtend(ApplicationForm form) {
        String earlier = form.extendsApplicationId();
        if (earlier == null || earlier.isBlank()) {
            return;
        }
        boolean granted = applications.find(earlier).map(a -> a.grantedOre() != null && a.grantedOre() > 0).orElse(false);
        if (!granted) {
            throw ValidationException.single("extendsApplicationId", "Den ansøgning, du vil forlænge, er ikke bevilget.",
                    "extendsApplicationId must name an earlier application that was granted.");
        }
    }

    /** Six digits, said or written down by the contact person for the citizen. */
    static String confirmationCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /**
     * The other party confirms: usually the citizen, with the code the contact person gave them. Without the right code
     * only the creator can confirm; a wrong code looks like an unknown application (nothing to probe).
     */
    public Application confirm(Caller caller, String id, String code) {
        caller.require(Role.CITIZEN, Role.CONTACT_PERSON);
        Application current = applications.get(id);
        boolean creator = current.createdBy().equals(caller.subject());
        boolean codeMatches = code != null && current.confirmationCode() != null && java.security.MessageDigest.isEqual(
                code.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                current.confirmationCode().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (!creator && !codeMatches) {
            throw new NotFoundException("ansøgning/application", id);
        }
        if (current.confirmedBy(caller.role().wireName())) {
            return current;
        }
        Instant now = clock.instant();
        Application confirmed = current.confirm(new Confirmation(caller.role().wireName(), caller.subject(), now));
        applications.saveAll(current, confirmed, List.of(audit(caller, current, confirmed, now)), List.of());
        LOG.info("application confirmed applicationId={} role={}", id, caller.role().wireName());
        return confirmed;
    }

    public Application followUp(Caller caller, String id, FollowUp.Milestone milestone, FollowUp.Answer answer, String note) {
        caller.require(Role.CITIZEN, Role.CONTACT_PERSON);
        Application current = readable(caller, applications.get(id));
        java.util.List<dk.livsmester.domain.FieldError> errors = new ArrayList<>();
        if (milestone == null) {
            errors.add(new dk.livsmester.domain.FieldError("milestone", "Vælg 1 eller 3 måneder.", "milestone: ONE_MONTH or THREE_MONTHS."));
        }
        if (answer == null) {
            errors.add(new dk.livsmester.domain.FieldError("answer", "Vælg et svar.", "answer: HELPED, HELPED_A_LITTLE or DID_NOT_HELP."));
        }
        if (note != null && note.length() > 1000) {
            errors.add(new dk.livsmester.domain.FieldError("note", "Højst 1000 tegn.", "note: at most 1000 characters."));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Instant now = clock.instant();
        Application after = current.followUp(new FollowUp(milestone, answer, note, caller.subject(), now));
        applications.saveAll(current, after, List.of(audit(caller, current, after, now)), List.of());
        return after;
    }

    public Page<Application> mine(Caller caller, int limit, String cursor) {
        return applications.listByOwner(caller.subject(), limit, cursor);
    }

    /** The team's queue: everything waiting for a decision, overdue first, then by due date. */
    public List<Application> queue(Caller caller) {
        caller.require(Role.TEAM);
        LocalDate today = LocalDate.ofInstant(clock.instant(), Application.ZONE);
        return applications.listAll(List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW,
                        ApplicationStatus.NEEDS_INFO)).stream()
                .sorted(java.util.Comparator.comparing((Application a) -> !(a.dueDate() != null && today.isAfter(a.dueDate())))
                        .thenComparing(a -> a.dueDate() == null ? LocalDate.MAX : a.dueDate()))
                .toList();
    }

    /** Internal notes: the team's only, never shown to the citizen. */
    public record Note(String text, String by, Instant at) {
    }

    public Note addNote(Caller caller, String id, String text) {
        caller.require(Role.TEAM);
        applications.get(id);
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw ValidationException.single("text", "Skriv en note (højst 2000 tegn).", "text is required (at most 2000 characters).");
        }
        Note note = new Note(text.strip(), caller.subject(), clock.instant());
        applications.addNote(id, note, note.at());
        return note;
    }

    public List<Note> notes(Caller caller, String id) {
        caller.require(Role.TEAM);
        applications.get(id);
        return applications.notes(id, Note.class);
    }

    public Application get(Caller caller, String id) {
        return readable(caller, applications.get(id));
    }

    public Page<Application> list(Caller caller, ApplicationStatus status, int limit, String cursor) {
        caller.require(READ_ALL.toArray(Role[]::new));
        return applications.listByStatus(status, limit, cursor);
    }

    private Application readable(Caller caller, Application app) {
        if (READ_ALL.contains(caller.role()) || app.createdBy().equals(caller.subject())
                || app.confirmations().stream().anyMatch(c -> c.subject().equals(caller.subject()))) {
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
