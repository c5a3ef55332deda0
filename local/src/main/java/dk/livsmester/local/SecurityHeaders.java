package dk.livsmester.local;

import dk.livsmester.localaws.CfnTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The security headers the template's CloudFront response-headers policy adds in AWS, as the local gateway adds them
 * to every answer: one source for both. A policy property this class does not know is refused, so the two cannot
 * drift apart unnoticed.
 */
final class SecurityHeaders {
    static final String POLICY = "SecurityHeadersPolicy";

    private SecurityHeaders() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> fromTemplate(CfnTemplate template, Map<String, String> refs) {
        Map<String, Object> resource = template.resources().get(POLICY);
        if (resource == null) {
            throw new IllegalStateException("template.yaml has no " + POLICY);
        }
        Map<String, Object> config = (Map<String, Object>) ((Map<String, Object>) resource.get("Properties"))
                .get("ResponseHeadersPolicyConfig");
        Map<String, String> headers = new LinkedHashMap<>();
        Map<String, Object> security = (Map<String, Object>) config.getOrDefault("SecurityHeadersConfig", Map.of());
        security.forEach((name, value) -> {
            Map<String, Object> v = (Map<String, Object>) value;
            switch (name) {
                case "ContentSecurityPolicy" -> headers.put("Content-Security-Policy",
                        resolved(v.get("ContentSecurityPolicy"), refs).replaceAll("\\s+", " ").trim());
                case "ContentTypeOptions" -> headers.put("X-Content-Type-Options", "nosniff");
                case "FrameOptions" -> headers.put("X-Frame-Options", String.valueOf(v.get("FrameOption")));
                case "ReferrerPolicy" -> headers.put("Referrer-Policy", String.valueOf(v.get("ReferrerPolicy")));
                case "StrictTransportSecurity" -> headers.put("Strict-Transport-Security", "max-age="
                        + v.get("AccessControlMaxAgeSec") + (Boolean.TRUE.equals(v.get("IncludeSubdomains")) ? "; includeSubDomains" : "")
                        + (Boolean.TRUE.equals(v.get("Preload")) ? "; preload" : ""));
                default -> throw new IllegalStateException(POLICY + ": the local gateway does not know " + name);
            }
        });
        Map<String, Object> custom = (Map<String, Object>) config.getOrDefault("CustomHeadersConfig", Map.of());
        for (Object item : (List<Object>) custom.getOrDefault("Items", List.of())) {
            Map<String, Object> h = (Map<String, Object>) item;
            headers.put(String.valueOf(h.get("Header")), String.valueOf(h.get("Value")));
        }
        return Map.copyOf(headers);
    }

    /** The policy's {@code !Sub} with the local parameters and region, as CloudFormation fills it in AWS. */
    private static String resolved(Object value, Map<String, String> refs) {
        String s = CfnTemplate.resolve(value, refs);
        if (s == null) {
            throw new IllegalStateException(POLICY + ": the CSP refers to something the local runtime cannot resolve");
        }
        return s;
    }

    /**
     * The same headers with {@code origin} also allowed in the CSP's {@code connect-src}: locally the pages upload
     * attachments to the S3 store on its own loopback port, what the bucket's own host in the template's policy allows in AWS.
     */
    static Map<String, String> connectingAlsoTo(Map<String, String> headers, String origin) {
        Map<String, String> out = new LinkedHashMap<>(headers);
        out.computeIfPresent("Content-Security-Policy", (k, csp) -> csp.replace("connect-src ", "connect-src " + origin + " "));
        return Map.copyOf(out);
    }
}
