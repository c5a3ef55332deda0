package dk.livsmester.local;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * The local stand-in for Cognito: signs RS256 tokens for demo users with a key kept in the data folder (so tokens
 * survive a restart) and publishes the public half as a JWKS. The functions check these tokens with the same code
 * that checks Cognito's in AWS.
 */
public final class TokenIssuer {
    static final Duration LIFETIME = Duration.ofHours(8);
    static final String AUDIENCE = "livsmester-local";

    private final RSAKey key;
    private final String issuer;

    private TokenIssuer(RSAKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    public static TokenIssuer load(Path keyFile, String issuer) {
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
            return new TokenIssuer(key, issuer);
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

    public String sign(DemoUser user) {
        return sign(user, Instant.now().plus(LIFETIME));
    }

    public String sign(DemoUser user, Instant expiry) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .subject(user.sub())
                    .issuer(issuer)
                    .audience(AUDIENCE)
                    .claim("name", user.name())
                    .claim("cognito:groups", List.of(user.role()))
                    .claim("token_use", "id")
                    .issueTime(new Date())
                    .expirationTime(Date.from(expiry))
                    .jwtID(UUID.randomUUID().toString())
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a local token", e);
        }
    }
}
