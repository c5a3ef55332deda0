package dk.livsmester.platform.auth;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Role;
import dk.livsmester.platform.auth.TokenVerifier.Refusal;
import dk.livsmester.platform.config.AuthConfig;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tokens become callers in one place, and anything doubtful fails closed (security finding F3: a token for another
 * client, one without an audience, or an access token of a foreign client was accepted). Every forgery is checked for
 * the reason it is refused, so a test cannot pass because the token broke some other way.
 */
class TokenVerifierTest {
    static final String ISSUER = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Pool";
    static final String CLIENT = "web-client-1";
    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    static final RSAKey KEY = generate("k1");
    static final RSAKey OTHER = generate("k1");

    static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static AuthConfig config(String jwks, String issuer, String clientId) {
        return new AuthConfig() {
            public String getJwksUrl() {
                return null;
            }

            public String getJwks() {
                return jwks;
            }

            public String getIssuer() {
                return issuer;
            }

            public String getClientId() {
                return clientId;
            }
        };
    }

    private final TokenVerifier verifier = new TokenVerifier(
            config(new JWKSet(KEY.toPublicJWK()).toString(), ISSUER, CLIENT), Clock.fixed(NOW, ZoneOffset.UTC));

    /** The claims of a Cognito ID token for the web client, as Cognito shapes them. */
    static JWTClaimsSet.Builder idToken() {
        return common().audience(CLIENT).claim("token_use", "id").claim("cognito:username", "u-1")
                .claim("email", "una@example.org").claim("email_verified", true).claim("name", "Una User");
    }

    /** The claims of a Cognito access token for the web client. */
    static JWTClaimsSet.Builder accessToken() {
        return common().claim("client_id", CLIENT).claim("token_use", "access").claim("scope", "openid email profile")
                .claim("username", "u-1").claim("version", 2);
    }

    static JWTClaimsSet.Builder common() {
        return new JWTClaimsSet.Builder().subject("u-1").issuer(ISSUER).claim("cognito:groups", List.of("unknown", "finance"))
                .issueTime(Date.from(NOW.minusSeconds(10))).expirationTime(Date.from(NOW.plusSeconds(3590)))
                .claim("auth_time", NOW.minusSeconds(10).getEpochSecond()).jwtID(UUID.randomUUID().toString())
                .claim("origin_jti", UUID.randomUUID().toString());
    }

