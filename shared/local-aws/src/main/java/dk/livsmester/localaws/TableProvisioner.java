package dk.livsmester.localaws;

import dk.livsmester.localaws.CfnTemplate.TableSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A template table on DynamoDB Local or an emulator, created idempotently, with any index the template gained. */
final class TableProvisioner {
    private static final Logger LOG = LoggerFactory.getLogger(TableProvisioner.class);

    private TableProvisioner() {
    }

    static void create(DynamoDbClient dynamo, TableSpec t) {
        List<AttributeDefinition> attrs = t.attributes().stream()
                .map(a -> AttributeDefinition.builder().attributeName(a.name()).attributeType(a.type()).build()).toList();
        List<GlobalSecondaryIndex> gsis = t.indexes().stream().map(i -> GlobalSecondaryIndex.builder()
                .indexName(i.name())
                .keySchema(keys(i.hashKey(), i.rangeKey()))
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build())
                .build()).toList();
        CreateTableRequest.Builder req = CreateTableRequest.builder()
                .tableName(t.logicalId())
                .attributeDefinitions(attrs)
                .keySchema(keys(t.hashKey(), t.rangeKey()))
                .billingMode(BillingMode.PAY_PER_REQUEST);
        if (!gsis.isEmpty()) {
            req.globalSecondaryIndexes(gsis);
        }
        try {
            dynamo.createTable(req.build());
        } catch (ResourceInUseException alreadyThere) {
            // Idempotent start: the table survives from the previous run; add any index the template gained since.
            addMissingIndexes(dynamo, t, attrs);
        }
    }

    private static void addMissingIndexes(DynamoDbClient dynamo, TableSpec t, List<AttributeDefinition> attrs) {
        Set<String> existing = new HashSet<>();
        var described = dynamo.describeTable(b -> b.tableName(t.logicalId())).table();
        if (described.globalSecondaryIndexes() != null) {
            described.globalSecondaryIndexes().forEach(g -> existing.add(g.indexName()));
        }
        for (var i : t.indexes()) {
            if (existing.contains(i.name())) {
                continue;
            }
            dynamo.updateTable(b -> b.tableName(t.logicalId()).attributeDefinitions(attrs)
                    .globalSecondaryIndexUpdates(u -> u.create(c -> c.indexName(i.name())
                            .keySchema(keys(i.hashKey(), i.rangeKey()))
                            .projection(Projection.builder().projectionType(ProjectionType.ALL).build()))));
            LOG.info("index added table={} index={}", t.logicalId(), i.name());
        }
    }

    private static List<KeySchemaElement> keys(String hash, String range) {
        List<KeySchemaElement> out = new ArrayList<>();
        out.add(KeySchemaElement.builder().attributeName(hash).keyType(KeyType.HASH).build());
        if (range != null) {
            out.add(KeySchemaElement.builder().attributeName(range).keyType(KeyType.RANGE).build());
        }
        return out;
    }
}
