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
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates the template's tables and queues, idempotently, and resolves the functions' environment against them.
 * Names are the logical ids, so a table is {@code ApplicationsTable} locally and a generated name in AWS.
 */
public final class Provisioner {
    private static final Logger LOG = LoggerFactory.getLogger(Provisioner.class);

    /** The region and account the local resources pretend to be in (the region the local clients use). */
    public static final String REGION = "eu-west-1";
    public static final String ACCOUNT_ID = "000000000000";
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]+)}");

    /** What was created: table names and queue URLs and ARNs, by logical id. */
    public record Resources(Map<String, String> tableNames, Map<String, String> queueUrls, Map<String, String> queueArns) {

        /**
         * An environment resolved: the variables with a local value, and the names of those without one (they point
         * at something only AWS has, such as the Cognito user pool, or at a parameter without a value).
         */
        public record Resolved(Map<String, String> values, Set<String> unresolved) {
        }

        /** Resolves !Ref of a table (its name) or a queue (its URL) and literals; anything else (AWS-only) is left out. */
        public Map<String, String> resolve(Map<String, Object> environment) {
            return resolveAll(environment, Map.of()).values();
        }

        /**
         * Resolves every variable as CloudFormation would against the local resources: literals; {@code !Ref} of a
         * table (its name), a queue (its URL), a parameter (from {@code parameters}) or a pseudo parameter;
         * {@code !GetAtt} of a queue's {@code Arn} or {@code QueueName} or a table's {@code Arn}; {@code !Sub} made of
         * those. A variable whose value needs anything else is listed in {@link Resolved#unresolved()}.
         */
        public Resolved resolveAll(Map<String, Object> environment, Map<String, String> parameters) {
            Map<String, String> out = new LinkedHashMap<>();
            Set<String> unresolved = new java.util.LinkedHashSet<>();
            environment.forEach((k, v) -> value(v, parameters).ifPresentOrElse(r -> out.put(k, r), () -> unresolved.add(k)));
            return new Resolved(out, unresolved);
        }

        /** One template value resolved, or empty when nothing local can give it. */
        public Optional<String> value(Object v, Map<String, String> parameters) {
            if (v == null) {
                return Optional.empty();
            }
            if (!(v instanceof Intrinsic i)) {
                return Optional.of(String.valueOf(v));
            }
            return switch (i.function()) {
                case "Ref" -> ref(String.valueOf(i.argument()), parameters);
                case "GetAtt" -> {
                    String s = String.valueOf(i.argument());
                    int dot = s.indexOf('.');
                    yield dot < 0 ? Optional.empty() : getAtt(s.substring(0, dot), s.substring(dot + 1));
                }
                case "Sub" -> sub(i.argument(), parameters);
                default -> Optional.empty();
            };
        }

        private Optional<String> ref(String id, Map<String, String> parameters) {
            if (tableNames.containsKey(id)) {
                return Optional.of(tableNames.get(id));
            }
            if (queueUrls.containsKey(id)) {
                return Optional.of(queueUrls.get(id));
            }
            if (parameters.containsKey(id)) {
                return Optional.ofNullable(parameters.get(id));
            }
            return Optional.ofNullable(switch (id) {
                case "AWS::Region" -> REGION;
                case "AWS::AccountId" -> ACCOUNT_ID;
                case "AWS::Partition" -> "aws";
                case "AWS::URLSuffix" -> "amazonaws.com";
                default -> null;
            });
        }

        private Optional<String> getAtt(String id, String attribute) {
            if (queueUrls.containsKey(id)) {
                String url = queueUrls.get(id);
                return switch (attribute) {
                    case "Arn" -> Optional.ofNullable(queueArns.get(id));
                    case "QueueName" -> Optional.of(url.substring(url.lastIndexOf('/') + 1));
                    case "QueueUrl" -> Optional.of(url);
                    default -> Optional.empty();
                };
            }
            if (tableNames.containsKey(id) && attribute.equals("Arn")) {
                return Optional.of("arn:aws:dynamodb:" + REGION + ":" + ACCOUNT_ID + ":table/" + tableNames.get(id));
            }
            return Optional.empty();
        }

        private Optional<String> sub(Object argument, Map<String, String> parameters) {
            String template;
            Map<String, Object> variables = Map.of();
            if (argument instanceof List<?> l && l.size() == 2) {
                template = String.valueOf(l.get(0));
                variables = CfnTemplate.map(l.get(1));
            } else {
                template = String.valueOf(argument);
            }
            Matcher m = SUB_VARIABLE.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                Optional<String> value;
                if (name.startsWith("!")) {
                    value = Optional.of("${" + name.substring(1) + "}");
                } else if (variables.containsKey(name)) {
                    value = value(variables.get(name), parameters);
                } else if (name.contains(".")) {
                    value = getAtt(name.substring(0, name.indexOf('.')), name.substring(name.indexOf('.') + 1));
                } else {
                    value = ref(name, parameters);
                }
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                m.appendReplacement(out, Matcher.quoteReplacement(value.get()));
            }
            m.appendTail(out);
            return Optional.of(out.toString());
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
