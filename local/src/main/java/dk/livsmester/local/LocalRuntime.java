package dk.livsmester.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.livsmester.localaws.CfnTemplate;
import dk.livsmester.localaws.Provisioner;
import dk.livsmester.localaws.CfnTemplate.FunctionSpec;
import dk.livsmester.localaws.LocalAws;
import dk.livsmester.localaws.LocalLambdaContext;
import dk.livsmester.localaws.S3EventSourceEmulator;
import dk.livsmester.localaws.SqsEventSourceEmulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole marketplace in one JVM: DynamoDB Local and ElasticMQ in-process (or moto as a child process, with the
 * template's user pool and SES: LIVSMESTER_LOCAL_AWS=moto), provisioned from template.yaml; every
 * function of the template instantiated from its Handler class as Lambda would; HTTP routes served on one port with
 * the web pages; SQS event sources and schedules emulated; demo data on the first start.
 */
public final class LocalRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalRuntime.class);
    private static final Pattern RATE = Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours|day|days|second|seconds)\\)");

    private final LocalAws aws;
    private final HttpGateway gateway;
    private final List<SqsEventSourceEmulator> eventSources = new ArrayList<>();
    private final List<S3EventSourceEmulator> s3EventSources = new ArrayList<>();
    private final ScheduledExecutorService schedules = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "schedules");
        t.setDaemon(true);
        return t;
    });
    private final URI baseUrl;
    private final List<Object> handlers = new ArrayList<>();
    private final List<AutoCloseable> closeables = new ArrayList<>();
    /** The system properties this runtime set, with what they were before (null: unset), restored on close. */
    private final Map<String, String> replacedProperties = new LinkedHashMap<>();

    private LocalRuntime(LocalAws aws, HttpGateway gateway) {
        this.aws = aws;
        this.gateway = gateway;
        this.baseUrl = URI.create("http://localhost:" + gateway.port());
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        Path root = CfnTemplate.locate(Path.of("")).getParent();
        RuntimeSettings settings = RuntimeSettings.fromEnvironment(root);
        LocalRuntime runtime = start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(runtime::close, "shutdown"));
        System.out.printf("%nLivsmester marketplace is running on %s (started in %.1f s, data in %s)%n"
                        + "  health:  %s/api/health%n  a token: curl -s -X POST %s/local/token -d '{\"role\":\"team\"}'%n"
                        + "Stop with Ctrl+C.%n",
                runtime.baseUrl(), (System.nanoTime() - t0) / 1e9, settings.dataDir(), runtime.baseUrl(), runtime.baseUrl());
        runtime.aws().moto().ifPresent(m -> System.out.printf("  moto mode: tables, queues, user pool %s and SES in moto at %s"
                + " (fresh on every start; sent mail: %s/moto-api/data.json, under ses.Message; its log: %s)%n",
                m.userPoolId(), m.endpoint(), m.endpoint(), m.log()));
    }

    public static LocalRuntime start(RuntimeSettings settings) {
        Path template = settings.projectRoot().resolve("template.yaml");
        CfnTemplate cfn = CfnTemplate.load(template);
        LocalAws aws = switch (settings.aws()) {
            case IN_PROCESS -> LocalAws.persistent(cfn, settings.dataDir(), settings.queuesDir());
            // moto keeps its state in memory; the data folder holds its log.
            case MOTO -> LocalAws.moto(cfn, settings.parameters(), settings.dataDir());
        };
        List<DemoUser> users = demoUsers();
        HttpGateway gateway;
        try {
            gateway = new HttpGateway(settings.port(), webRoot(settings.projectRoot()));
        } catch (IOException e) {
            aws.close();
            throw new UncheckedIOException("Cannot listen on port " + settings.port() + " (set PORT to another)", e);
        }
        gateway.start();
        LocalRuntime runtime = new LocalRuntime(aws, gateway);
        try {
            runtime.boot(cfn, settings, users);
        } catch (RuntimeException e) {
            runtime.close();
            throw e;
        }
        return runtime;
    }

    private void boot(CfnTemplate cfn, RuntimeSettings settings, List<DemoUser> users) {
        // The functions read their configuration from system properties here, from environment variables in AWS.
        aws.properties().forEach(this::setProperty);
        DemoSignIn signIn;
        AuthorizerStandIn authorizerStandIn;
        if (aws.moto().isPresent()) {
            // Tokens come from moto's Cognito; the configuration already names its JWKS, issuer and client. The pages'
            // code-flow sign-in needs the runtime's own provider, so in moto mode only scripts sign in (/local/token).
            MotoSignIn moto = MotoSignIn.create(aws, users);
            closeables.add(moto);
            signIn = moto;
            authorizerStandIn = moto;
            gateway.local(new ScriptSignIn(users, moto));
        } else {
            // The runtime is its own OpenID provider: issuer <origin>/local, and the web client's id is the origin itself.
            LocalAuth auth = LocalAuth.load(settings.dataDir(), baseUrl.toString());
            auth.functionProperties(URI.create("http://127.0.0.1:" + gateway.port() + OpenIdProvider.JWKS))
                    .forEach(this::setProperty);
            signIn = auth.provider();
            authorizerStandIn = auth;
            gateway.local(auth.provider());
        }
        // The template's policy, its !Sub filled in as CloudFormation would here; locally the pages also upload to the S3
        // store on its own loopback port.
        Map<String, String> headerRefs = new HashMap<>(cfn.parameterValues(settings.parameters()));
        headerRefs.put("AWS::Region", aws.region());
        headerRefs.put("AWS::AccountId", Provisioner.ACCOUNT_ID);
        Map<String, String> headers = SecurityHeaders.fromTemplate(cfn, headerRefs);
        String s3 = aws.properties().get("livsmester.aws.s3-endpoint");
        gateway.headers(s3 == null ? headers
                : SecurityHeaders.connectingAlsoTo(headers, URI.create(s3).resolve("/").toString().replaceAll("/$", "")));
        // API Gateway's JWT authorizers; each API's default applies to its routes without one of their own.
        gateway.authorizers(HttpApiAuthorizer.fromTemplate(cfn, authorizerStandIn));
        Map<String, String> defaultAuthorizers = HttpApiAuthorizer.defaults(cfn);

        List<FunctionSpec> specs = cfn.functions();
        ExecutorService starter = Executors.newFixedThreadPool(3);
        List<Future<Object>> handlers = new ArrayList<>();
        for (FunctionSpec spec : specs) {
            handlers.add(starter.submit(() -> instantiate(spec.handler())));
        }
        try {
            for (int i = 0; i < specs.size(); i++) {
                wire(specs.get(i), handlers.get(i).get(), defaultAuthorizers);
            }
        } catch (Exception e) {
            throw new IllegalStateException("A function did not start: " + e.getMessage(), e);
        } finally {
            starter.shutdown();
        }
        gateway.serving();
        eventSources.forEach(SqsEventSourceEmulator::start);
        s3EventSources.forEach(S3EventSourceEmulator::start);
        DemoData.loadIfEmpty(URI.create("http://127.0.0.1:" + gateway.port()), signIn, users);
        gateway.ready();
    }

    @SuppressWarnings("unchecked")
    private void wire(FunctionSpec spec, Object handler, Map<String, String> defaultAuthorizers) {
        handlers.add(handler);
        if (!spec.routes().isEmpty()) {
            List<Route> routes = spec.routes().stream().map(r -> Route.of(spec.logicalId(), r, defaultAuthorizers)).toList();
            gateway.add(new HttpGateway.HttpFunction(spec.logicalId(),
                    (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>) handler, spec.timeoutSeconds()), routes);
        }
        for (CfnTemplate.SqsSource source : spec.sqsSources()) {
            eventSources.add(new SqsEventSourceEmulator(aws.sqs(), aws.queueUrl(source.queueLogicalId()),
                    aws.resources().queueArns().get(source.queueLogicalId()), source.batchSize(),
                    (RequestHandler<SQSEvent, SQSBatchResponse>) handler, spec.logicalId(), spec.timeoutSeconds()));
        }
        for (CfnTemplate.S3Source source : aws.template().s3Sources()) {
            if (source.functionLogicalId().equals(spec.logicalId())) {
                s3EventSources.add(new S3EventSourceEmulator(aws.s3(), aws.bucketName(source.bucketLogicalId()),
                        source.prefix(), (RequestHandler<S3Event, ?>) handler, spec.logicalId(), spec.timeoutSeconds()));
            }
        }
        for (CfnTemplate.ScheduleSource schedule : spec.schedules()) {
            long seconds = rateSeconds(schedule.expression());
            RequestHandler<ScheduledEvent, Object> h = (RequestHandler<ScheduledEvent, Object>) handler;
            schedules.scheduleWithFixedDelay(() -> {
                try {
                    h.handleRequest(new ScheduledEvent(), new LocalLambdaContext(spec.logicalId(), spec.timeoutSeconds()));
                } catch (RuntimeException e) {
                    LOG.warn("scheduled function failed function={} error={}", spec.logicalId(), e.toString());
                }
            }, seconds, seconds, TimeUnit.SECONDS);
        }
        LOG.info("function ready function={} routes={} queues={} schedules={} buckets={}", spec.logicalId(),
                spec.routes().size(), spec.sqsSources().size(), spec.schedules().size(),
                aws.template().s3Sources().stream().filter(x -> x.functionLogicalId().equals(spec.logicalId())).count());
    }

    /**
     * Sets a property the functions read and remembers the value it replaced: a second runtime in the same JVM (the
     * tests start several, in both modes) must not inherit this one's endpoints or mail settings.
     */
    private void setProperty(String key, String value) {
        replacedProperties.putIfAbsent(key, System.getProperty(key));
        System.setProperty(key, value);
    }

    static long rateSeconds(String expression) {
        Matcher m = RATE.matcher(expression);
        if (!m.matches()) {
            throw new IllegalArgumentException("Only rate(...) schedules run locally, not " + expression);
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2).replaceAll("s$", "")) {
            case "day" -> n * 86_400;
            case "hour" -> n * 3_600;
            case "minute" -> n * 60;
            default -> n;
        };
    }

    private static Object instantiate(String className) throws ReflectiveOperationException {
        return Class.forName(className).getDeclaredConstructor().newInstance();
    }

    static List<DemoUser> demoUsers() {
        try (InputStream in = LocalRuntime.class.getResourceAsStream("/demo-users.json")) {
            return new ObjectMapper().readValue(in, new TypeReference<List<DemoUser>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The built web pages if they exist (web/dist), else the page sources (web/src: unstyled, without vendor files). */
    static Path webRoot(Path root) {
        Path dist = root.resolve("web/dist");
        return (Files.isDirectory(dist) ? dist : root.resolve("web/src")).toAbsolutePath().normalize();
    }

    public URI baseUrl() {
        return baseUrl;
    }

    public LocalAws aws() {
        return aws;
    }

    @Override
    public void close() {
        eventSources.forEach(SqsEventSourceEmulator::close);
        s3EventSources.forEach(S3EventSourceEmulator::close);
        schedules.shutdownNow();
        gateway.close();
        for (Object h : handlers) {
            if (h instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    LOG.debug("handler close failed error={}", e.toString());
                }
            }
        }
        for (AutoCloseable c : closeables) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.debug("close failed error={}", e.toString());
            }
        }
        aws.close();
        replacedProperties.forEach((k, v) -> {
            if (v == null) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
    }
}
