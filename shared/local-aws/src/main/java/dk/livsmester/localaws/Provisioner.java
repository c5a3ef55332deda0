package dk.livsmester.localaws;

import dk.livsmester.localaws.CfnTemplate.QueueSpec;
import dk.livsmester.localaws.CfnTemplate.TableSpec;
import dk.livsmester.localaws.CfnTemplate.Intrinsic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupExistsException;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PasswordPolicyType;
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
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.AlreadyExistsException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.GetQueueAttributesRequest;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.util.ArrayList;
import java.util.Collection;
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
 * Names are the logical ids, so a table is {@code ApplicationsTable} locally and a generated name in AWS. Against an
 * emulator that has Cognito and SES (moto) it also creates the template's user pools, their clients and groups, and
 * verifies the senders the functions are configured with.
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
     * Creates the template's user pools, app clients and groups, idempotently (a pool or client of the same name is
     * reused). Only the properties the template uses are mapped; any other property fails here rather than being
     * silently left out, so the emulated pool never drifts from the declared one unnoticed.
     */
    public static UserPools provisionUserPools(CfnTemplate template, Map<String, String> refs,
                                               CognitoIdentityProviderClient cognito) {
        Map<String, String> pools = new LinkedHashMap<>();
        for (CfnTemplate.ResourceSpec r : template.resourceSpecs("AWS::Cognito::UserPool")) {
            pools.put(r.logicalId(), createUserPool(cognito, r, refs));
        }
        Map<String, String> all = new HashMap<>(refs);
        all.putAll(pools);
        Map<String, String> clients = new LinkedHashMap<>();
        for (CfnTemplate.ResourceSpec r : template.resourceSpecs("AWS::Cognito::UserPoolClient")) {
            clients.put(r.logicalId(), createClient(cognito, r, all));
        }
        List<String> groups = new ArrayList<>();
        for (CfnTemplate.ResourceSpec r : template.resourceSpecs("AWS::Cognito::UserPoolGroup")) {
            groups.add(createGroup(cognito, r, all));
        }
        for (CfnTemplate.ResourceSpec r : template.resourceSpecs("AWS::Cognito::UserPoolDomain")) {
            createDomain(cognito, r, all);
        }
        for (CfnTemplate.ResourceSpec r : template.resourceSpecs("AWS::Cognito::UserPoolIdentityProvider")) {
            if (template.holds(r.condition(), all)) {
                createIdentityProvider(cognito, r, all);
            }
        }
        // The managed login's look (AWS::Cognito::ManagedLoginBranding) has no part in what the functions see: an
        // emulator's pool has no managed login pages, so it is not provisioned (docs/architecture.md, moto mode).
        LOG.info("provisioned userPools={} clients={} groups={}", pools.keySet(), clients.keySet(), groups);
        return new UserPools(pools, clients);
    }

    private static String createUserPool(CognitoIdentityProviderClient cognito, CfnTemplate.ResourceSpec r,
                                         Map<String, String> refs) {
        Map<String, Object> p = r.properties();
        only(r, p, Set.of("UserPoolName", "UserPoolTier", "AdminCreateUserConfig", "UsernameAttributes", "MfaConfiguration",
                "Policies", "UserPoolTags"));
        String name = required(r, "UserPoolName", p.get("UserPoolName"), refs);
        var existing = cognito.listUserPools(b -> b.maxResults(60)).userPools().stream()
                .filter(u -> u.name().equals(name)).findFirst();
        if (existing.isPresent()) {
            return existing.get().id();
        }
        CreateUserPoolRequest.Builder req = CreateUserPoolRequest.builder().poolName(name);
        if (p.containsKey("UserPoolTier")) {
            req.userPoolTier(CfnTemplate.str(p.get("UserPoolTier")));
        }
        if (p.containsKey("UserPoolTags")) {
            Map<String, String> tags = new LinkedHashMap<>();
            CfnTemplate.map(p.get("UserPoolTags")).forEach((k, v) -> tags.put(k, required(r, "UserPoolTags." + k, v, refs)));
            req.userPoolTags(tags);
        }
        Map<String, Object> admin = CfnTemplate.map(p.get("AdminCreateUserConfig"));
        only(r, admin, Set.of("AllowAdminCreateUserOnly"));
        if (admin.containsKey("AllowAdminCreateUserOnly")) {
            req.adminCreateUserConfig(a -> a.allowAdminCreateUserOnly(bool(admin.get("AllowAdminCreateUserOnly"))));
        }
        if (p.containsKey("UsernameAttributes")) {
            req.usernameAttributesWithStrings(strings(p.get("UsernameAttributes")));
        }
        if (p.containsKey("MfaConfiguration")) {
            req.mfaConfiguration(CfnTemplate.str(p.get("MfaConfiguration")));
        }
        Map<String, Object> policy = CfnTemplate.map(CfnTemplate.map(p.get("Policies")).get("PasswordPolicy"));
        only(r, CfnTemplate.map(p.get("Policies")), Set.of("PasswordPolicy"));
        only(r, policy, Set.of("MinimumLength", "RequireLowercase", "RequireUppercase", "RequireNumbers",
                "RequireSymbols", "TemporaryPasswordValidityDays"));
        if (!policy.isEmpty()) {
            PasswordPolicyType.Builder pp = PasswordPolicyType.builder();
            if (policy.containsKey("MinimumLength")) {
                pp.minimumLength(Integer.parseInt(CfnTemplate.str(policy.get("MinimumLength"))));
            }
            if (policy.containsKey("RequireLowercase")) {
                pp.requireLowercase(bool(policy.get("RequireLowercase")));
            }
            if (policy.containsKey("RequireUppercase")) {
                pp.requireUppercase(bool(policy.get("RequireUppercase")));
            }
            if (policy.containsKey("RequireNumbers")) {
                pp.requireNumbers(bool(policy.get("RequireNumbers")));
            }
            if (policy.containsKey("RequireSymbols")) {
                pp.requireSymbols(bool(policy.get("RequireSymbols")));
            }
            if (policy.containsKey("TemporaryPasswordValidityDays")) {
                pp.temporaryPasswordValidityDays(Integer.parseInt(CfnTemplate.str(policy.get("TemporaryPasswordValidityDays"))));
            }
            req.policies(u -> u.passwordPolicy(pp.build()));
        }
        return cognito.createUserPool(req.build()).userPool().id();
    }

    private static String createClient(CognitoIdentityProviderClient cognito, CfnTemplate.ResourceSpec r,
                                       Map<String, String> refs) {
        Map<String, Object> p = r.properties();
        only(r, p, Set.of("UserPoolId", "ClientName", "GenerateSecret", "ExplicitAuthFlows"));
        String poolId = required(r, "UserPoolId", p.get("UserPoolId"), refs);
        // CloudFormation names a client without a ClientName itself; the logical id is as good a name here.
        String name = p.containsKey("ClientName") ? required(r, "ClientName", p.get("ClientName"), refs) : r.logicalId();
        var existing = cognito.listUserPoolClients(b -> b.userPoolId(poolId).maxResults(60)).userPoolClients().stream()
                .filter(c -> c.clientName().equals(name)).findFirst();
        if (existing.isPresent()) {
            return existing.get().clientId();
        }
        return cognito.createUserPoolClient(b -> {
            b.userPoolId(poolId).clientName(name).generateSecret(bool(p.get("GenerateSecret")));
            if (p.containsKey("ExplicitAuthFlows")) {
                b.explicitAuthFlowsWithStrings(strings(p.get("ExplicitAuthFlows")));
            }
        }).userPoolClient().clientId();
    }

    private static void createDomain(CognitoIdentityProviderClient cognito, CfnTemplate.ResourceSpec r,
                                     Map<String, String> refs) {
        Map<String, Object> p = r.properties();
        only(r, p, Set.of("UserPoolId", "Domain", "ManagedLoginVersion"));
        String poolId = required(r, "UserPoolId", p.get("UserPoolId"), refs);
        String domain = required(r, "Domain", p.get("Domain"), refs);
        if (cognito.describeUserPoolDomain(b -> b.domain(domain)).domainDescription().userPoolId() != null) {
            return;
        }
        cognito.createUserPoolDomain(b -> {
            b.userPoolId(poolId).domain(domain);
            if (p.containsKey("ManagedLoginVersion")) {
                b.managedLoginVersion(Integer.parseInt(CfnTemplate.str(p.get("ManagedLoginVersion"))));
            }
        });
    }

    private static void createIdentityProvider(CognitoIdentityProviderClient cognito, CfnTemplate.ResourceSpec r,
                                               Map<String, String> refs) {
        Map<String, Object> p = r.properties();
        only(r, p, Set.of("UserPoolId", "ProviderName", "ProviderType", "ProviderDetails", "AttributeMapping"));
        String poolId = required(r, "UserPoolId", p.get("UserPoolId"), refs);
        Map<String, String> details = new LinkedHashMap<>();
        CfnTemplate.map(p.get("ProviderDetails")).forEach((k, v) -> details.put(k, required(r, "ProviderDetails." + k, v, refs)));
        Map<String, String> mapping = new LinkedHashMap<>();
        CfnTemplate.map(p.get("AttributeMapping")).forEach((k, v) -> mapping.put(k, required(r, "AttributeMapping." + k, v, refs)));
        cognito.createIdentityProvider(b -> b.userPoolId(poolId).providerName(required(r, "ProviderName", p.get("ProviderName"), refs))
                .providerType(required(r, "ProviderType", p.get("ProviderType"), refs))
                .providerDetails(details).attributeMapping(mapping));
    }

    private static String createGroup(CognitoIdentityProviderClient cognito, CfnTemplate.ResourceSpec r,
                                      Map<String, String> refs) {
        Map<String, Object> p = r.properties();
        only(r, p, Set.of("UserPoolId", "GroupName", "Description", "Precedence"));
        String poolId = required(r, "UserPoolId", p.get("UserPoolId"), refs);
        String name = required(r, "GroupName", p.get("GroupName"), refs);
        try {
            cognito.createGroup(b -> {
                b.userPoolId(poolId).groupName(name);
                if (p.containsKey("Description")) {
                    b.description(CfnTemplate.str(p.get("Description")));
                }
                if (p.containsKey("Precedence")) {
                    b.precedence(Integer.parseInt(CfnTemplate.str(p.get("Precedence"))));
                }
            });
        } catch (GroupExistsException alreadyThere) {
            // Idempotent, like the tables and queues.
        }
        return name;
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

    private static void only(CfnTemplate.ResourceSpec r, Map<String, Object> properties, Set<String> mapped) {
        for (String key : properties.keySet()) {
            if (!mapped.contains(key)) {
                throw new IllegalStateException(r.logicalId() + "." + key + " is not provisioned locally yet: map it in "
                        + "Provisioner so the emulated resource matches the template");
            }
        }
    }

    private static String required(CfnTemplate.ResourceSpec r, String property, Object value, Map<String, String> refs) {
        String resolved = CfnTemplate.resolve(value, refs);
        if (resolved == null) {
            throw new IllegalStateException(r.logicalId() + "." + property + " cannot be resolved locally: " + value);
        }
        return resolved;
    }

    private static boolean bool(Object o) {
        return o != null && Boolean.parseBoolean(CfnTemplate.str(o));
    }

    private static List<String> strings(Object o) {
        return CfnTemplate.list(o).stream().map(CfnTemplate::str).toList();
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
