package dk.livsmester.identity;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything Cognito knows about the web app client: its OAuth settings (the code flow for a public client, the
 * scopes, the identity providers, the callback and sign-out pages on the site's addresses) and its token lifetimes.
 * Read from the properties of the template's WebClientSettings resource; it is applied after the CloudFront
 * distribution exists, because the callback addresses name the distribution, and the distribution (through the API
 * it forwards to, whose authorizer names this client) depends on the client.
 */
public record WebClientSettings(String userPoolId, String clientId, String clientName, List<String> callbackUrls,
                                List<String> logoutUrls, List<String> oauthFlows, List<String> oauthScopes,
                                List<String> identityProviders, List<String> explicitAuthFlows, int accessTokenMinutes,
                                int idTokenMinutes, int refreshTokenHours) {

    private static final Set<String> SCOPES = Set.of("openid", "email", "profile", "phone", "aws.cognito.signin.user.admin");

    public WebClientSettings {
        require(userPoolId, "UserPoolId");
        require(clientId, "ClientId");
        require(clientName, "ClientName");
        addresses(callbackUrls, "CallbackURLs");
        addresses(logoutUrls, "LogoutURLs");
        // A public client in a browser: the authorization code flow (with PKCE, which the web always sends), never implicit.
        if (!List.of("code").equals(oauthFlows)) {
            throw new IllegalArgumentException("AllowedOAuthFlows must be [code], not " + oauthFlows);
        }
        if (oauthScopes == null || !oauthScopes.contains("openid") || !SCOPES.containsAll(oauthScopes)) {
            throw new IllegalArgumentException("AllowedOAuthScopes must include openid and only standard scopes: " + oauthScopes);
        }
        if (identityProviders == null || identityProviders.isEmpty()) {
            throw new IllegalArgumentException("SupportedIdentityProviders is empty");
        }
        if (explicitAuthFlows == null || !explicitAuthFlows.contains("ALLOW_REFRESH_TOKEN_AUTH")) {
            throw new IllegalArgumentException("ExplicitAuthFlows must include ALLOW_REFRESH_TOKEN_AUTH: " + explicitAuthFlows);
        }
        // Cognito's limits: ID and access tokens 5 minutes to a day, refresh tokens an hour to ten years.
        within(accessTokenMinutes, 5, 1440, "AccessTokenValidityMinutes");
        within(idTokenMinutes, 5, 1440, "IdTokenValidityMinutes");
        within(refreshTokenHours, 1, 87_600, "RefreshTokenValidityHours");
        callbackUrls = List.copyOf(callbackUrls);
        logoutUrls = List.copyOf(logoutUrls);
        oauthFlows = List.copyOf(oauthFlows);
        oauthScopes = List.copyOf(oauthScopes);
        identityProviders = List.copyOf(identityProviders);
        explicitAuthFlows = List.copyOf(explicitAuthFlows);
    }

    /** From a custom resource's properties: CloudFormation sends every scalar as a string. */
    public static WebClientSettings from(Map<String, Object> p) {
        if (p == null) {
            throw new IllegalArgumentException("No properties");
        }
        return new WebClientSettings(string(p, "UserPoolId"), string(p, "ClientId"), string(p, "ClientName"),
                strings(p, "CallbackURLs"), strings(p, "LogoutURLs"), strings(p, "AllowedOAuthFlows"),
                strings(p, "AllowedOAuthScopes"), strings(p, "SupportedIdentityProviders"), strings(p, "ExplicitAuthFlows"),
                number(p, "AccessTokenValidityMinutes"), number(p, "IdTokenValidityMinutes"), number(p, "RefreshTokenValidityHours"));
    }

    /** The custom resource's id: the client it configures. A new client (replaced) is a new resource. */
    public String physicalId() {
        return userPoolId + "/" + clientId;
    }

    private static String string(Map<String, Object> p, String key) {
        Object v = p.get(key);
        return v == null ? null : String.valueOf(v);
    }

    private static List<String> strings(Map<String, Object> p, String key) {
        Object v = p.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> l)) {
            throw new IllegalArgumentException(key + " must be a list");
        }
        return l.stream().map(String::valueOf).toList();
    }

    private static int number(Map<String, Object> p, String key) {
        try {
            return Integer.parseInt(String.valueOf(p.get(key)).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not " + p.get(key), e);
        }
    }

    private static void require(String v, String name) {
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException(name + " is missing");
        }
    }

    /** Cognito accepts https addresses, and http only for localhost; none with a fragment or a wildcard. */
    private static void addresses(List<String> urls, String name) {
        if (urls == null || urls.isEmpty()) {
            throw new IllegalArgumentException(name + " is empty");
        }
        for (String u : urls) {
            URI uri;
            try {
                uri = URI.create(u);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": not an address: " + u, e);
            }
            boolean https = "https".equals(uri.getScheme()) && uri.getHost() != null;
            boolean local = "http".equals(uri.getScheme()) && "localhost".equals(uri.getHost());
            if (!(https || local) || uri.getFragment() != null || u.contains("*")) {
                throw new IllegalArgumentException(name + ": not an https address without fragment or wildcard: " + u);
            }
        }
    }

    private static void within(int v, int min, int max, String name) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", not " + v);
        }
    }
}
