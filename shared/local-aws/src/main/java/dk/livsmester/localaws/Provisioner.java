package dk.livsmester.localaws;

import dk.livsmester.localaws.CfnTemplate.QueueSpec;
import dk.livsmester.localaws.CfnTemplate.TableSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AlreadyExistsException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.GetQueueAttributesRequest;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Creates the template's tables and queues, idempotently, and resolves the functions' environment against them.
 * Names are the logical ids, so a table is {@code ApplicationsTable} locally and a generated name in AWS. Against an
 * emulator that has Cognito and SES (moto) it also creates the template's user pools, their clients and groups, and
 * verifies the senders the functions are configured with.
 */
public final class Provisioner {
    private static final Logger LOG = LoggerFactory.getLogger(Provisioner.class);

    /** The region and account the local resources pretend to be in (the region the local clients use). */
    public static final String REGION = "eu-west-1";
    public static final String ACCOUNT_ID = "000000000000";

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

        /** As {@link #resolve(Map)}, also knowing {@code more} (parameters, pseudo parameters, user pools). */
        public Map<String, String> resolve(Map<String, Object> environment, Map<String, String> more) {
            return resolveAll(environment, more).values();
        }

        /**
         * Resolves every variable as CloudFormation would against the local resources: literals; {@code !Ref} of a
         * table (its name), a queue (its URL), a parameter (from {@code parameters}) or a pseudo parameter;
         * {@code !GetAtt} of a queue's {@code Arn} or {@code QueueName} or a table's {@code Arn}; {@code !Sub} made of
         * those. A variable whose value needs anything else is listed in {@link Resolved#unresolved()}.
         */
        public Resolved resolveAll(Map<String, Object> environment, Map<String, String> parameters) {
            Map<String, String> out = new LinkedHashMap<>();
            Set<String> unresolved = new LinkedHashSet<>();
            environment.forEach((k, v) -> value(v, parameters).ifPresentOrElse(r -> out.put(k, r), () -> unresolved.add(k)));
            return new Resolved(out, unresolved);
        }

        /** One template value resolved ({@link IntrinsicResolver}), or empty when nothing local can give it. */
        public Optional<String> value(Object v, Map<String, String> parameters) {
            return new IntrinsicResolver(new IntrinsicResolver.Lookup() {
                @Override
                public Optional<String> ref(String id) {
                    return Resources.this.ref(id, parameters);
                }

                @Override
                public Optional<String> getAtt(String id, String attribute) {
                    return Resources.this.getAtt(id, attribute);
                }
            }).value(v);
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
    }

    /** The user pools created, by logical id: pool ids, and the app clients' ids by the clients' logical ids. */
    public record UserPools(Map<String, String> poolIds, Map<String, String> clientIds) {
        /** As !Ref resolves them: a user pool's id, a client's id. */
        public Map<String, String> refs() {
            Map<String, String> out = new HashMap<>(poolIds);
            out.putAll(clientIds);
            return out;
        }
    }

    private Provisioner() {
    }

    public static Resources provision(CfnTemplate template, DynamoDbClient dynamo, SqsClient sqs) {
        Map<String, String> tables = new LinkedHashMap<>();
        for (TableSpec t : template.tables()) {
            TableProvisioner.create(dynamo, t);
            tables.put(t.logicalId(), t.logicalId());
        }
        Map<String, String> urls = new LinkedHashMap<>();
        Map<String, String> arns = new HashMap<>();
        List<QueueSpec> queues = new ArrayList<>(template.queues());
        // Dead-letter queues first: a source queue's redrive policy needs its DLQ's ARN.
        Set<String> targets = new HashSet<>();
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

    /**
     * Creates the buckets the functions' S3 events name, idempotently, each under its {@code BucketName} resolved
     * with {@code refs} (parameters and pseudo parameters), so the functions' configuration, resolved the same way,
     * names the same bucket. Returns the names by logical id.
     */
    public static Map<String, String> provisionBuckets(CfnTemplate template, Resources resources, Map<String, String> refs,
                                                       S3Client s3) {
        Map<String, String> names = new LinkedHashMap<>();
        for (CfnTemplate.S3Source source : template.s3Sources()) {
            CfnTemplate.BucketSpec spec = template.bucket(source.bucketLogicalId());
            String name = spec.bucketName() == null ? spec.logicalId().toLowerCase(java.util.Locale.ROOT)
                    : resources.value(spec.bucketName(), refs).orElseThrow(() -> new IllegalStateException(
                            spec.logicalId() + "'s BucketName does not resolve locally"));
            try {
                s3.createBucket(b -> b.bucket(name));
            } catch (BucketAlreadyOwnedByYouException | BucketAlreadyExistsException alreadyThere) {
                // Idempotent: the data folder keeps the bucket between runs.
            }
            names.put(spec.logicalId(), name);
        }
        LOG.info("provisioned buckets={}", names.keySet());
        return names;
    }

    /**
     * The template's parameter values as a deployment would have them: the overrides (as {@code sam deploy
     * --parameter-overrides}), else the defaults. Like CloudFormation, refuses a parameter without either, a value that
     * does not match its AllowedPattern, and an override the template does not declare.
     */
    public static Map<String, String> parameterValues(CfnTemplate template, Map<String, String> overrides) {
        Map<String, String> out = template.parameterValues(overrides);
        for (CfnTemplate.ParameterSpec p : template.parameterSpecs()) {
            String value = out.get(p.name());
            if (value == null) {
                throw new IllegalArgumentException("Parameter " + p.name() + " has no default: give it a value");
            }
            if (p.allowedPattern() != null && !value.matches(p.allowedPattern())) {
                throw new IllegalArgumentException("Parameter " + p.name() + " does not match " + p.allowedPattern());
            }
        }
        for (String name : overrides.keySet()) {
            if (!template.parameters().containsKey(name)) {
                throw new IllegalArgumentException("The template declares no parameter " + name);
            }
        }
        return out;
    }

    /**
     * Creates the template's user pools, app clients and groups, idempotently ({@link UserPoolProvisioner}).
     */
    public static UserPools provisionUserPools(CfnTemplate template, Map<String, String> refs,
                                               CognitoIdentityProviderClient cognito) {
        return UserPoolProvisioner.provision(template, refs, cognito);
    }

    /**
     * Verifies the sender addresses in SES (an e-mail identity each). In AWS a new identity stays pending until the
     * link in SES's mail is followed; an emulator verifies it at once.
     */
    public static void verifySenders(Collection<String> addresses, SesV2Client ses) {
        for (String address : addresses) {
            try {
                ses.createEmailIdentity(b -> b.emailIdentity(address));
            } catch (AlreadyExistsException alreadyThere) {
                // Idempotent.
            }
        }
        LOG.info("verified senders count={}", addresses.size());
    }


}
