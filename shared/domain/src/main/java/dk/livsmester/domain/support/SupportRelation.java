package dk.livsmester.domain.support;

import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.Text;

import java.time.Instant;

/**
 * A contact person supports a citizen: what lets the contact person apply, and ask for a guide, for the citizen, and
 * both of them follow it. One relation per pair (its id is made of the two subjects), registered and ended by staff;
 * registered again after it ended, it is the same relation made active again.
 */
public record SupportRelation(String id, String contactSubject, String contactName, String citizenSubject,
                              String citizenName, SupportStatus status, String registeredBy, Instant registeredAt,
                              String endedBy, Instant endedAt, long version) {

    /** The one id of a pair: a contact person and a citizen have at most one relation. */
    public static String idFor(String contactSubject, String citizenSubject) {
        return contactSubject + "~" + citizenSubject;
    }

    public static SupportRelation register(SupportRelationForm form, String by, Instant at) {
        form.validate();
        return new SupportRelation(idFor(form.contactSubject().strip(), form.citizenSubject().strip()),
                form.contactSubject().strip(), form.contactName().strip(), form.citizenSubject().strip(),
                form.citizenName().strip(), SupportStatus.ACTIVE, by, at, null, null, 0);
    }

    public boolean active() {
        return status == SupportStatus.ACTIVE;
    }

    /** Active again, with the names and registration of {@code again}. */
    public SupportRelation reactivate(SupportRelation again) {
        if (active()) {
            throw alreadyLinked();
        }
        return new SupportRelation(id, contactSubject, again.contactName, citizenSubject, again.citizenName,
                SupportStatus.ACTIVE, again.registeredBy, again.registeredAt, null, null, version + 1);
    }

    public SupportRelation end(String by, Instant at) {
        if (!active()) {
            throw new ConflictException("SUPPORT_ENDED", Text.of("Forbindelsen er allerede afsluttet.",
                    "This support relation has ended already."));
        }
        return new SupportRelation(id, contactSubject, contactName, citizenSubject, citizenName, SupportStatus.ENDED,
                registeredBy, registeredAt, by, at, version + 1);
    }

    /** The citizen's first name: what a guide is told (and nothing more of the name). */
    public static String firstName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return name.strip().split("\\s+")[0];
    }

    public static ConflictException alreadyLinked() {
        return new ConflictException("ALREADY_LINKED", Text.of("Kontaktpersonen er allerede knyttet til borgeren.",
                "This contact person is already linked to this citizen."));
    }
}
