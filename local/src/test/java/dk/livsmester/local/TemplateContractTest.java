package dk.livsmester.local;

import dk.livsmester.localaws.CfnTemplate;
import dk.livsmester.localaws.CfnTemplate.FunctionSpec;
import dk.livsmester.localaws.CfnTemplate.Intrinsic;
import dk.livsmester.localaws.CfnTemplate.QueueSpec;
import dk.livsmester.localaws.CfnTemplate.TableSpec;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * template.yaml is code: this test fails when a handler it names does not exist, an SQS event source lacks
 * ReportBatchItemFailures, a queue lacks a dead-letter queue or its alarm, a visibility timeout is under six times its
 * consumer's timeout, a table lacks point-in-time recovery or KMS encryption, or the routes of the template, the
 * controllers and the OpenAPI document disagree, or a POST does not document the Idempotency-Key it takes.
 */
class TemplateContractTest {
    static final CfnTemplate TEMPLATE = CfnTemplate.load(CfnTemplate.locate(Path.of("")));

    @Test
    void everyHandlerClassNamedInTheTemplateExists_andHasTheRightShape() throws Exception {
        for (FunctionSpec f : TEMPLATE.functions()) {
            Class<?> handler = Class.forName(f.handler());
            assertTrue(com.amazonaws.services.lambda.runtime.RequestHandler.class.isAssignableFrom(handler),
                    f.logicalId() + ": " + f.handler() + " is not a Lambda RequestHandler");
            handler.getDeclaredConstructor();
        }
    }

    @Test
    void everySqsEventSource_reportsBatchItemFailures_andItsQueueHidesMessagesLongEnough() {
        Map<String, QueueSpec> queues = new java.util.HashMap<>();
        TEMPLATE.queues().forEach(q -> queues.put(q.logicalId(), q));
        int sources = 0;
        for (FunctionSpec f : TEMPLATE.functions()) {
            for (CfnTemplate.SqsSource s : f.sqsSources()) {
                sources++;
                assertEquals(List.of("ReportBatchItemFailures"), s.functionResponseTypes(), f.logicalId() + "." + s.eventName());
                QueueSpec q = queues.get(s.queueLogicalId());
                assertTrue(q != null, f.logicalId() + " reads a queue the template does not declare");
                assertTrue(q.visibilityTimeout() >= 6 * f.timeoutSeconds(), s.queueLogicalId() + ": visibility "
                        + q.visibilityTimeout() + " s is under 6 x " + f.timeoutSeconds() + " s");
                assertTrue(s.batchSize() >= 1 && s.batchSize() <= 10, "batch size");
            }
        }
        assertTrue(sources >= 3, "review, matching and notifications consume queues");
    }

    @Test
    void everyQueue_hasADeadLetterQueueWithAnAlarm_andEveryQueueIsEncryptedWithTheCustomerKey() {
        List<QueueSpec> queues = TEMPLATE.queues();
        Set<String> dlqs = new HashSet<>();
        queues.forEach(q -> {
            if (q.deadLetterTarget() != null) {
                dlqs.add(q.deadLetterTarget());
            }
        });
        Set<String> alarmed = new HashSet<>();
        TEMPLATE.resourcesOfType("AWS::CloudWatch::Alarm").values().forEach(a -> {
            Object dims = ((Map<?, ?>) a.get("Properties")).get("Dimensions");
            for (Object d : (List<?>) dims) {
                if (((Map<?, ?>) d).get("Value") instanceof Intrinsic i) {
                    alarmed.add(i.logicalId());
                }
            }
        });
        for (QueueSpec q : queues) {
            assertTrue(q.properties().get("KmsMasterKeyId") instanceof Intrinsic, q.logicalId() + " is not KMS-encrypted");
            if (dlqs.contains(q.logicalId())) {
                assertTrue(alarmed.contains(q.logicalId()), q.logicalId() + " has no alarm on its depth");
                continue;
            }
            assertTrue(q.deadLetterTarget() != null, q.logicalId() + " has no dead-letter queue");
            assertTrue(q.maxReceiveCount() >= 3, q.logicalId() + ": maxReceiveCount " + q.maxReceiveCount());
        }
    }

