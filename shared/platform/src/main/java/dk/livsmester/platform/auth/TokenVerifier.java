package dk.livsmester.platform.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Role;
import dk.livsmester.platform.config.AuthConfig;
import jakarta.inject.Singleton;

import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one place a bearer token becomes a {@link Caller}. RS256 signatures against the configured JWKS, expiry always,
 * issuer when configured. The role is the first Cognito group ({@code cognito:groups}) that names a known role.
 * Anything wrong gives an empty result: callers fail closed.
 */
@Singleton
public class TokenVerifier {
    private final DefaultJWTProcessor<SecurityContext> processor;

    public TokenVerifier(AuthConfig config) {
        this.processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keySource(config)));
        Set<String> required = new HashSet<>(List.of("sub", "exp"));
        JWTClaimsSet.Builder exact = new JWTClaimsSet.Builder();
        if (config.getIssuer() != null && !config.getIssuer().isBlank()) {
            exact.issuer(config.getIssuer());
        }
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(exact.build(), required));
    }

    private static JWKSource<SecurityContext> keySource(AuthConfig config) {
        try {
            if (config.getJwks() != null && !config.getJwks().isBlank()) {
                return new ImmutableJWKSet<>(JWKSet.parse(config.getJwks()));
            }
            if (config.getJwksUrl() != null && !config.getJwksUrl().isBlank()) {
                return JWKSourceBuilder.create(URI.create(config.getJwksUrl()).toURL()).retrying(true).build();
            }
        } catch (ParseException | MalformedURLException e) {
            throw new IllegalStateException("livsmester.auth: the JWKS configuration is not valid", e);
        }
        // No keys configured: nothing verifies, every protected call is refused.
        return new ImmutableJWKSet<>(new JWKSet());
    }

    public Optional<Caller> verify(String token) {
        try {
            JWTClaimsSet claims = processor.process(token, null);
            Optional<Role> role = roleOf(claims);
            if (role.isEmpty()) {
                return Optional.empty();
            }
            String name = claims.getStringClaim("name");
            return Optional.of(new Caller(claims.getSubject(), name, role.get()));
        } catch (ParseException | BadJOSEException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Role> roleOf(JWTClaimsSet claims) throws ParseException {
        List<String> groups = claims.getStringListClaim("cognito:groups");
        if (groups == null) {
            return Optional.empty();
        }
        return groups.stream().map(Role::fromWireName).flatMap(Optional::stream).findFirst();
    }
}
