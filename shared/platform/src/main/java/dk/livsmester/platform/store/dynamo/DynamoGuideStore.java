package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideStatus;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.store.GuideStore;
import jakarta.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * GuidesTable, {@code GUIDE#<id>} / {@code META}: the profile and path in the body; {@code status}, {@code version},
 * {@code capacity}, {@code activeMatches} and {@code totalMatches} top-level, where the match store's conditional
 * updates change the load. GSI byKind {@code GUIDE}, by name.
 */
@Singleton
public class DynamoGuideStore extends DynamoAggregateStore<Guide> implements GuideStore {
    static final ItemCodec<Guide> CODEC = new ItemCodec<>(Guide.class, "GUIDE", "GUIDE",
            List.of("status", "version", "capacity", "activeMatches", "totalMatches"),
            g -> Map.of("gsi1pk", "GUIDE", "gsi1sk", g.name().toLowerCase(Locale.ROOT) + "#" + g.id()));
    static final DynamoCollection.Index BY_KIND = new DynamoCollection.Index("byKind", "gsi1pk");

    private final Transactions tx;

    public DynamoGuideStore(DynamoDbEnhancedClient client, TablesConfig tables, Transactions tx) {
        super(new DynamoCollection<>(client, tables.getGuides(), CODEC, "guide"));
        this.tx = tx;
    }

    @Override
    public void create(Guide guide) {
        tx.begin("register guide").step("guide new", collection.putNew(guide), () -> new StaleStateException("guide")).commit();
    }

    @Override
    public void update(Guide before, Guide after) {
        tx.begin("update guide").step("guide unchanged", collection.replace(before, after),
                () -> new StaleStateException("guide")).commit();
    }

    @Override
    public List<Guide> all() {
        return collection.all(BY_KIND, "GUIDE");
    }

    /** One more active match (and one more for rotation), only below capacity and while the guide is active. */
    TransactWriteItem takePlace(String guideId) {
        return collection.update(guideId,
                "SET activeMatches = activeMatches + :one, totalMatches = totalMatches + :one, #v = #v + :one",
                "activeMatches < #cap AND #s = :active", Map.of("#v", "version", "#s", "status", "#cap", "capacity"),
                Map.of(":one", Attributes.n(1), ":active", Attributes.s(GuideStatus.ACTIVE.name())));
    }

    /**
     * One active match less, never below zero. A decline also takes the match back from the rotation count: it was
     * never a real match.
     */
    TransactWriteItem releasePlace(String guideId, boolean declined) {
        return declined
                ? collection.update(guideId,
                "SET activeMatches = activeMatches - :one, totalMatches = totalMatches - :one, #v = #v + :one",
                "activeMatches > :zero AND totalMatches > :zero", Map.of("#v", "version"),
                Map.of(":one", Attributes.n(1), ":zero", Attributes.n(0)))
                : collection.update(guideId, "SET activeMatches = activeMatches - :one, #v = #v + :one", "activeMatches > :zero",
                Map.of("#v", "version"), Map.of(":one", Attributes.n(1), ":zero", Attributes.n(0)));
    }
}