    @Test
    void theStackDeploysOnAnAccountWithTheDefaultQuota_andSomeoneHearsOfEveryFailure() {
        Map<String, Map<String, Object>> alarms = TEMPLATE.resourcesOfType("AWS::CloudWatch::Alarm");
        Set<String> functionsAlarmed = new HashSet<>();
        alarms.forEach((id, a) -> {
            Map<?, ?> p = (Map<?, ?>) a.get("Properties");
            List<?> actions = (List<?>) p.get("AlarmActions");
            assertTrue(actions != null && actions.size() == 1 && actions.get(0) instanceof Intrinsic i
                    && i.logicalId().equals("AlarmTopic"), id + " notifies nobody");
            if ("AWS/Lambda".equals(p.get("Namespace"))) {
                for (Object d : (List<?>) p.get("Dimensions")) {
                    functionsAlarmed.add(((Intrinsic) ((Map<?, ?>) d).get("Value")).logicalId());
                }
            }
        });
        for (FunctionSpec f : TEMPLATE.functions()) {
            Map<?, ?> props = (Map<?, ?>) TEMPLATE.resources().get(f.logicalId()).get("Properties");
            // Reserved concurrency subtracts from the account's pool: with the default quota of 10 the stack fails.
            assertTrue(!props.containsKey("ReservedConcurrentExecutions"), f.logicalId() + " reserves concurrency");
            assertTrue(functionsAlarmed.contains(f.logicalId()), f.logicalId() + " has no error alarm");
            Map<?, ?> events = props.get("Events") instanceof Map<?, ?> m ? m : Map.of();
            events.forEach((name, e) -> {
                Map<?, ?> ev = (Map<?, ?>) e;
                if ("SQS".equals(ev.get("Type"))) {
                    Map<?, ?> scaling = (Map<?, ?>) ((Map<?, ?>) ev.get("Properties")).get("ScalingConfig");
                    assertTrue(scaling != null && Integer.parseInt(String.valueOf(scaling.get("MaximumConcurrency"))) >= 2,
                            f.logicalId() + "." + name + " has no MaximumConcurrency (at least 2)");
                }
            });
        }
        Map<?, ?> api = (Map<?, ?>) TEMPLATE.resourcesOfType("AWS::Serverless::HttpApi").get("Api").get("Properties");
        Object stage = api.get("StageName");
        assertTrue(stage == null || "$default".equals(stage),
                "the HTTP API must deploy its $default stage: a named stage prefixes rawPath and every route answers 404");
    }

    @Test
    void everyTable_hasPointInTimeRecovery_andCustomerManagedEncryption() {
        List<TableSpec> tables = TEMPLATE.tables();
        assertTrue(tables.size() >= 4);
        for (TableSpec t : tables) {
            Map<?, ?> pitr = (Map<?, ?>) t.properties().get("PointInTimeRecoverySpecification");
            assertTrue(pitr != null && Boolean.TRUE.equals(pitr.get("PointInTimeRecoveryEnabled")), t.logicalId() + " PITR");
            Map<?, ?> sse = (Map<?, ?>) t.properties().get("SSESpecification");
            assertTrue(sse != null && Boolean.TRUE.equals(sse.get("SSEEnabled")) && sse.get("KMSMasterKeyId") instanceof Intrinsic,
                    t.logicalId() + " SSE with a customer managed key");
        }
    }

    @Test
    void apiFunctions_answerWellInsideTheGatewayTimeout_andEveryFunctionHasALogGroupWithRetention() {
        Map<String, Map<String, Object>> logs = TEMPLATE.resourcesOfType("AWS::Logs::LogGroup");
        for (FunctionSpec f : TEMPLATE.functions()) {
            if (!f.routes().isEmpty()) {
                assertTrue(f.timeoutSeconds() <= 25, f.logicalId() + " timeout " + f.timeoutSeconds());
            }
            assertTrue(logs.containsKey(f.logicalId() + "Logs"), f.logicalId() + " has no log group");
            assertTrue(((Map<?, ?>) logs.get(f.logicalId() + "Logs").get("Properties")).containsKey("RetentionInDays"));
        }
    }

