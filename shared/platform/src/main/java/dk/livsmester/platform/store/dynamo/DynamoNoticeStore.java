package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.notice.Notice;
import dk.livsmester.domain.notice.NoticePreference;
import dk.livsmester.domain.privacy.RecordType;
import dk.livsmester.domain.privacy.RetentionRule;
import dk.livsmester.platform.config.RetentionConfig;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.config.TimeZoneConfig;
import dk.livsmester.platform.store.NoticeStore;
import dk.livsmester.platform.store.Page;
import jakarta.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * NoticesTable. A notice: {@code NOTICE#<id>} / {@code META}, {@code status} and {@code version} top-level, GSI
 * byRecipient {@code TO#<recipient>} by creation time (the mailbox), and {@code expiresAt} (epoch seconds, the table's
 * time to live): the notice's retention ({@link RecordType#NOTICE}) from its creation, written with every put of it, so
 * a notice never lives past its period whichever way it was written. A preference: {@code PERSON#<subject>} /
 * {@code PREFERENCE}, body only (last write wins: only its owner writes it).
 */
@Singleton
public class DynamoNoticeStore extends DynamoAggregateStore<Notice> implements NoticeStore {
    static final String EXPIRES_AT = "expiresAt";
    static final ItemCodec<NoticePreference> PERSON = new ItemCodec<>(NoticePreference.class, "PERSON", "PERSON",
            List.of(), p -> Map.of());
    static final DynamoCollection.Index BY_RECIPIENT = new DynamoCollection.Index("byRecipient", "gsi1pk");
    private static final String PREFERENCE = "PREFERENCE";

    private final Transactions tx;
    private final DynamoCollection<NoticePreference> people;

    public DynamoNoticeStore(DynamoDbEnhancedClient client, TablesConfig tables, Transactions tx,
                             RetentionConfig retention, TimeZoneConfig zone) {
        super(new DynamoCollection<>(client, tables.getNotices(), codec(retention.rules().get(RecordType.NOTICE),
                zone.zone()), "notice"));
        this.people = new DynamoCollection<>(client, tables.getNotices(), PERSON, "person");
        this.tx = tx;
    }

    static ItemCodec<Notice> codec(RetentionRule retention, ZoneId zone) {
        return new ItemCodec<>(Notice.class, "NOTICE", "NOTICE", List.of("status", "version", EXPIRES_AT),
                n -> Map.of("gsi1pk", "TO#" + n.recipient(), "gsi1sk", n.createdAt() + "#" + n.id()),
                n -> Map.of(EXPIRES_AT, retention.dueAt(n.createdAt(), zone).getEpochSecond()));
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
    public Page<Notice> mailbox(String recipient, int limit, String cursor) {
        return collection.page(BY_RECIPIENT, "TO#" + recipient, false, limit, cursor);
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
