package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.notice.Notice;
import dk.livsmester.domain.notice.NoticePreference;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.store.NoticeStore;
import jakarta.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * NoticesTable. A notice: {@code NOTICE#<id>} / {@code META}, {@code status} and {@code version} top-level, GSI
 * byRecipient {@code TO#<recipient>} by creation time (the mailbox). A preference: {@code PERSON#<subject>} /
 * {@code PREFERENCE}, body only (last write wins: only its owner writes it).
 */
@Singleton
public class DynamoNoticeStore extends DynamoAggregateStore<Notice> implements NoticeStore {
    static final ItemCodec<Notice> CODEC = new ItemCodec<>(Notice.class, "NOTICE", "NOTICE", List.of("status", "version"),
            n -> Map.of("gsi1pk", "TO#" + n.recipient(), "gsi1sk", n.createdAt() + "#" + n.id()));
    static final ItemCodec<NoticePreference> PERSON = new ItemCodec<>(NoticePreference.class, "PERSON", "PERSON",
            List.of(), p -> Map.of());
    static final DynamoCollection.Index BY_RECIPIENT = new DynamoCollection.Index("byRecipient", "gsi1pk");
    private static final String PREFERENCE = "PREFERENCE";

    private final Transactions tx;
    private final DynamoCollection<NoticePreference> people;

    public DynamoNoticeStore(DynamoDbEnhancedClient client, TablesConfig tables, Transactions tx) {
        super(new DynamoCollection<>(client, tables.getNotices(), CODEC, "notice"));
        this.people = new DynamoCollection<>(client, tables.getNotices(), PERSON, "person");
        this.tx = tx;
    }

    @Override
    public boolean putOnce(Notice notice) {
        try {
            tx.begin("write notice").step("notice new", collection.putNew(notice), () -> new StaleStateException("notice"))
                    .commit();
            return true;
        } catch (StaleStateException writtenBefore) {
            return false;
        }
    }

    @Override
    public boolean markSent(Notice before, Notice after) {
        try {
            tx.begin("notice sent").step("notice unchanged", collection.replace(before, after),
                    () -> new StaleStateException("notice")).commit();
            return true;
        } catch (StaleStateException recordedMeanwhile) {
            return false;
        }
    }

    @Override
    public List<Notice> mailbox(String recipient, int limit) {
        return collection.page(BY_RECIPIENT, "TO#" + recipient, false, limit, null).items();
    }

    @Override
    public Optional<NoticePreference> preference(String subject) {
        return people.child(subject, PREFERENCE, NoticePreference.class);
    }

    @Override
    public void savePreference(NoticePreference preference) {
        people.putChild(preference.subject(), PREFERENCE, PREFERENCE, preference);
    }
}
