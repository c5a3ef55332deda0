package dk.livsmester.local;

import dk.livsmester.localaws.CfnTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One HttpApi event of the template: method and path template, such as GET /api/applications/{id}, and the JWT
 * authorizer in front of it (null for {@code Authorizer: NONE}) with the scopes it requires.
 */
record Route(String functionId, String method, String template, String[] segments, int literals, String authorizer,
             List<String> scopes) {

    /** A route without an authorizer. */
    static Route of(String functionId, String method, String template) {
        return of(functionId, method, template, null, List.of());
    }

    /**
     * The template's route with its authorizer: its own, else its API's default ({@code defaults} by API id); NONE
     * means none. Authorizers are named "apiId.name", as {@link LocalRuntime} registers them.
     */
    static Route of(String functionId, CfnTemplate.HttpRoute r, Map<String, String> defaults) {
        String name = r.authorizerNone() ? null : r.authorizer() != null ? r.authorizer() : defaults.get(r.apiId());
        return of(functionId, r.method(), r.path(), name == null ? null : r.apiId() + "." + name, r.authorizationScopes());
    }

    static Route of(String functionId, String method, String template, String authorizer, List<String> scopes) {
        String[] segs = template.substring(1).split("/");
        int literals = 0;
        for (String s : segs) {
            if (!s.startsWith("{")) {
                literals++;
            }
        }
        return new Route(functionId, method.toUpperCase(), template, segs, literals, authorizer, List.copyOf(scopes));
    }

    /** The path parameters if this route matches, as API Gateway extracts them. */
    Optional<Map<String, String>> match(String method, String path) {
        if (!this.method.equals(method)) {
            return Optional.empty();
        }
        String[] parts = path.substring(1).split("/", -1);
        if (parts.length != segments.length) {
            return Optional.empty();
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < parts.length; i++) {
            String s = segments[i];
            if (s.startsWith("{") && s.endsWith("}")) {
                if (parts[i].isEmpty()) {
                    return Optional.empty();
                }
                params.put(s.substring(1, s.length() - 1), java.net.URLDecoder.decode(parts[i], java.nio.charset.StandardCharsets.UTF_8));
            } else if (!s.equals(parts[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(params);
    }

    String routeKey() {
        return method + " " + template;
    }
}
