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
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Role;
import dk.livsmester.platform.config.AuthConfig;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The one place a bearer token becomes a {@link Caller}. A Cognito token (or the local runtime's, shaped the same) is
 * accepted only if all of these hold: RS256, signed by a key of the configured JWKS; the configured issuer;
 * {@code token_use} is {@code id} or {@code access}; an ID token's {@code aud} contains the web client's id, an access
 * token's {@code client_id} equals it; {@code exp} not passed and {@code iat} not in the future (both with a minute of
 * clock skew); a subject; a group naming a known role (see {@link #roleOf}). Anything else is refused with a
 * {@link Refusal} reason: callers fail closed.
 */
@Singleton
public class TokenVerifier {
    private static final Logger LOG = LoggerFactory.getLogger(TokenVerifier.class);
    /** Clocks of Cognito, Lambda and a laptop disagree a little; more than this is not "a little". */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    /** Why a token was refused. Logged (never the token itself) so that a refused sign-in can be explained. */
    public enum Refusal {
        NOT_CONFIGURED, MALFORMED, WRONG_ALGORITHM, BAD_SIGNATURE, WRONG_ISSUER, WRONG_TOKEN_USE, WRONG_AUDIENCE,
        WRONG_CLIENT, EXPIRED, NOT_YET_VALID, NO_SUBJECT, NO_ROLE
    }

    /** The outcome of a check: exactly one of caller and refusal is set. */
    public record Result(Caller caller, Refusal refusal) {
        static Result accepted(Caller caller) {
            return new Result(caller, null);
        }

        static Result refused(Refusal refusal) {
            return new Result(null, refusal);
        }

        public boolean accepted() {
            return caller != null;
        }
    }

    private final DefaultJWTProcessor<SecurityContext> processor;
    private final String issuer;
    private final String clientId;
    private final Clock clock;

    @Inject
    public TokenVerifier(AuthConfig config) {
        this(config, Clock.systemUTC());
    }

    TokenVerifier(AuthConfig config, Clock clock) {
        this.processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keySource(config)));
        // The claims are checked below, one by one, so that each refusal has its own reason.
        processor.setJWTClaimsSetVerifier(null);
        this.issuer = blankToNull(config.getIssuer());
        this.clientId = blankToNull(config.getClientId());
        this.clock = clock;
        if (issuer == null || clientId == null) {
            LOG.warn("auth configuration incomplete issuer={} clientId={}: every protected call is refused",
                    issuer != null, clientId != null);
        }
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

    /** The caller, or empty when the token is refused (the reason is logged). */
    public Optional<Caller> verify(String token) {
        Result r = check(token);
        if (!r.accepted()) {
            LOG.info("token refused reason={}", r.refusal());
        }
        return Optional.ofNullable(r.caller());
    }

    public Result check(String token) {
        if (issuer == null || clientId == null) {
            return Result.refused(Refusal.NOT_CONFIGURED);
        }
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException | RuntimeException e) {
            return Result.refused(Refusal.MALFORMED);
        }
        // "none" and HMAC (the public key used as a shared secret) are refused before any key is looked at.
        if (!(jwt instanceof SignedJWT signed) || !JWSAlgorithm.RS256.equals(signed.getHeader().getAlgorithm())) {
            return Result.refused(Refusal.WRONG_ALGORITHM);
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(signed, null);
        } catch (BadJOSEException | JOSEException e) {
            return Result.refused(Refusal.BAD_SIGNATURE);
        } catch (RuntimeException e) {
            return Result.refused(Refusal.MALFORMED);
        }
        try {
            return checkClaims(claims);
        } catch (ParseException e) {
            return Result.refused(Refusal.MALFORMED);
        }
    }

    private Result checkClaims(JWTClaimsSet claims) throws ParseException {
        if (!issuer.equals(claims.getIssuer())) {
            return Result.refused(Refusal.WRONG_ISSUER);
        }
        String use = claims.getStringClaim("token_use");
        if ("id".equals(use)) {
            List<String> audience = claims.getAudience();
            if (audience == null || !audience.contains(clientId)) {
                return Result.refused(Refusal.WRONG_AUDIENCE);
            }
        } else if ("access".equals(use)) {
            if (!clientId.equals(claims.getStringClaim("client_id"))) {
                return Result.refused(Refusal.WRONG_CLIENT);
            }
        } else {
            return Result.refused(Refusal.WRONG_TOKEN_USE);
        }
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        // A token without an expiry would be good forever: treated as expired.
        if (exp == null || !exp.toInstant().plus(CLOCK_SKEW).isAfter(now)) {
            return Result.refused(Refusal.EXPIRED);
        }
        Date iat = claims.getIssueTime();
        if (iat == null || iat.toInstant().isAfter(now.plus(CLOCK_SKEW))) {
            return Result.refused(Refusal.NOT_YET_VALID);
        }
        if (claims.getSubject() == null || claims.getSubject().isBlank()) {
            return Result.refused(Refusal.NO_SUBJECT);
        }
        Optional<Role> role = roleOf(claims);
        if (role.isEmpty()) {
            return Result.refused(Refusal.NO_ROLE);
        }
        // Access tokens carry no name (Cognito puts it in the ID token only); Caller falls back to the subject.
        return Result.accepted(new Caller(claims.getSubject(), claims.getStringClaim("name"), role.get()));
    }

    /**
     * The first group that names a known role; citizen only when there is no other. Everyone who signs in with MitID is
     * put in the citizen group, and a peer guide is a citizen too (and in guide); Cognito promises no order of the
     * groups in the token, so the other role must win by rule, not by position.
     */
    private static Optional<Role> roleOf(JWTClaimsSet claims) throws ParseException {
        List<String> groups = claims.getStringListClaim("cognito:groups");
        if (groups == null) {
            return Optional.empty();
        }
        List<Role> roles = groups.stream().map(Role::fromWireName).flatMap(Optional::stream).toList();
        return roles.stream().filter(r -> r != Role.CITIZEN).findFirst().or(() -> roles.stream().findFirst());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
