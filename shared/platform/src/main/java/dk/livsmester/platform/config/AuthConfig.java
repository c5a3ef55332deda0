package dk.livsmester.platform.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * How bearer tokens are checked: the signing keys come from a JWKS URL (Cognito in AWS, the local runtime's own
 * locally) or, in tests, an inline JWKS document. The issuer is checked when set.
 */
@ConfigurationProperties("livsmester.auth")
public interface AuthConfig {
    @Nullable
    String getJwksUrl();

    @Nullable
    String getJwks();

    @Nullable
    String getIssuer();
}
