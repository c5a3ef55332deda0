package dk.livsmester.platform.store.dynamo;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.support.SupportRelation;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.store.SupportRelationStore;
import jakarta.inject.Singleton;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;

import java.util.List;
import java.util.Map;

/**
 * SupportTable, {@code SUPPORT#<contact>~<citizen>} / {@code META}: one item per pair, {@code status} and
 * {@code version} top-level. GSI byContact ({@code CONTACT#<subject>}) and GSI byCitizen ({@code CITIZEN#<subject>}),
 * oldest first. Holds sign-in subjects and display names only: no CPR number.
 */
@Singleton
public class DynamoSupportRelationStore extends DynamoAggregateStore<SupportRelation> implements SupportRelationStore {
    static final ItemCodec<SupportRelation> CODEC = new ItemCodec<>(SupportRelation.class, "SUPPORT", "SUPPORT",
            List.of("status", "version"), r -> Map.of(
            "gsi1pk", "CONTACT#" + r.contactSubject(), "gsi1sk", r.registeredAt() + "#" + r.id(),
            "gsi2pk", "CITIZEN#" + r.citizenSubject(), "gsi2sk", r.registeredAt() + "#" + r.id()));
    static final DynamoCollection.Index BY_CONTACT = new DynamoCollection.Index("byContact", "gsi1pk");
    static final DynamoCollection.Index BY_CITIZEN = new DynamoCollection.Index("byCitizen", "gsi2pk");

    private final Transactions tx;

    public DynamoSupportRelationStore(DynamoDbEnhancedClient client, TablesConfig tables, Transactions tx) {
        super(new DynamoCollection<>(client, tables.getSupport(), CODEC, "support relation"));
        this.tx = tx;
    }

    @Override
    public void register(SupportRelation relation) {
        tx.begin("register support").step("relation new", collection.putNew(relation), SupportRelation::alreadyLinked)
                .commit();
    }

    @Override
    public void save(SupportRelation before, SupportRelation after) {
        tx.begin("change support").step("relation unchanged", collection.replace(before, after),
                () -> new StaleStateException("support relation")).commit();
    }

    @Override
    public List<SupportRelation> ofContact(String contactSubject) {
        return collection.all(BY_CONTACT, "CONTACT#" + contactSubject);
    }

    @Override
    public List<SupportRelation> ofCitizen(String citizenSubject) {
        return collection.all(BY_CITIZEN, "CITIZEN#" + citizenSubject);
    }
}
