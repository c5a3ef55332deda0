package dk.livsmester.local;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import static dk.livsmester.local.SecurityRuntime.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The token forgery matrix over HTTP (F3 kept): tokens signed with the issuer's own key but wrong in one claim, and
 * tokens not signed by it at all, are all refused with 401 by the gateway's JWT authorizer or the function's check;
 * the same token with the claims right is accepted, so the matrix proves the claim, not a broken token.
 */
class TokenForgerySecurityE2EIT {
    static RSAKey issuerKey;
    static String issuer;
    static String client;

    @BeforeAll
    static void keys() throws Exception {
        issuerKey = RSAKey.parse(Files.readString(SecurityRuntime.dataDir().resolve("local-signing-key.json")));
        // Issuer and client as the runtime's own sign-in gives them.
        JWTClaimsSet real = SignedJWT.parse(SecurityRuntime.token("team-helle")).getJWTClaimsSet();
        issuer = real.getIssuer();
        client = real.getStringClaim("client_id");
    }

    static JWTClaimsSet.Builder idToken() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer).subject("team-helle").audience(client).claim("token_use", "id")
                .claim("cognito:groups", List.of("team")).claim("name", "Helle Storm")
                .issueTime(Date.from(now.minusSeconds(5))).expirationTime(Date.from(now.plusSeconds(600)));
    }

    static JWTClaimsSet.Builder accessToken() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(issuer).subject("team-helle").claim("client_id", client)
                .claim("token_use", "access").claim("scope", "openid").claim("cognito:groups", List.of("team"))
                .issueTime(Date.from(now.minusSeconds(5))).expirationTime(Date.from(now.plusSeconds(600)));
    }

    static String signed(JWTClaimsSet.Builder claims, UnaryOperator<JWTClaimsSet.Builder> change, RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                change.apply(claims).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    static int status(String token) {
        return call("GET", "/api/applications/queue", token, null).status();
    }

    @Test
    void theRightTokens_areAccepted() throws Exception {
        assertEquals(200, status(signed(idToken(), c -> c, issuerKey)));
        assertEquals(200, status(signed(accessToken(), c -> c, issuerKey)));
    }

    @Test
    void everyForgery_isRefusedWith401() throws Exception {
        RSAKey otherKey = new RSAKeyGenerator(2048).keyID(issuerKey.getKeyID()).generate();
        Instant now = Instant.now();
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("id token for another client", signed(idToken(), c -> c.audience("another-client"), issuerKey));
        forged.put("id token without aud", signed(idToken(), c -> c.audience((String) null), issuerKey));
        forged.put("access token, foreign client_id", signed(accessToken(), c -> c.claim("client_id", "foreign"), issuerKey));
        forged.put("access token, no client_id", signed(accessToken(), c -> c.claim("client_id", null), issuerKey));
        forged.put("token_use refresh", signed(idToken(), c -> c.claim("token_use", "refresh"), issuerKey));
        forged.put("no token_use", signed(idToken(), c -> c.claim("token_use", null), issuerKey));
        forged.put("another issuer", signed(idToken(), c -> c.issuer("https://evil.example/local"), issuerKey));
        forged.put("expired", signed(idToken(), c -> c.expirationTime(Date.from(now.minusSeconds(120))), issuerKey));
        forged.put("no expiry", signed(idToken(), c -> c.expirationTime(null), issuerKey));
        forged.put("issued in the future", signed(idToken(), c -> c.issueTime(Date.from(now.plusSeconds(900))), issuerKey));
        forged.put("no known role", signed(idToken(), c -> c.claim("cognito:groups", List.of("root")), issuerKey));
        forged.put("another key, same kid", signed(idToken(), c -> c, otherKey));
        forged.put("unsigned (alg none)", new PlainJWT(idToken().build()).serialize());
        SignedJWT hs = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), idToken().build());
        hs.sign(new MACSigner(issuerKey.toRSAPublicKey().getEncoded()));
        forged.put("HS256 with the public key as secret", hs.serialize());
        forged.put("garbage", "not.a.token");
        forged.forEach((what, token) -> assertEquals(401, status(token), what));
        assertEquals(401, call("GET", "/api/applications/queue", null, null).status(), "no token");
        assertEquals(15, forged.size());
    }
}
