package dk.livsmester.localaws;

import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The AWS the local runtime and the integration tests stand on, provisioned from template.yaml:
 * {@link Engine#IN_PROCESS} is DynamoDB Local and ElasticMQ in this JVM; {@link Engine#MOTO} is moto as a child
 * process, which also holds the template's user pool and SES. {@link #properties()} is the functions' configuration
 * pointing at them; nothing else about the engine reaches the functions.
 */
public final class LocalAws implements AutoCloseable {
    static final String REGION = "eu-west-1";

    /** Which emulators the resources live in. */
    /** The region the local resources live in (as {@code AWS::Region} in the template's values). */
    public String region() {
        return REGION;
    }

    public enum Engine {
        /** Amazon's DynamoDB Local and ElasticMQ in this JVM: the default, and what the race tests need. */
        IN_PROCESS,
        /** moto_server as a child process: tables, queues, the user pool and SES, for wiring fidelity. */
        MOTO;

        /** From a setting such as LIVSMESTER_LOCAL_AWS: empty or {@code in-process}, or {@code moto}. */
        public static Engine of(String setting) {
            if (setting == null || setting.isBlank() || setting.equalsIgnoreCase("in-process")) {
                return IN_PROCESS;
            }
            if (setting.equalsIgnoreCase("moto")) {
                return MOTO;
            }
            throw new IllegalArgumentException("LIVSMESTER_LOCAL_AWS is in-process (the default) or moto, not " + setting);
        }
    }

    /** What moto mode adds: moto's endpoint, the template's user pool and the app client the API accepts. */
    public record Moto(URI endpoint, String userPoolId, String clientId, Set<String> senders, Path log) {
    }

    private final CfnTemplate template;
    private final List<AutoCloseable> engines;
    private final DynamoDbClient dynamoClient;
    private final SqsClient sqsClient;
    private final CognitoIdentityProviderClient cognitoClient;
    private final Provisioner.Resources resources;
    private Map<String, String> properties;
    private final Moto moto;
    private S3Client s3Client;
    private Map<String, String> bucketNames = Map.of();

    private LocalAws(CfnTemplate template, List<AutoCloseable> engines, DynamoDbClient dynamo, SqsClient sqs,
                     CognitoIdentityProviderClient cognito, Provisioner.Resources resources,
                     Map<String, String> properties, Moto moto) {
        this.template = template;
        this.engines = engines;
        this.dynamoClient = dynamo;
        this.sqsClient = sqs;
        this.cognitoClient = cognito;
        this.resources = resources;
        this.properties = Collections.unmodifiableMap(properties);
        this.moto = moto;
    }

    /** In memory, on free ports: for tests (the S3 store's objects in a fresh temporary folder). */
    public static LocalAws inMemory() {
        CfnTemplate t = CfnTemplate.load(CfnTemplate.locate(Path.of("")));
        Path s3Dir;
        try {
            s3Dir = java.nio.file.Files.createTempDirectory("livsmester-s3");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        useLocalCredentialsIfNoneSet();
        return inProcess(t, LocalDynamo.inMemory(), LocalSqs.start(), LocalS3.start(s3Dir));
    }

    /**
     * Data kept in {@code dataDir} between runs (DynamoDB Local's in dynamodb/, the S3 store's in s3/), queues in
     * memory: for runtimes started inside a test's JVM.
     */
    public static LocalAws persistent(CfnTemplate template, Path dataDir) {
        return persistent(template, dataDir, null);
    }

    /**
     * Data kept in {@code dataDir} and, if {@code queuesDir} is given, the queues' messages in it (one such runtime
     * per JVM: see {@link LocalSqs#kept(Path)}): for the local runtime, whose restart then loses nothing queued.
     */
    public static LocalAws persistent(CfnTemplate template, Path dataDir, Path queuesDir) {
        useLocalCredentialsIfNoneSet();
        LocalDynamo dynamo = LocalDynamo.start(dataDir.resolve("dynamodb"), Ports.free());
        try {
            return inProcess(template, dynamo, queuesDir == null ? LocalSqs.start() : LocalSqs.kept(queuesDir),
                    LocalS3.start(dataDir.resolve("s3")));
        } catch (RuntimeException e) {
            closeQuietly(dynamo);
            throw e;
        }
    }

    private static LocalAws inProcess(CfnTemplate template, LocalDynamo dynamo, LocalSqs sqsServer, LocalS3 s3Server) {
        DynamoDbClient ddb = dynamo.client();
        SqsClient sqs = sqsServer.client();
        S3Client s3 = s3Server.client();
        Provisioner.Resources resources = Provisioner.provision(template, ddb, sqs);
        Map<String, String> props = configuration(resources.resolve(template.globalFunctionEnvironment()));
        props.put("livsmester.aws.dynamodb-endpoint", dynamo.endpoint().toString());
        props.put("livsmester.aws.sqs-endpoint", sqsServer.endpoint().toString());
        props.put("livsmester.aws.region", REGION);
        LocalAws aws = new LocalAws(template, List.of(s3, sqs, ddb, s3Server, sqsServer, dynamo), ddb, sqs, null,
                resources, props, null);
        aws.useBuckets(s3, s3Server.endpoint(), template.parameterValues(Map.of()));
        return aws;
    }

    /**
     * The template's buckets in the S3 store at {@code endpoint}, and their configuration: the endpoint, and each
     * function's bucket variables resolved the way the provisioner named the buckets.
     */
    private void useBuckets(S3Client s3, URI endpoint, Map<String, String> parameters) {
        Map<String, String> refs = new HashMap<>(parameters);
        refs.putIfAbsent("AWS::AccountId", Provisioner.ACCOUNT_ID);
        this.s3Client = s3;
        this.bucketNames = Map.copyOf(Provisioner.provisionBuckets(template, resources, refs, s3));
        Map<String, String> props = new LinkedHashMap<>(properties);
        props.put("livsmester.aws.s3-endpoint", endpoint.toString());
        for (CfnTemplate.FunctionSpec f : template.functions()) {
            Map<String, Object> own = new LinkedHashMap<>(f.environment());
            // The attachments' bucket and the case records' (the ESDH's) are the only per-function bucket settings.
            own.keySet().removeIf(k -> !k.startsWith("LIVSMESTER_ATTACHMENTS_") && !k.startsWith("LIVSMESTER_ESDH_"));
            configuration(resources.resolve(own, refs)).forEach(props::putIfAbsent);
        }
        this.properties = Collections.unmodifiableMap(props);
    }

    /**
     * Starts moto_server and creates in it everything of the template the functions use: tables, queues, the user
     * pool with its client and groups, and an SES identity for each sender the functions are configured with. The
     * functions' configuration is the template's environment resolved against those (the global one and each
     * function's own), with moto's endpoint for every service. Moto keeps its state in memory: every start is fresh.
     *
     * @param parameterOverrides template parameter values, as {@code sam deploy --parameter-overrides} takes them
     */
    public static LocalAws moto(CfnTemplate template, Map<String, String> parameterOverrides, Path logDir) {
        Map<String, String> parameters = Provisioner.parameterValues(template, parameterOverrides);
        useLocalCredentialsIfNoneSet();
        MotoServer server = MotoServer.start(logDir);
        List<AutoCloseable> opened = new ArrayList<>();
        try {
            URI endpoint = server.endpoint();
            DynamoDbClient ddb = Ports.local(DynamoDbClient.builder(), endpoint).build();
            SqsClient sqs = Ports.local(SqsClient.builder(), endpoint).build();
            CognitoIdentityProviderClient cognito = Ports.local(CognitoIdentityProviderClient.builder(), endpoint).build();
            opened.addAll(List.of(cognito, sqs, ddb));
            Provisioner.Resources resources = Provisioner.provision(template, ddb, sqs);

            Map<String, String> refs = new HashMap<>(parameters);
            refs.put("AWS::Region", REGION);
            // The pseudo parameters of a stack; moto's account is its fixed one.
            refs.put("AWS::StackName", "livsmester-local");
            refs.put("AWS::AccountId", "123456789012");
            refs.put("AWS::Partition", "aws");
            Provisioner.UserPools pools = Provisioner.provisionUserPools(template, refs, cognito);
            refs.putAll(pools.refs());

            Map<String, String> env = new LinkedHashMap<>(resources.resolve(template.globalFunctionEnvironment(), refs));
            mergeFunctionEnvironments(template, resources, refs, env);
            Set<String> senders = new LinkedHashSet<>();
            if (env.get("LIVSMESTER_MAIL_FROM") != null) {
                senders.add(env.get("LIVSMESTER_MAIL_FROM"));
            }
            try (SesV2Client ses = Ports.local(SesV2Client.builder(), endpoint).build()) {
                Provisioner.verifySenders(senders, ses);
            }

            Map<String, String> props = configuration(env);
            props.put("livsmester.aws.dynamodb-endpoint", endpoint.toString());
            props.put("livsmester.aws.sqs-endpoint", endpoint.toString());
            props.put("livsmester.aws.region", REGION);
            props.put("livsmester.mail.endpoint", endpoint.toString());
            // moto serves Cognito's paths on its own origin: the template's JWKS URL with moto's host. The issuer
            // stays exactly as the template resolves it, which is what moto writes into its tokens.
            String jwks = env.get("LIVSMESTER_AUTH_JWKS_URL");
            if (jwks == null) {
                throw new IllegalStateException("LIVSMESTER_AUTH_JWKS_URL of the template did not resolve against moto");
            }
            props.put("livsmester.auth.jwks-url", endpoint.resolve(URI.create(jwks).getRawPath()).toString());
            String clientId = apiClientId(template, pools);
            props.put("livsmester.auth.client-id", clientId);
            if (pools.poolIds().size() != 1) {
                throw new IllegalStateException("moto mode expects one user pool in the template, not " + pools.poolIds().keySet());
            }
            Moto moto = new Moto(endpoint, pools.poolIds().values().iterator().next(), clientId, senders, server.log());
            // moto's S3 (it checks no signatures: the presigned URLs' refusals are tested on the in-process store).
            S3Client s3 = Ports.local(S3Client.builder(), endpoint).forcePathStyle(true).build();
            opened.add(0, s3);
            opened.add(server);
            LocalAws aws = new LocalAws(template, opened, ddb, sqs, cognito, resources, props, moto);
            aws.useBuckets(s3, endpoint, refs);
            return aws;
        } catch (RuntimeException e) {
            opened.forEach(LocalAws::closeQuietly);
            server.close();
            throw e;
        }
    }

    /**
     * Each function's own variables on top of the global ones. One JVM has one set of system properties, so two
     * functions that give one variable different values cannot both be honoured: that fails here, loudly. A function
     * that blanks a global variable (the identity functions blank the token settings, which they do not use and which
     * would make them depend on the user pool) leaves it to the others.
     */
    private static void mergeFunctionEnvironments(CfnTemplate template, Provisioner.Resources resources,
                                                  Map<String, String> refs, Map<String, String> env) {
        Map<String, String> setBy = new HashMap<>();
        for (CfnTemplate.FunctionSpec f : template.functions()) {
            resources.resolve(template.decideIfs(f.environment(), refs), refs).forEach((k, v) -> {
                if (v.isEmpty()) {
                    return;
                }
                String before = env.putIfAbsent(k, v);
                if (before != null && !before.equals(v)) {
                    throw new IllegalStateException(k + " differs between " + setBy.getOrDefault(k, "Globals") + " and "
                            + f.logicalId() + "; one JVM cannot give both their own value");
                }
                setBy.putIfAbsent(k, f.logicalId());
            });
        }
    }

    /** The app client the HTTP API's JWT authorizer accepts: the audience tokens must be for. */
    private static String apiClientId(CfnTemplate template, Provisioner.UserPools pools) {
        List<String> audiences = template.jwtAuthorizerAudiences();
        if (audiences.size() != 1 || !pools.clientIds().containsKey(audiences.get(0))) {
            throw new IllegalStateException("moto mode expects one app client as the JWT authorizer's audience, not "
                    + audiences);
        }
        return pools.clientIds().get(audiences.get(0));
    }

    /**
     * Environment variables as Micronaut property names. The project's settings are all
     * {@code livsmester.<section>.<name-with-dashes>}: LIVSMESTER_TABLES_BUDGET is livsmester.tables.budget,
     * LIVSMESTER_GUIDES_INACTIVITY_DAYS is livsmester.guides.inactivity-days.
     */
    static Map<String, String> configuration(Map<String, String> environment) {
        Map<String, String> props = new LinkedHashMap<>();
        environment.forEach((k, v) -> {
            String[] parts = k.toLowerCase(Locale.ROOT).split("_", 3);
            if (parts.length == 3 && parts[0].equals("livsmester")) {
                props.put("livsmester." + parts[1] + "." + parts[2].replace('_', '-'), v);
            }
        });
        return props;
    }

    /** The local engines accept any key; the SDK's default chain needs one to exist. Real credentials win. */
    static void useLocalCredentialsIfNoneSet() {
        if (System.getenv("AWS_ACCESS_KEY_ID") == null && System.getProperty("aws.accessKeyId") == null) {
            System.setProperty("aws.accessKeyId", "local");
            System.setProperty("aws.secretAccessKey", "local");
        }
    }

    public CfnTemplate template() {
        return template;
    }

    public Provisioner.Resources resources() {
        return resources;
    }

    public DynamoDbClient dynamo() {
        return dynamoClient;
    }

    public SqsClient sqs() {
        return sqsClient;
    }

    /** The S3 store's client (S3Proxy in-process, moto's S3 in moto mode). */
    public S3Client s3() {
        return s3Client;
    }

    /** A bucket's name as provisioned, by its logical id in the template. */
    public String bucketName(String logicalId) {
        String name = bucketNames.get(logicalId);
        if (name == null) {
            throw new IllegalStateException("No bucket " + logicalId + " was provisioned (no S3 event names it)");
        }
        return name;
    }

    /** Present in moto mode only. */
    public Optional<Moto> moto() {
        return Optional.ofNullable(moto);
    }

    /** moto's Cognito, as an administrator reaches it (moto mode only). */
    public CognitoIdentityProviderClient cognito() {
        if (cognitoClient == null) {
            throw new IllegalStateException("Cognito exists in moto mode only");
        }
        return cognitoClient;
    }

    /**
     * The functions' configuration: the template's environment resolved against the local resources, as Micronaut
     * property names, plus the endpoint overrides.
     */
    public Map<String, String> properties() {
        return properties;
    }

    /**
     * A function's environment exactly as template.yaml gives it (Globals overlaid with the function's own variables),
     * resolved against the local resources with the template's parameter defaults and {@code parameters}. What needs
     * AWS itself (the Cognito user pool) is reported as unresolved, for the caller to replace or refuse.
     */
    public Provisioner.Resources.Resolved environment(CfnTemplate.FunctionSpec function, Map<String, String> parameters) {
        Map<String, String> values = template.parameterValues(parameters);
        return resources.resolveAll(template.decideIfs(function.environment(), values), values);
    }

    /**
     * The only configuration the functions need beyond the template's to use these engines instead of AWS: the
     * endpoint overrides, as the environment variables the functions read (off in AWS).
     */
    public Map<String, String> endpointOverrides() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("LIVSMESTER_AWS_DYNAMODB_ENDPOINT", properties.get("livsmester.aws.dynamodb-endpoint"));
        env.put("LIVSMESTER_AWS_SQS_ENDPOINT", properties.get("livsmester.aws.sqs-endpoint"));
        return env;
    }

    public String queueUrl(String logicalId) {
        return resources.queueUrls().get(logicalId);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // Closing after a failed start: the first failure is the one to report.
        }
    }

    @Override
    public void close() {
        RuntimeException first = null;
        for (AutoCloseable c : engines) {
            try {
                c.close();
            } catch (Exception e) {
                if (first == null) {
                    first = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
