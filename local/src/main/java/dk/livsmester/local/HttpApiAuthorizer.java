package dk.livsmester.local;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dk.livsmester.localaws.CfnTemplate;
import dk.livsmester.localaws.CfnTemplate.Intrinsic;
import dk.livsmester.localaws.CfnTemplate.JwtAuthorizer;
import dk.livsmester.localaws.IntrinsicResolver;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What API Gateway's HTTP API JWT authorizer does before a function is invoked, from the template's
 * {@code Auth.Authorizers.*.JwtConfiguration}: the token from the identity source (with or without "Bearer "), an
 * RS256 signature by a key of the issuer's JWKS, {@code iss} equal to the configured issuer, {@code aud} (or, only
 * when there is no {@code aud}, {@code client_id}) one of the configured audiences, {@code exp} in the future,
 * {@code nbf} and {@code iat} not in the future, and the route's authorization scopes in {@code scope}. A failure is
 * answered 401 {@code {"message":"Unauthorized"}} by the gateway itself; a success hands the function the claims as
 * strings (arrays as {@code [a b]}, as API Gateway writes them) and the scopes.
 *
 * <p>Cognito is the one AWS service the local runtime does not run: an issuer that names the template's user pool is
 * the stand-in's issuer, an audience that names its app client is its client id ({@link AuthorizerStandIn}).
 */
final class HttpApiAuthorizer {

    /** The outcome for one request: allowed with the claims and scopes, or refused with API Gateway's reason. */
    record Outcome(boolean allowed, String error, Map<String, String> claims, List<String> scopes) {
        static Outcome refused(String error) {
            return new Outcome(false, error, null, null);
        }
    }

    private final String header;
    private final String issuer;
    private final Set<String> audiences;
    private final DefaultJWTProcessor<SecurityContext> processor;

    HttpApiAuthorizer(String header, String issuer, Set<String> audiences, String jwks) {
        this.header = header;
        this.issuer = issuer;
        this.audiences = audiences;
        this.processor = new DefaultJWTProcessor<>();
        try {
            processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
                    new ImmutableJWKSet<>(JWKSet.parse(jwks))));
        } catch (ParseException e) {
            throw new IllegalStateException("The local JWKS is not valid", e);
        }
        // Issuer and exp here; the audience rule (aud, else client_id) and iat below, as API Gateway applies them.
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("exp")));
    }

    /**
     * Every JWT authorizer of the template's HTTP APIs, named "apiId.name" as {@link Route#of(String,
     * CfnTemplate.HttpRoute, Map)} names them, with the local issuer and client standing in for the Cognito user pool
     * and its client.
     */
    static Map<String, HttpApiAuthorizer> fromTemplate(CfnTemplate template, AuthorizerStandIn auth) {
        Map<String, HttpApiAuthorizer> out = new LinkedHashMap<>();
        template.httpApis().forEach(api -> api.authorizers().forEach((name, a) ->
                out.put(api.logicalId() + "." + name, of(template, a, auth))));
        return out;
    }

    /** Each HTTP API's default authorizer, by the API's logical id. */
    static Map<String, String> defaults(CfnTemplate template) {
        Map<String, String> out = new LinkedHashMap<>();
        template.httpApis().forEach(api -> {
            if (api.defaultAuthorizer() != null) {
                out.put(api.logicalId(), api.defaultAuthorizer());
            }
        });
        return out;
    }

    static HttpApiAuthorizer of(CfnTemplate template, JwtAuthorizer a, AuthorizerStandIn auth) {
        String source = a.identitySource();
        if (source == null || !source.startsWith("$request.header.")) {
            throw new IllegalStateException("Authorizer " + a.name() + ": only $request.header.* identity sources are emulated");
        }
        String issuer = standIn(template, a.issuer(), "AWS::Cognito::UserPool", auth.issuer(), a.name());
        Set<String> audiences = new LinkedHashSet<>();
        for (Object aud : a.audience()) {
            audiences.add(standIn(template, aud, "AWS::Cognito::UserPoolClient", auth.clientId(), a.name()));
        }
        return new HttpApiAuthorizer(source.substring("$request.header.".length()).toLowerCase(Locale.ROOT), issuer,
                audiences, auth.jwks());
    }

    /** A literal stays as it is; a value that names a resource of {@code type} is the local stand-in. */
    private static String standIn(CfnTemplate template, Object value, String type, String local, String authorizer) {
        if (!(value instanceof Intrinsic)) {
            return String.valueOf(value);
        }
        if (IntrinsicResolver.referencedIds(value).stream().anyMatch(id -> type.equals(template.resources().getOrDefault(id, Map.of()).get("Type")))) {
            return local;
        }
        throw new IllegalStateException("Authorizer " + authorizer + ": cannot emulate " + value);
    }

    String issuer() {
        return issuer;
    }

    Set<String> audiences() {
        return audiences;
    }

    /** Checks the request's token; {@code headers} have lower-case names. */
    Outcome authorize(Map<String, String> headers, List<String> requiredScopes) {
        String value = headers.get(header);
        if (value == null || value.isBlank()) {
            return Outcome.refused("no token");
        }
        String token = value.regionMatches(true, 0, "Bearer ", 0, 7) ? value.substring(7).trim() : value.trim();
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (Exception e) {
            // The reason in API Gateway's words would need the library's message; a class name says enough locally.
            return Outcome.refused("invalid token (" + e.getClass().getSimpleName() + ")");
        }
        List<String> aud = claims.getAudience();
        Object clientId = claims.getClaim("client_id");
        boolean audienceOk = aud != null && !aud.isEmpty()
                ? aud.stream().anyMatch(audiences::contains)
                : clientId != null && audiences.contains(String.valueOf(clientId));
        if (!audienceOk) {
            return Outcome.refused("the token does not have a valid audience");
        }
        Date iat = claims.getIssueTime();
        if (iat != null && iat.getTime() > System.currentTimeMillis() + 60_000) {
            return Outcome.refused("the token is not valid yet");
        }
        List<String> scopes = scopes(claims);
        if (!requiredScopes.isEmpty() && (scopes == null || requiredScopes.stream().noneMatch(scopes::contains))) {
            return Outcome.refused("the token does not have the required scope");
        }
        return new Outcome(true, null, stringClaims(claims), scopes);
    }

    private static List<String> scopes(JWTClaimsSet claims) {
        Object scope = claims.getClaim("scope");
        if (scope == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String s : String.valueOf(scope).split(" ")) {
            if (!s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Every claim as a string, as API Gateway passes them: numbers as digits, arrays as {@code [a b]}. */
    static Map<String, String> stringClaims(JWTClaimsSet claims) {
        Map<String, String> out = new LinkedHashMap<>();
        claims.toJSONObject().forEach((k, v) -> out.put(k, claimString(v)));
        return out;
    }

    private static String claimString(Object v) {
        if (v instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).collect(Collectors.joining(" ", "[", "]"));
        }
        if (v instanceof Date d) {
            return String.valueOf(d.getTime() / 1000);
        }
        return String.valueOf(v);
    }

    /** The www-authenticate header API Gateway sends with its 401. */
    static String challenge(String error) {
        return "Bearer scope=\"\" error=\"invalid_token\" error_description=\"" + Optional.ofNullable(error).orElse("") + "\"";
    }
}
