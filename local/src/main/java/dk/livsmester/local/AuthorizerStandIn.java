package dk.livsmester.local;

/**
 * Who stands in for the template's Cognito user pool and its app client when the local gateway emulates the JWT
 * authorizer: the runtime's own OpenID provider ({@link LocalAuth}), or in moto mode moto's pool.
 */
interface AuthorizerStandIn {
    String issuer();

    String clientId();

    /** The issuer's public keys, as a JWKS document. */
    String jwks();
}
