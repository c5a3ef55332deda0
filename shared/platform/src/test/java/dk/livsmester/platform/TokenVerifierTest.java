package dk.livsmester.platform;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Role;
import dk.livsmester.platform.auth.TokenVerifier;
import dk.livsmester.platform.config.AuthConfig;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tokens become callers in one place, and anything doubtful fails closed. */
class TokenVerifierTest {
    static final RSAKey KEY = generate();
    static final RSAKey OTHER = generate();

    static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("k1").generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static AuthConfig config(String issuer) {
        return new AuthConfig() {
            public String getJwksUrl() {
                return null;
            }

            public String getJwks() {
                return new JWKSet(KEY.toPublicJWK()).toString();
            }

            public String getIssuer() {
                return issuer;
            }
        };
    }

    static String token(RSAKey key, String issuer, Object groups, Instant exp) throws Exception {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject("u-1").issuer(issuer).claim("name", "Una User")
                .expirationTime(Date.from(exp));
        if (groups != null) {
            claims.claim("cognito:groups", groups);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(), claims.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private final TokenVerifier verifier = new TokenVerifier(config("iss-1"));
    private final Instant later = Instant.now().plusSeconds(600);

    @Test
    void aValidToken_givesTheCallerAndTheFirstKnownRole() throws Exception {
        Optional<Caller> c = verifier.verify(token(KEY, "iss-1", List.of("unknown", "finance"), later));
        assertEquals(Optional.of(new Caller("u-1", "Una User", Role.FINANCE)), c);
    }

    @Test
    void expiredWrongKeyWrongIssuerNoRoleOrGarbage_areAllRefused() throws Exception {
        assertTrue(verifier.verify(token(KEY, "iss-1", List.of("team"), Instant.now().minusSeconds(120))).isEmpty());
        assertTrue(verifier.verify(token(OTHER, "iss-1", List.of("team"), later)).isEmpty());
        assertTrue(verifier.verify(token(KEY, "someone-else", List.of("team"), later)).isEmpty());
        assertTrue(verifier.verify(token(KEY, "iss-1", null, later)).isEmpty());
        assertTrue(verifier.verify(token(KEY, "iss-1", List.of("superuser"), later)).isEmpty());
        assertTrue(verifier.verify("not-a-jwt").isEmpty());
    }

    @Test
    void withNoKeysConfigured_nothingVerifies() throws Exception {
        TokenVerifier none = new TokenVerifier(new AuthConfig() {
            public String getJwksUrl() {
                return null;
            }

            public String getJwks() {
                return null;
            }

            public String getIssuer() {
                return null;
            }
        });
        assertTrue(none.verify(token(KEY, "iss-1", List.of("admin"), later)).isEmpty());
    }
}
