package dk.livsmester.platform.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * How bearer tokens are checked: the signing keys come from a JWKS URL (Cognito in AWS, the local runtime's own
 * locally) or, in tests, an inline JWKS document. The issuer and the web client's id are required: without them no
 * token is accepted (every protected call answers 401).
 */
@ConfigurationProperties("livsmester.auth")
public interface AuthConfig {
    @Nullable
    String getJwksUrl();

    @Nullable
    String getJwks();

    @Nullable
    String getIssuer();

    /** The app client tokens must be for: an ID token's {@code aud}, an access token's {@code client_id}. */
    @Nullable
    String getClientId();
}