    static String sign(RSAKey key, JWTClaimsSet.Builder claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    static String signed(JWTClaimsSet.Builder base, Consumer<JWTClaimsSet.Builder> change) throws Exception {
        change.accept(base);
        return sign(KEY, base);
    }

    private void refused(Refusal expected, String token) {
        TokenVerifier.Result r = verifier.check(token);
        assertNull(r.caller(), "accepted a token that should be refused for " + expected);
        assertEquals(expected, r.refusal());
        assertTrue(verifier.verify(token).isEmpty());
    }

    @Test
    void theWebClientsIdToken_isAccepted_withTheFirstKnownRole() throws Exception {
        TokenVerifier.Result r = verifier.check(sign(KEY, idToken()));
        assertEquals(new Caller("u-1", "Una User", Role.FINANCE), r.caller());
        assertNull(r.refusal());
    }

    @Test
    void aPeerGuideWhoIsAlsoInTheCitizenGroup_isAGuide_whateverTheOrderOfTheGroups() throws Exception {
        assertEquals(Role.GUIDE, verifier.check(signed(accessToken(), c -> c.claim("cognito:groups", List.of("citizen", "guide")))).caller().role());
        assertEquals(Role.GUIDE, verifier.check(signed(accessToken(), c -> c.claim("cognito:groups", List.of("guide", "citizen")))).caller().role());
        assertEquals(Role.CITIZEN, verifier.check(signed(accessToken(), c -> c.claim("cognito:groups",
                List.of("eu-west-1_Pool_MitID", "citizen")))).caller().role(), "Cognito's own provider group is no role");
    }

    @Test
    void theWebClientsAccessToken_isAccepted_andTheCallerIsNamedByItsSubject() throws Exception {
        // Cognito's access token has no name claim; nothing downstream needs one.
        assertEquals(new Caller("u-1", null, Role.FINANCE), verifier.check(sign(KEY, accessToken())).caller());
    }

    @Test
    void anIdTokenForAnotherClient_orWithoutAudience_isRefused() throws Exception {
        refused(Refusal.WRONG_AUDIENCE, signed(idToken(), c -> c.audience("another-client")));
        refused(Refusal.WRONG_AUDIENCE, signed(idToken(), c -> c.audience((String) null)));
        // An ID token cannot borrow the access token's claim to get in.
        refused(Refusal.WRONG_AUDIENCE, signed(idToken(), c -> c.audience("another-client").claim("client_id", CLIENT)));
    }

    @Test
    void anAccessTokenOfAForeignClient_orWithoutClientId_isRefused() throws Exception {
        refused(Refusal.WRONG_CLIENT, signed(accessToken(), c -> c.claim("client_id", "foreign-client")));
        refused(Refusal.WRONG_CLIENT, signed(accessToken(), c -> c.claim("client_id", null)));
        // An access token is judged by client_id only: an aud naming us does not make a foreign one ours.
        refused(Refusal.WRONG_CLIENT, signed(accessToken(), c -> c.claim("client_id", "foreign-client").audience(CLIENT)));
    }

    @Test
    void aTokenUseOtherThanIdOrAccess_isRefused() throws Exception {
        refused(Refusal.WRONG_TOKEN_USE, signed(idToken(), c -> c.claim("token_use", "refresh")));
        refused(Refusal.WRONG_TOKEN_USE, signed(idToken(), c -> c.claim("token_use", null)));
        refused(Refusal.WRONG_TOKEN_USE, signed(accessToken(), c -> c.claim("token_use", "ID")));
    }

    @Test
    void anotherIssuer_isRefused() throws Exception {
        refused(Refusal.WRONG_ISSUER, signed(idToken(), c -> c.issuer("https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_Other")));
        refused(Refusal.WRONG_ISSUER, signed(accessToken(), c -> c.issuer(null)));
    }

    @Test
    void anIssueTimeInTheFuture_beyondTheSkew_isRefused_butAFewSecondsAreTolerated() throws Exception {
        refused(Refusal.NOT_YET_VALID, signed(idToken(), c -> c.issueTime(Date.from(NOW.plusSeconds(600)))));
        refused(Refusal.NOT_YET_VALID, signed(accessToken(), c -> c.issueTime(null)));
        assertTrue(verifier.check(signed(idToken(), c -> c.issueTime(Date.from(NOW.plusSeconds(30))))).accepted());
    }

    @Test
    void anExpiredToken_orOneWithoutExpiry_isRefused() throws Exception {
        refused(Refusal.EXPIRED, signed(idToken(), c -> c.expirationTime(Date.from(NOW.minusSeconds(120)))));
        refused(Refusal.EXPIRED, signed(accessToken(), c -> c.expirationTime(null)));
        assertTrue(verifier.check(signed(accessToken(), c -> c.expirationTime(Date.from(NOW.minusSeconds(30))))).accepted(),
                "within the clock skew");
    }

    @Test
    void aTokenSignedWithAnotherKey_isRefused() throws Exception {
        refused(Refusal.BAD_SIGNATURE, sign(OTHER, idToken()));
        refused(Refusal.BAD_SIGNATURE, sign(generate("unknown-kid"), accessToken()));
    }

    @Test
    void anUnsignedToken_orOneSignedWithHs256_isRefusedBeforeAnyKeyIsTried() throws Exception {
        refused(Refusal.WRONG_ALGORITHM, new PlainJWT(idToken().build()).serialize());
        // The classic confusion: the public key's modulus used as an HMAC secret.
        byte[] secret = KEY.getModulus().decode();
        SignedJWT hs = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(), idToken().build());
        hs.sign(new MACSigner(secret));
        refused(Refusal.WRONG_ALGORITHM, hs.serialize());
        // A valid RS256 signature under a header that claims "none" is not a signed token either.
        String[] parts = sign(KEY, idToken()).split("\\.");
        String none = Base64URL.encode("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";
        refused(Refusal.WRONG_ALGORITHM, none);
    }

    @Test
    void noSubject_noKnownRole_orGarbage_isRefused() throws Exception {
        refused(Refusal.NO_SUBJECT, signed(idToken(), c -> c.subject(null)));
        refused(Refusal.NO_ROLE, signed(idToken(), c -> c.claim("cognito:groups", null)));
        refused(Refusal.NO_ROLE, signed(accessToken(), c -> c.claim("cognito:groups", List.of("superuser"))));
        refused(Refusal.MALFORMED, "not-a-jwt");
        refused(Refusal.MALFORMED, "");
    }

    @Test
    void withoutKeysIssuerOrClientIdConfigured_nothingVerifies() throws Exception {
        String good = sign(KEY, idToken());
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        assertEquals(Refusal.BAD_SIGNATURE, new TokenVerifier(config(null, ISSUER, CLIENT), clock).check(good).refusal());
        assertEquals(Refusal.NOT_CONFIGURED, new TokenVerifier(config(new JWKSet(KEY.toPublicJWK()).toString(), null, CLIENT), clock)
                .check(good).refusal());
        assertEquals(Refusal.NOT_CONFIGURED, new TokenVerifier(config(new JWKSet(KEY.toPublicJWK()).toString(), ISSUER, " "), clock)
                .check(good).refusal());
    }
}
