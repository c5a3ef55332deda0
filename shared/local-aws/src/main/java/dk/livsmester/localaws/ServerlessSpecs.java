package dk.livsmester.localaws;

import dk.livsmester.localaws.CfnTemplate.FunctionSpec;
import dk.livsmester.localaws.CfnTemplate.HttpApiSpec;
import dk.livsmester.localaws.CfnTemplate.HttpRoute;
import dk.livsmester.localaws.CfnTemplate.Intrinsic;
import dk.livsmester.localaws.CfnTemplate.JwtAuthorizer;
import dk.livsmester.localaws.CfnTemplate.ScheduleSource;
import dk.livsmester.localaws.CfnTemplate.SqsSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dk.livsmester.localaws.CfnTemplate.list;
import static dk.livsmester.localaws.CfnTemplate.map;
import static dk.livsmester.localaws.CfnTemplate.str;

/** Reads the template's SAM resources: the HTTP APIs with their authorizers, and the functions with their events. */
final class ServerlessSpecs {
    private ServerlessSpecs() {
    }

    static List<HttpApiSpec> httpApis(CfnTemplate t) {
        List<HttpApiSpec> out = new ArrayList<>();
        t.resourcesOfType("AWS::Serverless::HttpApi").forEach((id, r) -> {
            Map<String, Object> auth = map(map(r.get("Properties")).get("Auth"));
            Map<String, JwtAuthorizer> authorizers = new LinkedHashMap<>();
            map(auth.get("Authorizers")).forEach((name, a) -> {
                Map<String, Object> jwt = map(map(a).get("JwtConfiguration"));
                if (!jwt.isEmpty()) {
                    authorizers.put(name, new JwtAuthorizer(name, str(map(a).get("IdentitySource")), jwt.get("issuer"),
                            list(jwt.get("audience"))));
                }
            });
            out.add(new HttpApiSpec(id, str(auth.get("DefaultAuthorizer")), authorizers));
        });
        return out;
    }

    static List<FunctionSpec> functions(CfnTemplate t) {
        List<FunctionSpec> out = new ArrayList<>();
        t.resourcesOfType("AWS::Serverless::Function").forEach((id, r) -> {
            Map<String, Object> p = map(r.get("Properties"));
            Map<String, Object> g = t.globalFunction();
            Map<String, Object> env = new LinkedHashMap<>(t.globalFunctionEnvironment());
            env.putAll(map(map(p.get("Environment")).get("Variables")));
            List<HttpRoute> routes = new ArrayList<>();
            List<SqsSource> sqs = new ArrayList<>();
            List<ScheduleSource> schedules = new ArrayList<>();
            map(p.get("Events")).forEach((name, e) -> {
                Map<String, Object> ev = map(e);
                Map<String, Object> ep = map(ev.get("Properties"));
                switch (str(ev.get("Type"))) {
                    case "HttpApi" -> {
                        Map<String, Object> auth = map(ep.get("Auth"));
                        List<String> scopes = new ArrayList<>();
                        list(auth.get("AuthorizationScopes")).forEach(sc -> scopes.add(str(sc)));
                        String api = ep.get("ApiId") instanceof Intrinsic i ? i.logicalId() : str(ep.get("ApiId"));
                        routes.add(new HttpRoute(str(ep.get("Method")), str(ep.get("Path")),
                                "NONE".equals(auth.get("Authorizer")), api, str(auth.get("Authorizer")), scopes));
                    }
                    case "SQS" -> {
                        List<String> types = new ArrayList<>();
                        list(ep.get("FunctionResponseTypes")).forEach(type -> types.add(str(type)));
                        int batch = ep.get("BatchSize") == null ? 10 : Integer.parseInt(str(ep.get("BatchSize")));
                        String queue = ep.get("Queue") instanceof Intrinsic i ? i.logicalId() : str(ep.get("Queue"));
                        sqs.add(new SqsSource(name, queue, batch, types));
                    }
                    case "Schedule" -> schedules.add(new ScheduleSource(name, str(ep.get("Schedule"))));
                    default -> {
                    }
                }
            });
            int timeout = p.get("Timeout") == null ? t.globalFunctionTimeout() : Integer.parseInt(str(p.get("Timeout")));
            // Lambda's default memory is 128 MB; SAM's Globals apply where the function sets nothing.
            int memory = Integer.parseInt(str(p.getOrDefault("MemorySize", g.getOrDefault("MemorySize", "128"))));
            String runtime = str(p.getOrDefault("Runtime", g.get("Runtime")));
            Map<String, Object> snap = map(p.getOrDefault("SnapStart", g.get("SnapStart")));
            boolean snapStart = "PublishedVersions".equals(snap.get("ApplyOn"))
                    && p.getOrDefault("AutoPublishAlias", g.get("AutoPublishAlias")) != null;
            out.add(new FunctionSpec(id, str(p.get("Handler")), timeout, env, routes, sqs, schedules, str(p.get("CodeUri")),
                    memory, runtime, snapStart));
        });
        return out;
    }
}
