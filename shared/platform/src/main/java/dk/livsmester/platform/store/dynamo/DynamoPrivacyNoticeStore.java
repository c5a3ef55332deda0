package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.notice.NoticePreference;
import dk.livsmester.domain.privacy.PrivacyNotice.Acknowledgement;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.store.PrivacyNoticeStore;
import jakarta.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;

import java.util.List;
import java.util.Optional;

/**
 * NoticesTable, beside the person's notice preference: {@code PERSON#<subject>} / {@code PRIVACY#<version>}, body only,
 * put once ({@code attribute_not_exists(pk)}): the first acknowledgement of a version is the one kept.
 */
@Singleton
public class DynamoPrivacyNoticeStore implements PrivacyNoticeStore {
    static final String PREFIX = "PRIVACY#";

    private final DynamoCollection<NoticePreference> people;

    public DynamoPrivacyNoticeStore(DynamoDbEnhancedClient client, TablesConfig tables) {
        this.people = new DynamoCollection<>(client, tables.getNotices(), DynamoNoticeStore.PERSON, "person");
    }

    @Override
    public boolean acknowledge(Acknowledgement a) {
        return people.putChildOnce(a.subject(), PREFIX + a.version(), "PRIVACY_ACK", a);
    }

    @Override
    public Optional<Acknowledgement> acknowledgement(String subject, String version) {
        return people.child(subject, PREFIX + version, Acknowledgement.class);
    }

    @Override
    public List<Acknowledgement> acknowledgements(String subject) {
        return people.children(subject, PREFIX, Acknowledgement.class);
    }
}
