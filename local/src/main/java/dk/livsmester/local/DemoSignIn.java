package dk.livsmester.local;

/**
 * How the local runtime signs a demo user in for {@code POST /local/token} and the demo data: with its own key (the
 * default), or as a user of the template's pool in moto's Cognito (moto mode). The functions check either token with
 * the same code; only their configuration (JWKS, issuer) differs.
 */
interface DemoSignIn {
    /** A bearer token for the user. */
    String token(DemoUser user);

    /** The subject ({@code sub}) the user's tokens carry. */
    String subject(DemoUser user);

    /** The public signing keys as a JWKS document. */
    String jwks();

    static DemoSignIn local(TokenIssuer issuer) {
        return new DemoSignIn() {
            public String token(DemoUser user) {
                return issuer.sign(user);
            }

            public String subject(DemoUser user) {
                return user.sub();
            }

            public String jwks() {
                return issuer.jwks();
            }
        };
    }
}
