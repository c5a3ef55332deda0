package dk.livsmester.local;

import com.nimbusds.jwt.JWTClaimsSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The rules of the local OpenID provider, without HTTP: the authorization code flow with PKCE (S256 only), codes that
 * are single-use and short-lived and bound to their client, redirect URI and challenge; refresh tokens; RP-initiated
 * logout that redirects only to registered addresses. One public client is registered: the runtime's own origin, with
 * its callback and sign-out pages. Everything is kept in memory: a restart signs everyone out, as it should.
 */
final class AuthorizationServer {
    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationServer.class);
    static final Duration REQUEST_LIFETIME = Duration.ofMinutes(10);
    /** Cognito's authorization codes live five minutes; a browser redeems one within a second. */
    static final Duration CODE_LIFETIME = Duration.ofMinutes(2);
    static final Duration REFRESH_LIFETIME = Duration.ofHours(12);
    static final String SCOPE = "openid email profile";
    /** The key under which a parsed request names a parameter it carried twice. */
    static final String REPEATED = "\u0000repeated";
    private static final Set<String> SCOPES = Set.of("openid", "email", "profile");
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");
    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A registered client: a public one (no secret), so PKCE is what binds a code to the browser that asked. */
    record Client(String id, List<String> redirectUris, List<String> postLogoutRedirectUris) {
    }

    /** An authorization request that passed the checks and waits for the person to be chosen. */
    record PendingRequest(String id, Client client, String redirectUri, String state, String scope, String codeChallenge,
                          String nonce, String uiLocale, Instant expires) {
    }

    private record Code(Client client, String redirectUri, String codeChallenge, TokenIssuer.Grant grant, Instant expires) {
    }

    private record Refresh(TokenIssuer.Grant grant, Instant expires) {
    }

    /** An OAuth error answer: where a redirect is not safe, it is shown on a page instead. */
    record OAuthError(int status, String error, String description) {
    }

    /** The outcome of an authorization request: exactly one of the three is set. */
    record Authorize(PendingRequest pending, String redirect, OAuthError refusal) {
    }

    /** The token endpoint's answer: tokens, or an error. */
    record TokenResponse(TokenIssuer.Tokens tokens, String refreshToken, OAuthError error) {
    }

    private final TokenIssuer issuer;
    private final Client client;
    private final Map<String, DemoUser> users = new LinkedHashMap<>();
    private final Map<String, PendingRequest> pending = new ConcurrentHashMap<>();
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    /** Redeemed codes and the session they started, so that a replay can end that session (RFC 6749 4.1.2). */
    private final Map<String, String> redeemed = new ConcurrentHashMap<>();
    private final Map<String, Refresh> refreshTokens = new ConcurrentHashMap<>();

    AuthorizationServer(TokenIssuer issuer, Client client, List<DemoUser> users) {
        this.issuer = issuer;
        this.client = client;
        users.forEach(u -> this.users.put(u.sub(), u));
    }

    Client client() {
        return client;
    }

    List<DemoUser> users() {
        return List.copyOf(users.values());
    }

    /** RFC 6749 4.1.1 and RFC 7636 4.3: an unknown client or redirect URI is never redirected to. */
    Authorize authorize(Map<String, String> p) {
        purge();
        if (p.containsKey(REPEATED)) {
            return refused(new OAuthError(400, "invalid_request", "A parameter was sent twice: " + p.get(REPEATED)));
        }
        Optional<Client> c = clientById(p.get("client_id"));
        if (c.isEmpty()) {
            return refused(new OAuthError(400, "invalid_client", "The client_id is not registered here."));
        }
        String redirectUri = p.get("redirect_uri");
        if (redirectUri == null || !c.get().redirectUris().contains(redirectUri)) {
            return refused(new OAuthError(400, "invalid_request", "The redirect_uri is not registered for this client."));
        }
        String state = p.get("state");
        if (!"code".equals(p.get("response_type"))) {
            return redirected(redirectUri, state, "unsupported_response_type", "Only the authorization code flow (response_type=code).");
        }
        String scope = p.getOrDefault("scope", "");
        List<String> asked = Arrays.stream(scope.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
        if (!asked.contains("openid") || !SCOPES.containsAll(asked)) {
            return redirected(redirectUri, state, "invalid_scope", "The scope is openid, optionally with email and profile.");
        }
        if (!"S256".equals(p.get("code_challenge_method")) || p.get("code_challenge") == null
                || !CHALLENGE.matcher(p.get("code_challenge")).matches()) {
            return redirected(redirectUri, state, "invalid_request", "PKCE is required: a code_challenge with code_challenge_method=S256.");
        }
        if ("none".equals(p.get("prompt"))) {
            // There is no session to sign in silently from: every sign-in picks a person.
            return redirected(redirectUri, state, "login_required", "Choose a person on the sign-in page.");
        }
        String locale = p.getOrDefault("ui_locales", "da").trim().startsWith("en") ? "en" : "da";
        PendingRequest r = new PendingRequest(random(), c.get(), redirectUri, state, String.join(" ", asked),
                p.get("code_challenge"), p.get("nonce"), locale, issuer.now().plus(REQUEST_LIFETIME));
        pending.put(r.id(), r);
        return new Authorize(r, null, null);
    }

    /** A pending request that is still waiting (it may be shown again, for instance in the other language). */
    Optional<PendingRequest> pending(String id) {
        PendingRequest r = id == null ? null : pending.get(id);
        return r == null || r.expires().isBefore(issuer.now()) ? Optional.empty() : Optional.of(r);
    }

    /** The person was chosen: a code for the client's redirect URI. The request is used up. */
    Authorize choose(String requestId, String sub) {
        PendingRequest r = requestId == null ? null : pending.remove(requestId);
        if (r == null || r.expires().isBefore(issuer.now())) {
            return refused(new OAuthError(400, "invalid_request", "The sign-in request is unknown or has expired."));
        }
        DemoUser user = sub == null ? null : users.get(sub);
        if (user == null) {
            return refused(new OAuthError(400, "invalid_request", "There is no such demo person."));
        }
        Instant now = issuer.now();
        String code = random();
        codes.put(code, new Code(r.client(), r.redirectUri(), r.codeChallenge(),
                new TokenIssuer.Grant(user, r.client().id(), r.scope(), r.nonce(), now, UUID.randomUUID().toString()),
                now.plus(CODE_LIFETIME)));
        LOG.info("local sign-in code issued role={}", user.role());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("code", code);
        if (r.state() != null) {
            params.put("state", r.state());
        }
        return new Authorize(null, withParams(r.redirectUri(), params), null);
    }

    /** The person cancelled: the client hears access_denied. */
    Authorize cancel(String requestId) {
        PendingRequest r = requestId == null ? null : pending.remove(requestId);
        if (r == null) {
            return refused(new OAuthError(400, "invalid_request", "The sign-in request is unknown or has expired."));
        }
        return redirected(r.redirectUri(), r.state(), "access_denied", "The sign-in was cancelled.");
    }

    /** RFC 6749 4.1.3 and 6, RFC 7636 4.6. */
    TokenResponse token(Map<String, String> p) {
        purge();
        if (p.containsKey(REPEATED)) {
            return failed(400, "invalid_request", "A parameter was sent twice: " + p.get(REPEATED));
        }
        Optional<Client> c = clientById(p.get("client_id"));
        if (c.isEmpty()) {
            return failed(401, "invalid_client", "The client_id is not registered here.");
        }
        String grantType = p.get("grant_type");
        if ("authorization_code".equals(grantType)) {
            return redeem(c.get(), p);
        }
        if ("refresh_token".equals(grantType)) {
            return refresh(c.get(), p.get("refresh_token"));
        }
        return failed(400, "unsupported_grant_type", "Use authorization_code or refresh_token.");
    }

    private TokenResponse redeem(Client c, Map<String, String> p) {
        String value = p.get("code");
        // remove(): of two concurrent redemptions, one gets the code.
        Code code = value == null ? null : codes.remove(value);
        if (code == null) {
            String session = value == null ? null : redeemed.get(value);
            if (session != null) {
                revokeSession(session);
                LOG.warn("local authorization code replayed: its session is ended");
                return failed(400, "invalid_grant", "The code was already used.");
            }
            return failed(400, "invalid_grant", "The code is unknown.");
        }
        redeemed.put(value, code.grant().sessionId());
        if (code.expires().isBefore(issuer.now())) {
            return failed(400, "invalid_grant", "The code has expired.");
        }
        if (!code.client().id().equals(c.id())) {
            return failed(400, "invalid_grant", "The code was issued to another client.");
        }
        if (!code.redirectUri().equals(p.get("redirect_uri"))) {
            return failed(400, "invalid_grant", "The redirect_uri is not the one of the authorization request.");
        }
        String verifier = p.get("code_verifier");
        if (verifier == null || !VERIFIER.matcher(verifier).matches()
                || !MessageDigest.isEqual(s256(verifier).getBytes(StandardCharsets.US_ASCII),
                code.codeChallenge().getBytes(StandardCharsets.US_ASCII))) {
            return failed(400, "invalid_grant", "The code_verifier does not match the code_challenge.");
        }
        String refresh = random();
        refreshTokens.put(refresh, new Refresh(code.grant(), issuer.now().plus(REFRESH_LIFETIME)));
        return new TokenResponse(issuer.issue(code.grant()), refresh, null);
    }

    private TokenResponse refresh(Client c, String value) {
        Refresh r = value == null ? null : refreshTokens.get(value);
        if (r == null || r.expires().isBefore(issuer.now())) {
            return failed(400, "invalid_grant", "The refresh token is unknown, revoked or expired.");
        }
        if (!r.grant().clientId().equals(c.id())) {
            return failed(400, "invalid_grant", "The refresh token was issued to another client.");
        }
        // As Cognito: new ID and access tokens with the original auth_time, and no new refresh token.
        return new TokenResponse(issuer.issue(r.grant()), null, null);
    }

    /** Tokens for scripts and tests (POST /local/token): the same shape as the code flow's, without a refresh token. */
    TokenIssuer.Tokens tokensFor(DemoUser user) {
        return issuer.issue(new TokenIssuer.Grant(user, client.id(), SCOPE, null, issuer.now(), UUID.randomUUID().toString()));
    }

    /**
     * OpenID Connect RP-Initiated Logout 1.0: ends the session named by id_token_hint (its refresh token stops working)
     * and returns where to send the browser: a registered post_logout_redirect_uri, or empty (then a page says the
     * person is signed out). The client is the one of the hint, or client_id.
     */
    Optional<String> endSession(Map<String, String> p) {
        Optional<JWTClaimsSet> hint = Optional.ofNullable(p.get("id_token_hint")).flatMap(issuer::ownClaims);
        hint.ifPresent(claims -> {
            try {
                String session = claims.getStringClaim("origin_jti");
                if (session != null) {
                    revokeSession(session);
                }
            } catch (ParseException e) {
                // A hint we signed always has it; nothing to end otherwise.
            }
        });
        Optional<Client> c = clientById(p.get("client_id"))
                .or(() -> hint.flatMap(h -> h.getAudience().stream().findFirst()).flatMap(this::clientById));
        String target = p.get("post_logout_redirect_uri");
        if (c.isEmpty() || target == null || !c.get().postLogoutRedirectUris().contains(target)) {
            return Optional.empty();
        }
        return Optional.of(p.get("state") == null ? target : withParams(target, Map.of("state", p.get("state"))));
    }

    /** The UserInfo claims for a valid access token of ours, or empty. */
    Optional<Map<String, Object>> userInfo(String accessToken) {
        return issuer.ownClaims(accessToken).filter(claims -> {
            try {
                return "access".equals(claims.getStringClaim("token_use")) && claims.getExpirationTime() != null
                        && claims.getExpirationTime().toInstant().isAfter(issuer.now())
                        && clientById(claims.getStringClaim("client_id")).isPresent();
            } catch (ParseException e) {
                return false;
            }
        }).map(JWTClaimsSet::getSubject).map(users::get).map(u -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("sub", u.sub());
            out.put("email_verified", "true");
            out.put("name", u.name());
            out.put("email", u.email());
            out.put("username", u.sub());
            return out;
        });
    }

    private void revokeSession(String sessionId) {
        refreshTokens.values().removeIf(r -> r.grant().sessionId().equals(sessionId));
    }

    private Optional<Client> clientById(String id) {
        return client.id().equals(id) ? Optional.of(client) : Optional.empty();
    }

    private void purge() {
        Instant now = issuer.now();
        pending.values().removeIf(r -> r.expires().isBefore(now));
        codes.values().removeIf(c -> c.expires().isBefore(now.minus(CODE_LIFETIME)));
        refreshTokens.values().removeIf(r -> r.expires().isBefore(now));
        if (redeemed.size() > 10_000) {
            redeemed.clear();
        }
    }

    private static Authorize refused(OAuthError e) {
        return new Authorize(null, null, e);
    }

    private static Authorize redirected(String redirectUri, String state, String error, String description) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("error", error);
        params.put("error_description", description);
        if (state != null) {
            params.put("state", state);
        }
        return new Authorize(null, withParams(redirectUri, params), null);
    }

    private static TokenResponse failed(int status, String error, String description) {
        return new TokenResponse(null, null, new OAuthError(status, error, description));
    }

    static String withParams(String base, Map<String, String> params) {
        StringBuilder b = new StringBuilder(base);
        char sep = base.contains("?") ? '&' : '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            b.append(sep).append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return b.toString();
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
