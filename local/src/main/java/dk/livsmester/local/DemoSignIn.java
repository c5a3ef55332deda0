package dk.livsmester.local;

/**
 * How the local runtime signs a demo user in for {@code POST /local/token} and the demo data: through its own OpenID
 * provider (the default), or as a user of the template's pool in moto's Cognito (moto mode). The functions check either
 * token with the same code; only their configuration (JWKS, issuer, client) differs.
 */
interface DemoSignIn {
    /** The tokens a sign-in gives the web client: the access token (the API's bearer) and the ID token. */
    record Tokens(String accessToken, String idToken, long expiresIn) {
    }

    Tokens tokens(DemoUser user);

    /** A bearer token for the user. */
    default String token(DemoUser user) {
        return tokens(user).accessToken();
    }

    /** The subject ({@code sub}) the user's tokens carry. */
    String subject(DemoUser user);
}
