package dk.livsmester.localaws;

import dk.livsmester.localaws.CfnTemplate.Intrinsic;
import dk.livsmester.localaws.CfnTemplate.QueueSpec;
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
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.GetQueueAttributesRequest;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creates the template's tables and queues, idempotently, and resolves the functions' environment against them.
 * Names are the logical ids, so a table is {@code ApplicationsTable} locally and a generated name in AWS.
 */
public final class Provisioner {
    private static final Logger LOG = LoggerFactory.getLogger(Provisioner.class);

    /** What was created: table names and queue URLs and ARNs, by logical id. */
    public record Resources(Map<String, String> tableNames, Map<String, String> queueUrls, Map<String, String> queueArns) {

        /** Resolves !Ref of a table (its name) or a queue (its URL); anything else (AWS-only) is left out. */
        public Map<String, String> resolve(Map<String, Object> environment) {
            Map<String, String> out = new LinkedHashMap<>();
            environment.forEach((k, v) -> {
                if (v instanceof Intrinsic i && i.function().equals("Ref")) {
                    String id = i.logicalId();
                    if (tableNames.containsKey(id)) {
                        out.put(k, tableNames.get(id));
                    } else if (queueUrls.containsKey(id)) {
                        out.put(k, queueUrls.get(id));
                    }
                } else if (!(v instanceof Intrinsic) && v != null) {
                    out.put(k, String.valueOf(v));
                }
            });
            return out;
        }
    }

    private Provisioner() {
    }

    public static Resources provision(CfnTemplate template, DynamoDbClient dynamo, SqsClient sqs) {
        Map<String, String> tables = new LinkedHashMap<>();
        for (TableSpec t : template.tables()) {
            createTable(dynamo, t);
            tables.put(t.logicalId(), t.logicalId());
        }
        Map<String, String> urls = new LinkedHashMap<>();
        Map<String, String> arns = new HashMap<>();
        List<QueueSpec> queues = new ArrayList<>(template.queues());
        // Dead-letter queues first: a source queue's redrive policy needs its DLQ's ARN.
        Set<String> targets = new java.util.HashSet<>();
        queues.forEach(q -> {
            if (q.deadLetterTarget() != null) {
                targets.add(q.deadLetterTarget());
            }
        });
        queues.sort((a, b) -> Boolean.compare(!targets.contains(a.logicalId()), !targets.contains(b.logicalId())));
        for (QueueSpec q : queues) {
            Map<QueueAttributeName, String> attrs = new HashMap<>();
            attrs.put(QueueAttributeName.VISIBILITY_TIMEOUT, String.valueOf(q.visibilityTimeout()));
            if (q.deadLetterTarget() != null) {
                attrs.put(QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + arns.get(q.deadLetterTarget())
                        + "\",\"maxReceiveCount\":\"" + q.maxReceiveCount() + "\"}");
            }
            String name = q.logicalId() + (q.fifo() ? ".fifo" : "");
            if (q.fifo()) {
                attrs.put(QueueAttributeName.FIFO_QUEUE, "true");
            }
            String url = sqs.createQueue(b -> b.queueName(name).attributes(attrs)).queueUrl();
            String arn = sqs.getQueueAttributes(GetQueueAttributesRequest.builder().queueUrl(url)
                    .attributeNames(QueueAttributeName.QUEUE_ARN).build()).attributes().get(QueueAttributeName.QUEUE_ARN);
            urls.put(q.logicalId(), url);
            arns.put(q.logicalId(), arn);
        }
        LOG.info("provisioned tables={} queues={}", tables.keySet(), urls.keySet());
        return new Resources(tables, urls, arns);
    }

    private static void createTable(DynamoDbClient dynamo, TableSpec t) {
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
        java.util.Set<String> existing = new java.util.HashSet<>();
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
