package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.SharingConsent;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.store.SharingConsentStore;
import jakarta.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;

import java.util.List;
import java.util.Optional;

/**
 * GuidesTable, under the request's partition: {@code REQUEST#<id>} / {@code SHARING#<seq, six digits>}, body only, each
 * put once ({@code attribute_not_exists(pk)}), so two changes at once cannot both take the same number and neither
 * overwrites the other. A separate item rather than a field of the request: a change of mind must not move the
 * request's version, which the matcher's and the coordinator's conditional writes on the request check.
 */
@Singleton
public class DynamoSharingConsentStore implements SharingConsentStore {
    static final String PREFIX = "SHARING#";

    private final DynamoCollection<GuideRequest> requests;

    public DynamoSharingConsentStore(DynamoDbEnhancedClient client, TablesConfig tables) {
        this.requests = new DynamoCollection<>(client, tables.getGuides(), DynamoGuideRequestStore.CODEC, "guide request");
    }

    static String sk(int seq) {
        return PREFIX + String.format("%06d", seq);
    }

    @Override
    public void record(SharingConsent consent) {
        if (!requests.putChildOnce(consent.requestId(), sk(consent.seq()), "SHARING", consent)) {
            throw new StaleStateException("sharing consent");
        }
    }

    @Override
    public Optional<SharingConsent> current(String requestId) {
        List<SharingConsent> all = history(requestId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    @Override
    public List<SharingConsent> history(String requestId) {
        return requests.children(requestId, PREFIX, SharingConsent.class);
    }
}
