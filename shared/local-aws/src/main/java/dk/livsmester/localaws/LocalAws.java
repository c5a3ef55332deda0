package dk.livsmester.localaws;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * DynamoDB Local and ElasticMQ started in this JVM and provisioned from template.yaml: what the local runtime and the
 * integration tests stand on. {@link #properties()} is the functions' configuration pointing at them.
 */
public final class LocalAws implements AutoCloseable {
    private final CfnTemplate template;
    private final LocalDynamo dynamo;
    private final LocalSqs sqsServer;
    private final DynamoDbClient dynamoClient;
    private final SqsClient sqsClient;
    private final Provisioner.Resources resources;

    private LocalAws(CfnTemplate template, LocalDynamo dynamo, LocalSqs sqsServer) {
        useLocalCredentialsIfNoneSet();
        this.template = template;
        this.dynamo = dynamo;
        this.sqsServer = sqsServer;
        this.dynamoClient = dynamo.client();
        this.sqsClient = sqsServer.client();
        this.resources = Provisioner.provision(template, dynamoClient, sqsClient);
    }

    /** In memory, on free ports: for tests. */
    public static LocalAws inMemory() {
        CfnTemplate t = CfnTemplate.load(CfnTemplate.locate(Path.of("")));
        return new LocalAws(t, LocalDynamo.inMemory(), LocalSqs.start());
    }

    /** Data kept in {@code dataDir} between runs: for the local runtime. */
    public static LocalAws persistent(CfnTemplate template, Path dataDir) {
        return new LocalAws(template, LocalDynamo.start(dataDir, Ports.free()), LocalSqs.start());
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

    /**
     * The functions' configuration: the template's environment resolved against the local resources, as Micronaut
     * property names (LIVSMESTER_TABLES_BUDGET becomes livsmester.tables.budget), plus the endpoint overrides.
     */
    public Map<String, String> properties() {
        Map<String, String> props = new LinkedHashMap<>();
        resources.resolve(template.globalFunctionEnvironment()).forEach((k, v) -> {
            if (k.startsWith("LIVSMESTER_")) {
                props.put(k.toLowerCase(Locale.ROOT).replace('_', '.'), v);
            }
        });
        props.put("livsmester.aws.dynamodb-endpoint", dynamo.endpoint().toString());
        props.put("livsmester.aws.sqs-endpoint", sqsServer.endpoint().toString());
        props.put("livsmester.aws.region", Provisioner.REGION);
        return props;
    }

    /**
     * A function's environment exactly as template.yaml gives it (Globals overlaid with the function's own variables),
     * resolved against the local resources with the template's parameter defaults and {@code parameters}. What needs
     * AWS itself (the Cognito user pool) is reported as unresolved, for the caller to replace or refuse.
     */
    public Provisioner.Resources.Resolved environment(CfnTemplate.FunctionSpec function, Map<String, String> parameters) {
        return resources.resolveAll(function.environment(), template.parameterValues(parameters));
    }

    /**
     * The only configuration the functions need beyond the template's to use these engines instead of AWS: the
     * endpoint overrides, as the environment variables the functions read (off in AWS).
     */
    public Map<String, String> endpointOverrides() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("LIVSMESTER_AWS_DYNAMODB_ENDPOINT", dynamo.endpoint().toString());
        env.put("LIVSMESTER_AWS_SQS_ENDPOINT", sqsServer.endpoint().toString());
        return env;
    }

    public String queueUrl(String logicalId) {
        return resources.queueUrls().get(logicalId);
    }

    @Override
    public void close() {
        sqsClient.close();
        dynamoClient.close();
        sqsServer.close();
        dynamo.close();
    }
}