    @Test
    void theWebPagesBucket_isPrivateAndEncrypted_andSharesItsOriginWithTheApi() {
        Map<String, Map<String, Object>> buckets = TEMPLATE.resourcesOfType("AWS::S3::Bucket");
        Map<?, ?> bucket = (Map<?, ?>) buckets.get("WebBucket").get("Properties");
        Map<?, ?> block = (Map<?, ?>) bucket.get("PublicAccessBlockConfiguration");
        for (String k : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets")) {
            assertEquals(Boolean.TRUE, block.get(k), "WebBucket " + k);
        }
        assertTrue(bucket.containsKey("BucketEncryption"), "WebBucket is encrypted");
        Map<?, ?> dist = (Map<?, ?>) ((Map<?, ?>) TEMPLATE.resourcesOfType("AWS::CloudFront::Distribution")
                .get("WebDistribution").get("Properties")).get("DistributionConfig");
        List<?> origins = (List<?>) dist.get("Origins");
        assertEquals(2, origins.size(), "one origin for the pages, one for the API");
        Map<?, ?> pages = (Map<?, ?>) origins.get(0);
        assertTrue(pages.get("OriginAccessControlId") instanceof Intrinsic, "the bucket is read through origin access control only");
        assertEquals("pages", ((Map<?, ?>) dist.get("DefaultCacheBehavior")).get("TargetOriginId"));
        assertTrue(!((Map<?, ?>) origins.get(1)).containsKey("OriginPath"),
                "/api/* reaches the $default stage as it is: an origin path would prefix every route");
        Map<?, ?> api = (Map<?, ?>) ((List<?>) dist.get("CacheBehaviors")).get(0);
        assertEquals("/api/*", api.get("PathPattern"));
        assertEquals("api", api.get("TargetOriginId"));
    }

    @Test
    void theRoutesOfTheTemplateTheControllersAndTheOpenApiDocumentAgree() throws Exception {
        Set<String> template = new TreeSet<>();
        for (FunctionSpec f : TEMPLATE.functions()) {
            f.routes().forEach(r -> template.add(r.method() + " " + r.path()));
        }
        Set<String> controllers = new TreeSet<>();
        for (FunctionSpec f : TEMPLATE.functions()) {
            if (f.routes().isEmpty()) {
                continue;
            }
            String pkg = Class.forName(f.handler()).getPackageName();
            for (Class<?> c : controllersIn(pkg)) {
                String base = c.getAnnotation(Controller.class).value();
                for (Method m : c.getDeclaredMethods()) {
                    route(m).ifPresent(r -> controllers.add(r[0] + " " + join(base, r[1])));
                }
            }
        }
        assertEquals(template, controllers, "template.yaml routes vs controller routes");
        Set<String> openApi = new TreeSet<>();
        try (InputStream in = getClass().getResourceAsStream("/openapi.yml")) {
            Map<String, Object> doc = new Yaml().load(in);
            ((Map<String, Map<String, Object>>) doc.get("paths")).forEach((path, ops) -> ops.keySet().stream()
                    .filter(k -> Set.of("get", "post", "put", "delete", "patch").contains(k))
                    .forEach(k -> openApi.add(k.toUpperCase() + " " + path)));
        }
        assertEquals(template, openApi, "template.yaml routes vs openapi.yml");
    }

