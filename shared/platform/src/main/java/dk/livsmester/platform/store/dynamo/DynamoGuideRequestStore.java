package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.guides.AlreadyAskedAgainException;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.SharingConsent;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.events.OutboxEvent;
import dk.livsmester.platform.store.GuideRequestStore;
import dk.livsmester.platform.store.Page;
import jakarta.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.List;
import java.util.Map;

/**
 * GuidesTable, {@code REQUEST#<id>} / {@code META}: the request (with its round) in the body, {@code status} and
 * {@code version} top-level. GSI byKind {@code REQUEST#<status>}, oldest first; GSI byPerson {@code PERSON#<subject>}:
 * the citizen it is for, or who made it when it is for no known citizen.
 */
@Singleton
public class DynamoGuideRequestStore extends DynamoAggregateStore<GuideRequest> implements GuideRequestStore {
    static final ItemCodec<GuideRequest> CODEC = new ItemCodec<>(GuideRequest.class, "REQUEST", "REQUEST",
            List.of("status", "version"),
            q -> Map.of("gsi1pk", "REQUEST#" + q.status().name(), "gsi1sk", q.createdAt() + "#" + q.id(),
                    "gsi2pk", "PERSON#" + person(q), "gsi2sk", q.createdAt() + "#" + q.id()));
    static final DynamoCollection.Index BY_PERSON = new DynamoCollection.Index("byPerson", "gsi2pk");

    private final Transactions tx;
    private final EventOutbox outbox;

    public DynamoGuideRequestStore(DynamoDbEnhancedClient client, TablesConfig tables, Transactions tx, EventOutbox outbox) {
        super(new DynamoCollection<>(client, tables.getGuides(), CODEC, "guide request"));
        this.tx = tx;
        this.outbox = outbox;
    }

    @Override
    public void create(GuideRequest request, List<OutboxEvent> events) {
        outbox.commit(tx.begin("open guide request").step("request new", collection.putNew(request),
                () -> new StaleStateException("guide request")), events);
    }

    private static String person(GuideRequest q) {
        return q.citizenSubject() != null ? q.citizenSubject() : q.createdBy();
    }

    @Override
    public List<GuideRequest> byPerson(String subject) {
        return collection.all(BY_PERSON, "PERSON#" + subject);
    }

    @Override
    public Page<GuideRequest> byStatus(GuideRequestStatus status, int limit, String cursor) {
        return collection.page(DynamoGuideStore.BY_KIND, "REQUEST#" + status.name(), true, limit, cursor);
    }

    @Override
    public List<GuideRequest> all(GuideRequestStatus status) {
        return collection.all(DynamoGuideStore.BY_KIND, "REQUEST#" + status.name());
    }

    @Override
    public long count(GuideRequestStatus status) {
        return collection.count(DynamoGuideStore.BY_KIND, "REQUEST#" + status.name());
    }

    @Override
    public void save(GuideRequest before, GuideRequest after, List<OutboxEvent> events) {
        outbox.commit(tx.begin("move guide request").step("request unchanged", unchanged(before, after),
                () -> new StaleStateException("guide request")), events);
    }

    @Override
    public void askAgain(GuideRequest previousBefore, GuideRequest previousAfter, GuideRequest next,
                         List<OutboxEvent> events) {
        outbox.commit(tx.begin("ask again")
                .step("closed request asked again once", unchanged(previousBefore, previousAfter),
                        () -> new AlreadyAskedAgainException(previousBefore.id(), null))
                .step("request new", collection.putNew(next), () -> new StaleStateException("guide request")), events);
    }

    /** The request's own child items (its sharing choices, {@code SHARING#...}), each deleted as they are now. */
    List<TransactWriteItem> childrenDeleted(String id, String prefix) {
        return collection.childKeys(id, prefix).stream().map(sk -> collection.deleteChild(id, sk)).toList();
    }

    /** The request's sharing choices that were carried from request {@code fromId} when the citizen asked again. */
    List<SharingConsent> sharingCarriedFrom(String id, String fromId) {
        return collection.children(id, DynamoSharingConsentStore.PREFIX, SharingConsent.class).stream()
                .filter(c -> fromId.equals(c.carriedFrom())).toList();
    }

    /** A sharing choice written over as it now reads (only to forget an erased origin: the choice itself stays). */
    TransactWriteItem sharingRewritten(SharingConsent c) {
        return collection.putChildOver(c.requestId(), DynamoSharingConsentStore.sk(c.seq()), "SHARING", c);
    }

    /** The request replaced only if still at the version and status it was read at. */
    TransactWriteItem unchanged(GuideRequest before, GuideRequest after) {
        return collection.replace(before, after);
    }
}
