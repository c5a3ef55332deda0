package dk.livsmester.local;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** One HttpApi event of the template: method and path template, such as GET /api/applications/{id}. */
record Route(String functionId, String method, String template, String[] segments, int literals) {

    static Route of(String functionId, String method, String template) {
        String[] segs = template.substring(1).split("/");
        int literals = 0;
        for (String s : segs) {
            if (!s.startsWith("{")) {
                literals++;
            }
        }
        return new Route(functionId, method.toUpperCase(), template, segs, literals);
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
