package dk.livsmester.applications;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.ValidationException;
import dk.livsmester.domain.support.SupportRelation;
import dk.livsmester.domain.support.SupportRelationForm;
import dk.livsmester.platform.store.SupportRelationStore;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/** Staff register which contact person supports which citizen; each of the two sees their own active relations. */
@Singleton
public class SupportService {
    private static final Logger LOG = LoggerFactory.getLogger(SupportService.class);

    private final SupportRelationStore relations;
    private final Clock clock;

    public SupportService(SupportRelationStore relations, Clock clock) {
        this.relations = relations;
        this.clock = clock;
    }

    public SupportRelation register(Caller caller, SupportRelationForm form) {
        caller.require(Role.TEAM);
        SupportRelation fresh = SupportRelation.register(form, caller.subject(), clock.instant());
        SupportRelation stored = relations.find(fresh.id()).map(ended -> {
            SupportRelation again = ended.reactivate(fresh);
            relations.save(ended, again);
            return again;
        }).orElseGet(() -> {
            relations.register(fresh);
            return fresh;
        });
        LOG.info("support relation registered version={}", stored.version());
        return stored;
    }

    public SupportRelation end(Caller caller, String id) {
        caller.require(Role.TEAM);
        SupportRelation current = relations.find(id).orElseThrow(() -> new NotFoundException("support relation", id));
        SupportRelation ended = current.end(caller.subject(), clock.instant());
        relations.save(current, ended);
        LOG.info("support relation ended");
        return ended;
    }

    /**
     * A contact person's citizens, or a citizen's contact persons (active only); staff name the contact person or the
     * citizen whose relations they want (active and ended).
     */
    public List<SupportRelation> list(Caller caller, String contact, String citizen) {
        caller.require(Role.CONTACT_PERSON, Role.CITIZEN, Role.TEAM);
        if (caller.is(Role.CONTACT_PERSON)) {
            return relations.ofContact(caller.subject()).stream().filter(SupportRelation::active).toList();
        }
        if (caller.is(Role.CITIZEN)) {
            return relations.ofCitizen(caller.subject()).stream().filter(SupportRelation::active).toList();
        }
        if (contact != null && !contact.isBlank()) {
            return relations.ofContact(contact);
        }
        if (citizen != null && !citizen.isBlank()) {
            return relations.ofCitizen(citizen);
        }
        throw ValidationException.single("contact", "Vælg en kontaktperson eller en borger.",
                "Give contact or citizen (a sign-in subject).");
    }
}
