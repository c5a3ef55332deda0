package dk.livsmester.identity;

import dk.livsmester.platform.config.AwsClientFactory;
import dk.livsmester.platform.config.AwsConfig;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

import java.time.Duration;

/**
 * The Cognito client. Cognito waits five seconds for a trigger, so its calls must fail well inside that, not with it.
 */
@Factory
public class CognitoFactory {
    static final Duration API_CALL_TIMEOUT = Duration.ofSeconds(3);

    @Singleton
    CognitoIdentityProviderClient cognito(AwsConfig aws, IdentityConfig config) {
        return AwsClientFactory.configure(CognitoIdentityProviderClient.builder(), aws, config.getCognitoEndpoint(),
                API_CALL_TIMEOUT).build();
    }
}
