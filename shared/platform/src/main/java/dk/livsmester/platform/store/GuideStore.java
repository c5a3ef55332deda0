package dk.livsmester.platform.store;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.guides.Guide;

import java.util.List;
import java.util.Optional;

/** The guide registry. A guide's load changes only with the match that takes or frees the place ({@link MatchStore}). */
public interface GuideStore {
    void create(Guide guide);

    Optional<Guide> find(String id);

    Guide get(String id);

    /**
     * A profile or path change, if the guide is still as read: an approval, a decline or a closure moves the version
     * too, so a stale read never overwrites the load.
     *
     * @throws StaleStateException the guide changed since {@code before} was read
     */
    void update(Guide before, Guide after);

    /** All guides, by name. The registry is small (tens, a few thousand at most). */
    List<Guide> all();
}
