package dk.livsmester.localaws;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of template.yaml the local runtime and the contract test need. Intrinsic functions (!Ref, !GetAtt, !Sub)
 * are kept as {@link Intrinsic} values and resolved by {@link IntrinsicResolver} against what the caller knows; the
 * serverless resources are read by {@link ServerlessSpecs}, the conditions by {@link TemplateConditions}.
 */
public final class CfnTemplate {

    /** A short-form intrinsic such as {@code !Ref X} or {@code !GetAtt X.Arn}. */
    public record Intrinsic(String function, Object argument) {
        /** For !Ref and !GetAtt: the logical id of the resource it points at. */
        public String logicalId() {
            String s = String.valueOf(argument);
            return function.equals("GetAtt") ? s.substring(0, s.indexOf('.')) : s;
        }
    }

    public record KeyAttribute(String name, String type) {
    }

    public record Index(String name, String hashKey, String rangeKey) {
    }

    public record TableSpec(String logicalId, List<KeyAttribute> attributes, String hashKey, String rangeKey,
                            List<Index> indexes, Map<String, Object> properties) {
    }

    public record QueueSpec(String logicalId, int visibilityTimeout, String deadLetterTarget, int maxReceiveCount,
                            boolean fifo, Map<String, Object> properties) {
    }

    /**
     * One HttpApi event: method and path, the API it belongs to ({@code ApiId}, null for SAM's implicit API), and its
     * own authorizer ({@code Auth.Authorizer}; null means the API's default, {@code NONE} is {@link #authorizerNone}).
     */
    public record HttpRoute(String method, String path, boolean authorizerNone, String apiId, String authorizer,
                            List<String> authorizationScopes) {
    }

    /** A JWT authorizer of an HTTP API: where the token comes from, and the issuer and audiences it must have. */
    public record JwtAuthorizer(String name, String identitySource, Object issuer, List<Object> audience) {
    }

    /** An {@code AWS::Serverless::HttpApi}: its default authorizer and its JWT authorizers by name. */
    public record HttpApiSpec(String logicalId, String defaultAuthorizer, Map<String, JwtAuthorizer> authorizers) {
    }

    public record SqsSource(String eventName, String queueLogicalId, int batchSize, List<String> functionResponseTypes) {
    }

    public record ScheduleSource(String eventName, String expression) {
    }

    /** An S3 event of a function: the bucket (a logical id of this template, as SAM requires) and its event types. */
    /** An S3 event of a function; {@code prefix} is its key filter's prefix rule ("" when it has none). */
    public record S3Source(String functionLogicalId, String eventName, String bucketLogicalId, List<String> events,
                           String prefix) {
    }

    /** A bucket as written: its {@code BucketName} (intrinsics unresolved; null when CloudFormation names it). */
    public record BucketSpec(String logicalId, Object bucketName) {
    }

    /**
     * A function with the template's Globals applied: {@code environment} is the global variables overlaid with the
     * function's own, as SAM merges them; {@code snapStart} is SnapStart on published versions with an alias that
     * the events invoke (so Lambda initialises the function as {@code snap-start}).
     */
    public record FunctionSpec(String logicalId, String handler, int timeoutSeconds, Map<String, Object> environment,
                               List<HttpRoute> routes, List<SqsSource> sqsSources, List<ScheduleSource> schedules,
                               String codeUri, int memorySize, String runtime, boolean snapStart) {
    }

    /** A template parameter: its default (null when it has none) and the pattern a value must match (null for any). */
    public record ParameterSpec(String name, String defaultValue, String allowedPattern) {
    }

    /** A resource as written: its logical id and its properties, intrinsics unresolved. */
    public record ResourceSpec(String logicalId, Map<String, Object> properties, String condition) {
    }

    private final Map<String, Object> root;
    private final TemplateConditions conditions;

    private CfnTemplate(Map<String, Object> root) {
        this.root = root;
        this.conditions = new TemplateConditions(map(root.get("Conditions")));
    }

