package dk.livsmester.platform.store;

import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.support.SupportRelation;

import java.util.List;
import java.util.Optional;

/** Who supports whom: contact persons and the citizens they support. */
public interface SupportRelationStore {
    /**
     * A new relation.
     *
     * @throws ConflictException {@code ALREADY_LINKED}: the pair has a relation already (active or ended)
     */
    void register(SupportRelation relation);

    /**
     * The relation moves on (ended, or active again), if still as read.
     *
     * @throws StaleStateException it changed since {@code before} was read
     */
    void save(SupportRelation before, SupportRelation after);

    Optional<SupportRelation> find(String id);

    /** A contact person's relations (active and ended), oldest first. */
    List<SupportRelation> ofContact(String contactSubject);

    /** A citizen's relations (active and ended), oldest first. */
    List<SupportRelation> ofCitizen(String citizenSubject);

    /** Whether the contact person supports the citizen now (strongly consistent). */
    default boolean supports(String contactSubject, String citizenSubject) {
        return contactSubject != null && citizenSubject != null
                && find(SupportRelation.idFor(contactSubject, citizenSubject)).map(SupportRelation::active).orElse(false);
    }
}
