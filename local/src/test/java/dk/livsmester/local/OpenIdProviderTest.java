package dk.livsmester.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dk.livsmester.domain.Role;
import dk.livsmester.platform.auth.TokenVerifier;
import dk.livsmester.platform.config.AuthConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The local OpenID provider over HTTP, as a browser and oidc-client-ts use it: discovery, the picker, the code flow with
 * PKCE, refresh, end-session; and every refusal the brief names (wrong verifier, reused code, wrong redirect URI,
 * unknown client). Its tokens are checked by the functions' own {@link TokenVerifier}.
 */
class OpenIdProviderTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Pattern REQUEST = Pattern.compile("name=\"request\" value=\"([^\"]+)\"");

    /** A clock the test can move forward, for expiry. */
    static final class MovableClock extends Clock {
        volatile Instant now = Instant.now();

        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        public Clock withZone(ZoneId zone) {
            return this;
        }

        public Instant instant() {
            return now;
        }
    }

    final MovableClock clock = new MovableClock();
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpServer server;
    String origin;
    String callback;
    OpenIdProvider provider;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        origin = "http://localhost:" + server.getAddress().getPort();
        callback = origin + "/callback.html";
        Path dir = Files.createTempDirectory("livsmester-op");
        TokenIssuer tokens = TokenIssuer.load(dir.resolve("key.json"), origin + "/local", clock);
        provider = new OpenIdProvider(tokens, origin, LocalRuntime.demoUsers());
        server.createContext("/", ex -> {
            try (ex) {
                if (!provider.handle(ex, ex.getRequestMethod(), ex.getRequestURI().getRawPath())) {
                    ex.sendResponseHeaders(404, -1);
                }
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    // ---- a browser's and oidc-client-ts's steps ------------------------------------------------------------------

    record Pkce(String verifier, String challenge) {
        static Pkce fresh() {
            byte[] b = new byte[48];
            new SecureRandom().nextBytes(b);
            String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            return new Pkce(verifier, AuthorizationServer.s256(verifier));
        }
    }

    Map<String, String> authorizeParams(Pkce pkce) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("client_id", origin);
        p.put("redirect_uri", callback);
        p.put("response_type", "code");
        p.put("scope", "openid email profile");
        p.put("state", "st-1");
        p.put("code_challenge", pkce.challenge());
        p.put("code_challenge_method", "S256");
        p.put("nonce", "n-1");
        return p;
    }

    HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(origin + pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String path, Map<String, String> form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(origin + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String form(Map<String, String> p) {
        return p.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    static Map<String, String> query(String location) {
        return OpenIdProvider.params(URI.create(location).getRawQuery());
    }

    /** The picker for these parameters, and the person chosen on it: the redirect back with the code. */
    String signIn(Map<String, String> authorize, String sub) throws Exception {
        HttpResponse<String> picker = get(OpenIdProvider.AUTHORIZE + "?" + form(authorize));
        assertEquals(200, picker.statusCode(), picker.body());
        Matcher m = REQUEST.matcher(picker.body());
        assertTrue(m.find(), "the picker carries the pending request");
        HttpResponse<String> chosen = postForm(OpenIdProvider.AUTHORIZE, Map.of("request", m.group(1), "sub", sub));
        assertEquals(302, chosen.statusCode(), chosen.body());
        return chosen.headers().firstValue("Location").orElseThrow();
    }

    HttpResponse<String> redeem(String code, String verifier, String redirectUri, String clientId) throws Exception {
        return postForm(OpenIdProvider.TOKEN, Map.of("grant_type", "authorization_code", "code", code, "code_verifier", verifier,
                "redirect_uri", redirectUri, "client_id", clientId));
    }

    TokenVerifier functionsVerifier() throws Exception {
        String jwks = get(OpenIdProvider.JWKS).body();
        return new TokenVerifier(new AuthConfig() {
            public String getJwksUrl() {
                return null;
            }

            public String getJwks() {
                return jwks;
            }

            public String getIssuer() {
                return origin + "/local";
            }

            public String getClientId() {
                return origin;
            }
        });
    }

    static JWTClaimsSet claims(String jwt) throws Exception {
        return SignedJWT.parse(jwt).getJWTClaimsSet();
    }

    static String error(HttpResponse<String> r) throws Exception {
        return JSON.readTree(r.body()).get("error").asText();
    }

    // ---- the tests ----------------------------------------------------------------------------------------------

    @Test
    void discovery_namesTheEndpointsUnderTheIssuer_andOnlyTheCodeFlowWithS256() throws Exception {
        JsonNode d = JSON.readTree(get("/local/.well-known/openid-configuration").body());
        assertEquals(origin + "/local", d.get("issuer").asText());
        assertEquals(origin + "/local/oauth2/authorize", d.get("authorization_endpoint").asText());
        assertEquals(origin + "/local/oauth2/token", d.get("token_endpoint").asText());
        assertEquals(origin + "/local/jwks.json", d.get("jwks_uri").asText());
        assertEquals(origin + "/local/logout", d.get("end_session_endpoint").asText());
        assertEquals("[\"code\"]", d.get("response_types_supported").toString());
        assertEquals("[\"S256\"]", d.get("code_challenge_methods_supported").toString());
        JsonNode config = JSON.readTree(get("/auth-config.json").body());
        assertEquals(origin + "/local", config.get("authority").asText());
        assertEquals(origin, config.get("client_id").asText(), "the local web client is the runtime's own origin");
    }

    @Test
    void theCodeFlowWithPkce_givesCognitoShapedTokens_thatTheFunctionsAccept() throws Exception {
        Pkce pkce = Pkce.fresh();
        String location = signIn(authorizeParams(pkce), "citizen-nora");
        assertTrue(location.startsWith(callback + "?"), location);
        Map<String, String> back = query(location);
        assertEquals("st-1", back.get("state"));

        HttpResponse<String> r = redeem(back.get("code"), pkce.verifier(), callback, origin);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        JsonNode body = JSON.readTree(r.body());
        assertEquals("Bearer", body.get("token_type").asText());
        assertEquals(3600, body.get("expires_in").asInt());
        assertTrue(body.hasNonNull("refresh_token"));

        String id = body.get("id_token").asText();
        String access = body.get("access_token").asText();
        assertEquals(Set.of("kid", "alg"), new TreeSet<>(SignedJWT.parse(id).getHeader().toJSONObject().keySet()), "a header like Cognito's");
        assertEquals("RS256", SignedJWT.parse(access).getHeader().getAlgorithm().getName());
        JWTClaimsSet idc = claims(id);
        assertEquals(new TreeSet<>(List.of("at_hash", "sub", "cognito:groups", "email_verified", "iss", "cognito:username",
                "origin_jti", "aud", "event_id", "token_use", "auth_time", "name", "exp", "iat", "jti", "email", "nonce")),
                new TreeSet<>(idc.getClaims().keySet()));
        assertEquals("id", idc.getStringClaim("token_use"));
        assertEquals(List.of(origin), idc.getAudience());
        assertEquals(List.of("citizen"), idc.getStringListClaim("cognito:groups"));
        assertEquals("citizen-nora", idc.getStringClaim("cognito:username"));
        assertEquals("Nora Bech", idc.getStringClaim("name"));
        assertEquals("n-1", idc.getStringClaim("nonce"));
        assertEquals(TokenIssuer.atHash(access), idc.getStringClaim("at_hash"));
        JWTClaimsSet ac = claims(access);
        assertEquals(new TreeSet<>(List.of("sub", "cognito:groups", "iss", "version", "client_id", "origin_jti", "event_id",
                "token_use", "scope", "auth_time", "exp", "iat", "jti", "username")), new TreeSet<>(ac.getClaims().keySet()));
        assertEquals("access", ac.getStringClaim("token_use"));
        assertEquals(origin, ac.getStringClaim("client_id"));
        assertEquals("openid email profile", ac.getStringClaim("scope"));
        assertEquals(idc.getStringClaim("origin_jti"), ac.getStringClaim("origin_jti"));

        TokenVerifier verifier = functionsVerifier();
        assertEquals(Role.CITIZEN, verifier.check(access).caller().role());
        assertEquals("citizen-nora", verifier.check(id).caller().subject());

        HttpResponse<String> info = http.send(HttpRequest.newBuilder(URI.create(origin + OpenIdProvider.USERINFO))
                .header("Authorization", "Bearer " + access).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("citizen-nora@example.org", JSON.readTree(info.body()).get("email").asText());
        assertEquals(401, http.send(HttpRequest.newBuilder(URI.create(origin + OpenIdProvider.USERINFO))
                .header("Authorization", "Bearer " + id).build(), HttpResponse.BodyHandlers.ofString()).statusCode(),
                "UserInfo takes an access token only");
    }

    @Test
    void aWrongPkceVerifier_isRefused_andTheCodeIsSpent() throws Exception {
        Pkce pkce = Pkce.fresh();
        String code = query(signIn(authorizeParams(pkce), "team-helle")).get("code");
        HttpResponse<String> r = redeem(code, Pkce.fresh().verifier(), callback, origin);
        assertEquals(400, r.statusCode());
        assertEquals("invalid_grant", error(r));
        assertEquals("invalid_grant", error(redeem(code, pkce.verifier(), callback, origin)), "a code is tried once");
        String another = query(signIn(authorizeParams(pkce), "team-helle")).get("code");
        assertEquals("invalid_grant", error(redeem(another, "too-short", callback, origin)));
    }

    @Test
    void aReusedCode_isRefused_andEndsTheSessionItStarted() throws Exception {
        Pkce pkce = Pkce.fresh();
        String code = query(signIn(authorizeParams(pkce), "finance-peter")).get("code");
        HttpResponse<String> first = redeem(code, pkce.verifier(), callback, origin);
        assertEquals(200, first.statusCode());
        String refresh = JSON.readTree(first.body()).get("refresh_token").asText();
        HttpResponse<String> again = redeem(code, pkce.verifier(), callback, origin);
        assertEquals(400, again.statusCode());
        assertEquals("invalid_grant", error(again));
        HttpResponse<String> r = postForm(OpenIdProvider.TOKEN, Map.of("grant_type", "refresh_token", "refresh_token", refresh,
                "client_id", origin));
        assertEquals("invalid_grant", error(r), "the replay revoked the refresh token of the first redemption");
    }

    @Test
    void aRedirectUriOtherThanTheAuthorizeOne_isRefusedAtTheTokenEndpoint() throws Exception {
        Pkce pkce = Pkce.fresh();
        String code = query(signIn(authorizeParams(pkce), "coordinator-rasmus")).get("code");
        HttpResponse<String> r = redeem(code, pkce.verifier(), origin + "/index.html", origin);
        assertEquals(400, r.statusCode());
        assertEquals("invalid_grant", error(r));
    }

    @Test
    void anUnknownClient_isRefused_atTheTokenEndpoint_andIsNeverRedirectedTo() throws Exception {
        Pkce pkce = Pkce.fresh();
        String code = query(signIn(authorizeParams(pkce), "guide-ida")).get("code");
        HttpResponse<String> r = redeem(code, pkce.verifier(), callback, "http://evil.example");
        assertEquals(401, r.statusCode());
        assertEquals("invalid_client", error(r));

        Map<String, String> foreign = authorizeParams(pkce);
        foreign.put("client_id", "http://evil.example");
        foreign.put("redirect_uri", "http://evil.example/callback.html");
        HttpResponse<String> page = get(OpenIdProvider.AUTHORIZE + "?" + form(foreign));
        assertEquals(400, page.statusCode());
        assertTrue(page.headers().firstValue("Location").isEmpty(), "no redirect for an unknown client");
        assertTrue(page.body().contains("invalid_client"));
    }

    @Test
    void anUnregisteredRedirectUri_isShownAnError_notRedirectedTo() throws Exception {
        Map<String, String> p = authorizeParams(Pkce.fresh());
        p.put("redirect_uri", "http://evil.example/steal");
        HttpResponse<String> r = get(OpenIdProvider.AUTHORIZE + "?" + form(p));
        assertEquals(400, r.statusCode());
        assertTrue(r.headers().firstValue("Location").isEmpty());
        p.put("redirect_uri", callback + "/../x");
        assertEquals(400, get(OpenIdProvider.AUTHORIZE + "?" + form(p)).statusCode(), "the registered URI, exactly");
    }

    @Test
    void withoutPkce_anotherResponseType_orPromptNone_theClientGetsAnErrorOnItsCallback() throws Exception {
        for (Map.Entry<String, String[]> c : Map.of(
                "code_challenge_method", new String[]{"plain", "invalid_request"},
                "response_type", new String[]{"token", "unsupported_response_type"},
                "scope", new String[]{"email", "invalid_scope"},
                "prompt", new String[]{"none", "login_required"}).entrySet()) {
            Map<String, String> p = authorizeParams(Pkce.fresh());
            p.put(c.getKey(), c.getValue()[0]);
            HttpResponse<String> r = get(OpenIdProvider.AUTHORIZE + "?" + form(p));
            assertEquals(302, r.statusCode(), c.getKey());
            Map<String, String> back = query(r.headers().firstValue("Location").orElseThrow());
            assertEquals(c.getValue()[1], back.get("error"), c.getKey());
            assertEquals("st-1", back.get("state"));
        }
        Map<String, String> noChallenge = authorizeParams(Pkce.fresh());
        noChallenge.remove("code_challenge");
        assertEquals("invalid_request", query(get(OpenIdProvider.AUTHORIZE + "?" + form(noChallenge)).headers()
                .firstValue("Location").orElseThrow()).get("error"));
    }

    @Test
    void aParameterSentTwice_isRefused() throws Exception {
        String twice = form(authorizeParams(Pkce.fresh())) + "&redirect_uri=" + URLEncoder.encode("http://evil.example/", StandardCharsets.UTF_8);
        HttpResponse<String> r = get(OpenIdProvider.AUTHORIZE + "?" + twice);
        assertEquals(400, r.statusCode());
        assertTrue(r.headers().firstValue("Location").isEmpty());
    }

    @Test
    void aCodeIsShortLived_andAPickerRequestIsUsedOnce() throws Exception {
        Pkce pkce = Pkce.fresh();
        HttpResponse<String> picker = get(OpenIdProvider.AUTHORIZE + "?" + form(authorizeParams(pkce)));
        Matcher m = REQUEST.matcher(picker.body());
        assertTrue(m.find());
        String code = query(postForm(OpenIdProvider.AUTHORIZE, Map.of("request", m.group(1), "sub", "citizen-emil"))
                .headers().firstValue("Location").orElseThrow()).get("code");
        assertEquals(400, postForm(OpenIdProvider.AUTHORIZE, Map.of("request", m.group(1), "sub", "admin-demo")).statusCode(),
                "the same picker cannot sign in a second person");
        clock.now = clock.now.plus(AuthorizationServer.CODE_LIFETIME).plusSeconds(1);
        assertEquals("invalid_grant", error(redeem(code, pkce.verifier(), callback, origin)));
    }

    @Test
    void cancelling_onThePicker_tellsTheClientAccessDenied() throws Exception {
        HttpResponse<String> picker = get(OpenIdProvider.AUTHORIZE + "?" + form(authorizeParams(Pkce.fresh())));
        Matcher m = REQUEST.matcher(picker.body());
        assertTrue(m.find());
        HttpResponse<String> r = postForm(OpenIdProvider.AUTHORIZE, Map.of("request", m.group(1), "cancel", "1"));
        Map<String, String> back = query(r.headers().firstValue("Location").orElseThrow());
        assertEquals("access_denied", back.get("error"));
        assertEquals("st-1", back.get("state"));
    }

    @Test
    void aRefreshToken_givesNewTokensWithTheOriginalAuthTime_andNoNewRefreshToken() throws Exception {
        Pkce pkce = Pkce.fresh();
        String code = query(signIn(authorizeParams(pkce), "contact-maja")).get("code");
        JsonNode first = JSON.readTree(redeem(code, pkce.verifier(), callback, origin).body());
        clock.now = clock.now.plusSeconds(1800);
        HttpResponse<String> r = postForm(OpenIdProvider.TOKEN, Map.of("grant_type", "refresh_token",
                "refresh_token", first.get("refresh_token").asText(), "client_id", origin));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode renewed = JSON.readTree(r.body());
        assertFalse(renewed.has("refresh_token"), "as Cognito: the refresh token is not rotated");
        assertNotEquals(first.get("access_token").asText(), renewed.get("access_token").asText());
        assertEquals(claims(first.get("id_token").asText()).getClaim("auth_time"), claims(renewed.get("id_token").asText()).getClaim("auth_time"));
        assertTrue(claims(renewed.get("access_token").asText()).getIssueTime().toInstant().isAfter(
                claims(first.get("access_token").asText()).getIssueTime().toInstant()));
        assertEquals("invalid_grant", error(postForm(OpenIdProvider.TOKEN, Map.of("grant_type", "refresh_token",
                "refresh_token", "made-up", "client_id", origin))));
    }

    @Test
    void endSession_redirectsOnlyToARegisteredAddress_andEndsTheRefreshToken() throws Exception {
        Pkce pkce = Pkce.fresh();
        String code = query(signIn(authorizeParams(pkce), "team-karim")).get("code");
        JsonNode tokens = JSON.readTree(redeem(code, pkce.verifier(), callback, origin).body());
        String hint = tokens.get("id_token").asText();

        HttpResponse<String> evil = get(OpenIdProvider.LOGOUT + "?" + form(Map.of("id_token_hint", hint,
                "post_logout_redirect_uri", "http://evil.example/")));
        assertEquals(200, evil.statusCode());
        assertTrue(evil.headers().firstValue("Location").isEmpty(), "never to an address that is not registered");
        assertTrue(evil.body().contains("Du er logget ud"));
        assertEquals("invalid_grant", error(postForm(OpenIdProvider.TOKEN, Map.of("grant_type", "refresh_token",
                "refresh_token", tokens.get("refresh_token").asText(), "client_id", origin))), "the session is over");

        HttpResponse<String> ok = get(OpenIdProvider.LOGOUT + "?" + form(Map.of("client_id", origin,
                "post_logout_redirect_uri", origin + "/index.html", "state", "s-2")));
        assertEquals(302, ok.statusCode());
        assertEquals(origin + "/index.html?state=s-2", ok.headers().firstValue("Location").orElseThrow());
        assertEquals(200, get(OpenIdProvider.LOGOUT + "?" + form(Map.of("post_logout_redirect_uri", origin + "/index.html")))
                .statusCode(), "without a client or a hint nobody is redirected");
    }

    @Test
    void theScriptsTokenEndpoint_givesTheSameCognitoShapedTokens() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(origin + "/local/token"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"role\":\"finance\"}")).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(r.body());
        TokenVerifier verifier = functionsVerifier();
        assertEquals(Role.FINANCE, verifier.check(body.get("token").asText()).caller().role());
        assertEquals("access", claims(body.get("token").asText()).getStringClaim("token_use"));
        assertEquals(Role.FINANCE, verifier.check(body.get("id_token").asText()).caller().role());
        assertNull(body.get("refresh_token"));
        assertEquals(400, http.send(HttpRequest.newBuilder(URI.create(origin + "/local/token"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"role\":\"superuser\"}")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void thePicker_groupsThePeopleByRole_inDanishOrEnglish() throws Exception {
        HttpResponse<String> da = get(OpenIdProvider.AUTHORIZE + "?" + form(authorizeParams(Pkce.fresh())));
        assertTrue(da.body().contains("<html lang=\"da\">"));
        assertTrue(da.body().indexOf("<h2>Borger</h2>") < da.body().indexOf("Log ind som Nora Bech"));
        assertTrue(da.body().indexOf("Log ind som Nora Bech") < da.body().indexOf("<h2>Kontaktperson</h2>"));
        assertTrue(da.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        Map<String, String> p = authorizeParams(Pkce.fresh());
        p.put("ui_locales", "en");
        HttpResponse<String> en = get(OpenIdProvider.AUTHORIZE + "?" + form(p));
        assertTrue(en.body().contains("<html lang=\"en\">") && en.body().contains("Sign in as Nora Bech"), en.body());
        assertTrue(en.body().contains("ui_locales=da"), "a link back to Danish");
    }
}
