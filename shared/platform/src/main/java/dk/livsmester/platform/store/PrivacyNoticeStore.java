package dk.livsmester.platform.store;

import dk.livsmester.domain.privacy.PrivacyNotice.Acknowledgement;

import java.util.List;
import java.util.Optional;

/** Each person's acknowledgements of the privacy notice: one per person and version, never overwritten. */
public interface PrivacyNoticeStore {
    /** Records it unless this person acknowledged this version before; true if it is new. */
    boolean acknowledge(Acknowledgement acknowledgement);

    Optional<Acknowledgement> acknowledgement(String subject, String version);

    /** Every version this person acknowledged, oldest version first. */
    List<Acknowledgement> acknowledgements(String subject);
}
