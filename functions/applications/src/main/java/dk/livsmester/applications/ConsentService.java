package dk.livsmester.applications;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.FieldErrors;
import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.Text;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.application.Confirmation;
import dk.livsmester.platform.store.ApplicationStore;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/**
 * The citizen's own confirmation, in place of a signature: in their own account (no code: they are signed in as the
 * citizen the application is for), or, for a citizen without a login of their own, recorded in person by a staff
 * member under the staff member's identity with a reason. Each is audited as a change of the application.
 */
@Singleton
public class ConsentService {
    private static final Logger LOG = LoggerFactory.getLogger(ConsentService.class);
    static final int ATTEMPTS = 3;

    private final ApplicationStore applications;
    private final Clock clock;

    public ConsentService(ApplicationStore applications, Clock clock) {
        this.applications = applications;
        this.clock = clock;
    }

    /** The citizen it is for says yes in their account; once (a second time answers the application as it is). */
    public Application consent(Caller caller, String id) {
        caller.require(Role.CITIZEN);
        return record(caller, id, current -> {
            if (!current.isFor(caller.subject())) {
                throw new NotFoundException("application", id);
            }
            if (current.confirmedBy("citizen")) {
                return null;
            }
            requireOpen(current);
            return Confirmation.by("citizen", caller.subject(), clock.instant(), Confirmation.ACCOUNT);
        });
    }

    /** A staff member records that the citizen confirmed in person, with why (no login of their own, for instance). */
    public Application inPerson(Caller caller, String id, String reason) {
        caller.require(Role.TEAM);
        new FieldErrors().text("reason", reason, 500, true).throwIfAny();
        return record(caller, id, current -> {
            if (current.confirmedBy("citizen")) {
                throw new ConflictException("CITIZEN_CONFIRMED", Text.of("Borgeren har allerede bekræftet ansøgningen.",
                        "The citizen has confirmed this application already."));
            }
            requireOpen(current);
            return Confirmation.inPerson(current.citizenSubject(), caller.subject(), reason.strip(), clock.instant());
        });
    }

    /**
     * Records the confirmation {@code decide} makes of the application as read (null: nothing to record). A change
     * that lost to another (the review arriving meanwhile) is read again and decided again.
     */
    private Application record(Caller caller, String id, Function<Application, Confirmation> decide) {
        for (int attempt = 1; ; attempt++) {
            Application current = applications.get(id);
            Confirmation c = decide.apply(current);
            if (c == null) {
                return current;
            }
            Application confirmed = current.confirm(c);
            try {
                applications.save(current, confirmed, List.of(ApplicationService.audit(caller, current, confirmed, c.at())),
                        List.of());
            } catch (StaleStateException changedMeanwhile) {
                if (attempt == ATTEMPTS) {
                    throw changedMeanwhile;
                }
                continue;
            }
            LOG.info("citizen confirmation recorded applicationId={} method={}", id, c.method());
            return confirmed;
        }
    }

    /** A confirmation belongs to an application that is sent and not decided yet. */
    private static void requireOpen(Application app) {
        if (app.status() == ApplicationStatus.DRAFT || app.status().isDecided()) {
            throw new ConflictException("NOT_CONFIRMABLE", Text.of(
                    app.status() == ApplicationStatus.DRAFT ? "Ansøgningen er ikke sendt endnu." : "Ansøgningen er allerede afgjort.",
                    "Only a sent application that is not decided yet can be confirmed (it is " + app.status() + ")."));
        }
    }
}
