package dk.livsmester.noticesapi;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.privacy.PrivacyNotice;
import dk.livsmester.platform.store.PrivacyNoticeStore;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * The privacy notice at sign-in: whether the signed-in person has read the current version, and their "I have read
 * it". Every role, each for themselves; a repeated acknowledgement keeps the first one's time.
 */
@Singleton
public class PrivacyNoticeService {
    private static final Logger LOG = LoggerFactory.getLogger(PrivacyNoticeService.class);

    private final PrivacyNoticeStore store;
    private final Clock clock;

    public PrivacyNoticeService(PrivacyNoticeStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public PrivacyNotice.Status status(Caller caller) {
        return PrivacyNotice.Status.of(caller.role(),
                store.acknowledgement(caller.subject(), PrivacyNotice.VERSION).orElse(null));
    }

    public PrivacyNotice.Status acknowledge(Caller caller, PrivacyNotice.Form form) {
        String version = (form == null ? new PrivacyNotice.Form(null) : form).checked();
        boolean first = store.acknowledge(new PrivacyNotice.Acknowledgement(caller.subject(), caller.role().wireName(),
                version, clock.instant()));
        LOG.info("privacy notice acknowledged version={} role={} first={}", version, caller.role().wireName(), first);
        return status(caller);
    }
}
