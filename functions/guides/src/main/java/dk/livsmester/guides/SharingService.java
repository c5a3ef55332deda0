package dk.livsmester.guides;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.Text;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.SharingConsent;
import dk.livsmester.platform.store.GuideRequestStore;
import dk.livsmester.platform.store.SharingConsentStore;
import dk.livsmester.platform.store.SupportRelationStore;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * The citizen changes what the guide of their request may see (the needs text, the disability). It is the citizen's
 * choice: the citizen it is for, or the person who asked with them (a contact person who supports the citizen, or who
 * made it); staff do not change it. Each change is a new, numbered entry; one that lost to another change at the same
 * moment is read again and made on top of it.
 */
@Singleton
public class SharingService {
    private static final Logger LOG = LoggerFactory.getLogger(SharingService.class);
    static final int ATTEMPTS = 3;

    private final GuideRequestStore requests;
    private final SharingConsentStore sharing;
    private final SupportRelationStore support;
    private final Clock clock;

    public SharingService(GuideRequestStore requests, SharingConsentStore sharing, SupportRelationStore support, Clock clock) {
        this.requests = requests;
        this.sharing = sharing;
        this.support = support;
        this.clock = clock;
    }

    public SharingConsent change(Caller caller, String requestId, SharingConsent.Choice choice) {
        caller.require(Role.CITIZEN, Role.CONTACT_PERSON);
        GuideRequest q = requests.get(requestId);
        if (!mayChoose(caller, q)) {
            throw new NotFoundException("guide request", requestId);
        }
        if (GuideRequest.ENDED.contains(q.status())) {
            // No guide will read it any more, and a choice recorded now could outlive the record's erasure.
            throw new ConflictException("REQUEST_ENDED", Text.of(
                    "Forløbet er slut, så der er ikke noget at dele med en guide.",
                    "This request has ended (" + q.status() + "); there is no guide to share with."));
        }
        for (int attempt = 1; ; attempt++) {
            SharingConsent next = SharingConsent.change(q.id(), sharing.current(q.id()).orElse(null), choice, caller,
                    clock.instant());
            try {
                sharing.record(next);
                LOG.info("sharing changed requestId={} seq={} needs={} disability={} role={}", q.id(), next.seq(),
                        next.needs(), next.disability(), caller.role().wireName());
                return next;
            } catch (StaleStateException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private boolean mayChoose(Caller caller, GuideRequest q) {
        return caller.subject().equals(q.citizenSubject()) || caller.subject().equals(q.createdBy())
                || (caller.is(Role.CONTACT_PERSON) && q.citizenSubject() != null
                && support.supports(caller.subject(), q.citizenSubject()));
    }
}
