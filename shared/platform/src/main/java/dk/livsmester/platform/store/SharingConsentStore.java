package dk.livsmester.platform.store;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.guides.SharingConsent;

import java.util.List;
import java.util.Optional;

/** The citizen's choices of what a guide request's guide may see: append only, numbered, the latest counts. */
public interface SharingConsentStore {
    /**
     * Records the choice under its number.
     *
     * @throws StaleStateException a choice with that number is there already (another change came first)
     */
    void record(SharingConsent consent);

    /** The latest choice for the request, if one was made. */
    Optional<SharingConsent> current(String requestId);

    /** Every choice for the request, oldest first. */
    List<SharingConsent> history(String requestId);
}