    /**
     * IdempotencyFilter takes an {@code Idempotency-Key} on every signed-in POST under /api, so each of them documents
     * the header and its answers: 400 (a malformed key), 409 {@code IN_PROGRESS}, 422 {@code IDEMPOTENCY_KEY_REUSED}.
     * And no name in the document is a boolean (YAML reads a bare {@code no} as false).
     */
    @Test
    @SuppressWarnings("unchecked")
    void everySignedInPost_documentsTheIdempotencyKeyAndItsAnswers() throws Exception {
        Map<String, Object> doc;
        try (InputStream in = getClass().getResourceAsStream("/openapi.yml")) {
            doc = new Yaml().load(in);
        }
        List<String> booleans = new ArrayList<>();
        booleanNames(doc, "", booleans);
        assertEquals(List.of(), booleans, "names YAML read as booleans");
        Map<String, Map<String, Object>> components = (Map<String, Map<String, Object>>) doc.get("components");
        Map<String, Object> key = (Map<String, Object>) components.get("parameters").get("IdempotencyKey");
        assertEquals(List.of("Idempotency-Key", "header"), List.of(key.get("name"), key.get("in")));
        String reused = String.valueOf(components.get("responses").get("IdempotencyKeyReused"));
        assertTrue(reused.contains("code=IDEMPOTENCY_KEY_REUSED"), reused);
        List<String> missing = new ArrayList<>();
        int posts = 0;
        for (Map.Entry<String, Map<String, Object>> path : ((Map<String, Map<String, Object>>) doc.get("paths")).entrySet()) {
            Map<String, Object> post = (Map<String, Object>) path.getValue().get("post");
            if (post == null || !path.getKey().startsWith("/api/") || List.of().equals(post.get("security"))) {
                continue;
            }
            posts++;
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) post.getOrDefault("parameters", List.of());
            if (parameters.stream().noneMatch(p -> "#/components/parameters/IdempotencyKey".equals(p.get("$ref")))) {
                missing.add("POST " + path.getKey() + ": the header");
            }
            Map<String, Object> responses = (Map<String, Object>) post.get("responses");
            for (String code : List.of("400", "409")) {
                if (!responses.containsKey(code)) {
                    missing.add("POST " + path.getKey() + ": " + code);
                }
            }
            if (!Map.of("$ref", "#/components/responses/IdempotencyKeyReused").equals(responses.get("422"))) {
                missing.add("POST " + path.getKey() + ": 422 IDEMPOTENCY_KEY_REUSED");
            }
        }
        assertTrue(posts > 30, "the signed-in POSTs were found: " + posts);
        assertEquals(List.of(), missing);
    }

    private static void booleanNames(Object node, String at, List<String> found) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (k instanceof Boolean || ("name".equals(k) && v instanceof Boolean)) {
                    found.add(at + "/" + k);
                }
                booleanNames(v, at + "/" + k, found);
            });
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof Boolean && at.endsWith("/required")) {
                    found.add(at + "[" + i + "]");
                }
                booleanNames(list.get(i), at + "[" + i + "]", found);
            }
        }
    }

    private static java.util.Optional<String[]> route(Method m) {
        if (m.isAnnotationPresent(Get.class)) {
            return java.util.Optional.of(new String[]{"GET", m.getAnnotation(Get.class).value()});
        }
        if (m.isAnnotationPresent(Post.class)) {
            return java.util.Optional.of(new String[]{"POST", m.getAnnotation(Post.class).value()});
        }
        if (m.isAnnotationPresent(Put.class)) {
            return java.util.Optional.of(new String[]{"PUT", m.getAnnotation(Put.class).value()});
        }
        if (m.isAnnotationPresent(Delete.class)) {
            return java.util.Optional.of(new String[]{"DELETE", m.getAnnotation(Delete.class).value()});
        }
        return java.util.Optional.empty();
    }

    private static String join(String base, String path) {
        String p = path == null || path.equals("/") ? "" : path;
        return (base + p).replaceAll("/+$", "");
    }

    /** The @Controller classes of one function's package, found on the classpath (folder or jar). */
    private static List<Class<?>> controllersIn(String pkg) throws Exception {
        List<Class<?>> out = new ArrayList<>();
        String dir = pkg.replace('.', '/');
        var urls = TemplateContractTest.class.getClassLoader().getResources(dir);
        while (urls.hasMoreElements()) {
            java.net.URL url = urls.nextElement();
            List<String> names = new ArrayList<>();
            if (url.getProtocol().equals("file")) {
                try (var files = java.nio.file.Files.list(Path.of(url.toURI()))) {
                    files.map(f -> f.getFileName().toString()).forEach(names::add);
                }
            } else if (url.getProtocol().equals("jar")) {
                var conn = (java.net.JarURLConnection) url.openConnection();
                try (var jar = conn.getJarFile()) {
                    jar.stream().map(java.util.jar.JarEntry::getName)
                            .filter(n -> n.startsWith(dir + "/") && n.indexOf('/', dir.length() + 1) < 0)
                            .map(n -> n.substring(dir.length() + 1)).forEach(names::add);
                }
            }
            for (String n : names) {
                if (n.endsWith(".class") && !n.contains("$")) {
                    Class<?> c = Class.forName(pkg + "." + n.substring(0, n.length() - 6));
                    if (c.isAnnotationPresent(Controller.class)) {
                        out.add(c);
                    }
                }
            }
        }
        if (out.isEmpty()) {
            fail("No controller found in " + pkg);
        }
        return out;
    }
}
