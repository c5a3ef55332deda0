package dk.livsmester.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The local stand-in for Cognito's token signing: RS256 with a key kept in the data folder (so tokens survive a
 * restart), published as a JWKS. ID and access tokens carry the claims Cognito's carry, named as Cognito names them
 * (an ID token has {@code aud} and {@code cognito:username}, an access token {@code client_id}, {@code scope} and
 * {@code username}), so the functions check them with the same code that checks Cognito's in AWS.
 */
public final class TokenIssuer {
    /** Cognito's default lifetime of ID and access tokens. */
    static final Duration LIFETIME = Duration.ofHours(1);

    /** What a sign-in decided: who, for which client, with which scope, when, and the session it belongs to. */
    record Grant(DemoUser user, String clientId, String scope, String nonce, Instant authTime, String sessionId) {
    }

    record Tokens(String idToken, String accessToken, long expiresIn) {
    }

    private final RSAKey key;
    private final String issuer;
    private final Clock clock;

    private TokenIssuer(RSAKey key, String issuer, Clock clock) {
        this.key = key;
        this.issuer = issuer;
        this.clock = clock;
    }

    public static TokenIssuer load(Path keyFile, String issuer) {
        return load(keyFile, issuer, Clock.systemUTC());
    }

    static TokenIssuer load(Path keyFile, String issuer, Clock clock) {
        try {
            RSAKey key;
            if (Files.isRegularFile(keyFile)) {
                key = RSAKey.parse(Files.readString(keyFile, StandardCharsets.UTF_8));
            } else {
                key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString())
                        .algorithm(JWSAlgorithm.RS256).generate();
                Files.createDirectories(keyFile.getParent());
                Files.writeString(keyFile, key.toJSONString(), StandardCharsets.UTF_8);
            }
            return new TokenIssuer(key, issuer, clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("The local signing key in " + keyFile + " is not usable; delete it", e);
        }
    }

    public String issuer() {
        return issuer;
    }

    public String jwks() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    Instant now() {
        return clock.instant();
    }

    /** A new ID and access token for a grant, as Cognito's token endpoint returns them. */
    Tokens issue(Grant grant) {
        Instant now = now();
        Date iat = Date.from(now);
        Date exp = Date.from(now.plus(LIFETIME));
        List<String> groups = List.of(grant.user().role());
        String access = sign(new JWTClaimsSet.Builder()
                .subject(grant.user().sub())
                .claim("cognito:groups", groups)
                .issuer(issuer)
                .claim("version", 2)
                .claim("client_id", grant.clientId())
                .claim("origin_jti", grant.sessionId())
                .claim("event_id", UUID.randomUUID().toString())
                .claim("token_use", "access")
                .claim("scope", grant.scope())
                .claim("auth_time", grant.authTime().getEpochSecond())
                .expirationTime(exp)
                .issueTime(iat)
                .jwtID(UUID.randomUUID().toString())
                .claim("username", grant.user().sub())
                .build());
        JWTClaimsSet.Builder id = new JWTClaimsSet.Builder()
                .claim("at_hash", atHash(access))
                .subject(grant.user().sub())
                .claim("cognito:groups", groups)
                .claim("email_verified", true)
                .issuer(issuer)
                .claim("cognito:username", grant.user().sub())
                .claim("origin_jti", grant.sessionId())
                .audience(grant.clientId())
                .claim("event_id", UUID.randomUUID().toString())
                .claim("token_use", "id")
                .claim("auth_time", grant.authTime().getEpochSecond())
                .claim("name", grant.user().name())
                .expirationTime(exp)
                .issueTime(iat)
                .jwtID(UUID.randomUUID().toString())
                .claim("email", grant.user().email());
        if (grant.nonce() != null) {
            id.claim("nonce", grant.nonce());
        }
        return new Tokens(sign(id.build()), access, LIFETIME.toSeconds());
    }

    /** The claims of a token this issuer signed, whether or not it has expired; empty if it is not ours. */
    Optional<JWTClaimsSet> ownClaims(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new RSASSAVerifier(key))
                    || !issuer.equals(jwt.getJWTClaimsSet().getIssuer())) {
                return Optional.empty();
            }
            return Optional.of(jwt.getJWTClaimsSet());
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private String sign(JWTClaimsSet claims) {
        try {
            // Cognito's header is exactly {"kid", "alg"}: no "typ".
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a local token", e);
        }
    }

    /** OIDC Core 3.1.3.6: the left half of the SHA-256 of the access token, base64url. */
    static String atHash(String accessToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(accessToken.getBytes(StandardCharsets.US_ASCII));
            return Base64URL.encode(Arrays.copyOf(digest, digest.length / 2)).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