    public static CfnTemplate load(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, Object> root = new Yaml(new IntrinsicYaml()).load(r);
            return new CfnTemplate(root);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    /** Finds template.yaml in this folder or the nearest parent (tests run from module folders). */
    public static Path locate(Path start) {
        for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("template.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No template.yaml in " + start.toAbsolutePath() + " or its parents");
    }

    @SuppressWarnings("unchecked")
    public Map<String, Map<String, Object>> resources() {
        return (Map<String, Map<String, Object>>) (Map<?, ?>) root.get("Resources");
    }

    /** The template's outputs by name: what a deployed stack tells the scripts that configure the pages. */
    public Map<String, Object> outputs() {
        return map(root.get("Outputs"));
    }

    public Map<String, Map<String, Object>> resourcesOfType(String type) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        resources().forEach((id, r) -> {
            if (type.equals(r.get("Type"))) {
                out.put(id, r);
            }
        });
        return out;
    }

    public List<TableSpec> tables() {
        List<TableSpec> out = new ArrayList<>();
        resourcesOfType("AWS::DynamoDB::Table").forEach((id, r) -> {
            Map<String, Object> p = map(r.get("Properties"));
            List<KeyAttribute> attrs = new ArrayList<>();
            for (Object a : list(p.get("AttributeDefinitions"))) {
                attrs.add(new KeyAttribute(str(map(a).get("AttributeName")), str(map(a).get("AttributeType"))));
            }
            String[] keys = keys(list(p.get("KeySchema")));
            List<Index> indexes = new ArrayList<>();
            for (Object g : list(p.get("GlobalSecondaryIndexes"))) {
                String[] gk = keys(list(map(g).get("KeySchema")));
                indexes.add(new Index(str(map(g).get("IndexName")), gk[0], gk[1]));
            }
            out.add(new TableSpec(id, attrs, keys[0], keys[1], indexes, p));
        });
        return out;
    }

    public List<QueueSpec> queues() {
        List<QueueSpec> out = new ArrayList<>();
        resourcesOfType("AWS::SQS::Queue").forEach((id, r) -> {
            Map<String, Object> p = map(r.get("Properties"));
            Map<String, Object> redrive = map(p.get("RedrivePolicy"));
            String target = redrive.get("deadLetterTargetArn") instanceof Intrinsic i ? i.logicalId() : null;
            int max = redrive.get("maxReceiveCount") == null ? 0 : Integer.parseInt(str(redrive.get("maxReceiveCount")));
            int visibility = p.get("VisibilityTimeout") == null ? 30 : Integer.parseInt(str(p.get("VisibilityTimeout")));
            out.add(new QueueSpec(id, visibility, target, max, Boolean.TRUE.equals(p.get("FifoQueue")), p));
        });
        return out;
    }

    /** The functions' S3 event sources, in template order. */
    public List<S3Source> s3Sources() {
        List<S3Source> out = new ArrayList<>();
        resourcesOfType("AWS::Serverless::Function").forEach((id, r) -> map(map(r.get("Properties")).get("Events"))
                .forEach((name, e) -> {
                    if ("S3".equals(map(e).get("Type"))) {
                        Map<String, Object> p = map(map(e).get("Properties"));
                        List<String> events = new ArrayList<>();
                        Object ev = p.get("Events");
                        (ev instanceof List<?> l ? l : List.of(ev)).forEach(x -> events.add(str(x)));
                        String bucket = p.get("Bucket") instanceof Intrinsic i ? i.logicalId() : str(p.get("Bucket"));
                        String prefix = "";
                        for (Object rule : list(map(map(p.get("Filter")).get("S3Key")).get("Rules"))) {
                            if ("prefix".equalsIgnoreCase(str(map(rule).get("Name"))) && map(rule).get("Value") != null) {
                                prefix = str(map(rule).get("Value"));
                            }
                        }
                        out.add(new S3Source(id, name, bucket, events, prefix));
                    }
                }));
        return out;
    }

    public BucketSpec bucket(String logicalId) {
        Map<String, Object> r = resources().get(logicalId);
        if (r == null || !"AWS::S3::Bucket".equals(r.get("Type"))) {
            throw new IllegalStateException(logicalId + " is not a bucket of the template");
        }
        return new BucketSpec(logicalId, map(r.get("Properties")).get("BucketName"));
    }

    public List<ParameterSpec> parameterSpecs() {
        List<ParameterSpec> out = new ArrayList<>();
        map(root.get("Parameters")).forEach((name, p) -> out.add(new ParameterSpec(name, str(map(p).get("Default")),
                str(map(p).get("AllowedPattern")))));
        return out;
    }

    /** The resources of one type with their properties, in template order (user pools, clients, groups). */
    public List<ResourceSpec> resourceSpecs(String type) {
        List<ResourceSpec> out = new ArrayList<>();
        resourcesOfType(type).forEach((id, r) -> out.add(new ResourceSpec(id, map(r.get("Properties")), str(r.get("Condition")))));
        return out;
    }

    /** The app clients the HTTP API's JWT authorizers accept (their {@code audience}), as logical ids. */
    public List<String> jwtAuthorizerAudiences() {
        List<String> out = new ArrayList<>();
        resourcesOfType("AWS::Serverless::HttpApi").values().forEach(api -> map(map(map(api.get("Properties"))
                .get("Auth")).get("Authorizers")).values().forEach(a -> list(map(map(a).get("JwtConfiguration"))
                .get("audience")).forEach(aud -> {
                    if (aud instanceof Intrinsic i && i.function().equals("Ref")) {
                        out.add(i.logicalId());
                    }
                })));
        return out;
    }

    /**
     * Whether a resource's condition holds for these parameter values (no condition: it does); see
     * {@link TemplateConditions}.
     */
    public boolean holds(String condition, Map<String, String> refs) {
        return conditions.holds(condition, refs);
    }

    /** The environment with every {@code Fn::If} decided for these parameter values ({@link TemplateConditions}). */
    public Map<String, Object> decideIfs(Map<String, Object> environment, Map<String, String> parameters) {
        return conditions.decideIfs(environment, parameters);
    }

    /**
     * A value of the template resolved against known values by {@link IntrinsicResolver}: {@code !Ref X} and
     * {@code !Sub} with {@code ${X}} where {@code refs} knows X. Null when anything in it is unknown here.
     */
    public static String resolve(Object value, Map<String, String> refs) {
        return IntrinsicResolver.of(refs).value(value).orElse(null);
    }

    public List<HttpApiSpec> httpApis() {
        return ServerlessSpecs.httpApis(this);
    }

    public List<FunctionSpec> functions() {
        return ServerlessSpecs.functions(this);
    }

    public Map<String, Object> globalFunctionEnvironment() {
        return map(map(globalFunction().get("Environment")).get("Variables"));
    }

    public int globalFunctionTimeout() {
        Object t = globalFunction().get("Timeout");
        return t == null ? 3 : Integer.parseInt(str(t));
    }

    Map<String, Object> globalFunction() {
        return map(map(root.get("Globals")).get("Function"));
    }

    /** The template's parameters by name, each with its properties (Type, Default, ...). */
    public Map<String, Map<String, Object>> parameters() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        map(root.get("Parameters")).forEach((name, p) -> out.put(name, map(p)));
        return out;
    }

    /**
     * The parameters' values for a deployment: each parameter's Default, overlaid with {@code overrides} (as
     * {@code sam deploy --parameter-overrides}). A parameter with neither has no value and resolves to nothing.
     */
    public Map<String, String> parameterValues(Map<String, String> overrides) {
        Map<String, String> out = new LinkedHashMap<>();
        parameters().forEach((name, p) -> {
            if (p.get("Default") != null) {
                out.put(name, str(p.get("Default")));
            }
        });
        out.putAll(overrides);
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return o instanceof List<?> l ? (List<Object>) l : List.of();
    }

    static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    private static String[] keys(List<Object> schema) {
        String[] out = new String[2];
        for (Object k : schema) {
            Map<String, Object> m = map(k);
            out["HASH".equals(m.get("KeyType")) ? 0 : 1] = str(m.get("AttributeName"));
        }
        return out;
    }
}
