package dk.livsmester.identity;

import dk.livsmester.platform.config.AwsConfig;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClientBuilder;

import java.net.URI;
import java.time.Duration;

/**
 * The Cognito client. Cognito waits five seconds for a trigger, so its calls must fail well inside that, not with it.
 */
@Factory
public class CognitoFactory {
    static final Duration API_CALL_TIMEOUT = Duration.ofSeconds(3);

    @Singleton
    CognitoIdentityProviderClient cognito(AwsConfig aws, IdentityConfig config) {
        CognitoIdentityProviderClientBuilder b = CognitoIdentityProviderClient.builder()
                .region(Region.of(aws.getRegion()))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(ClientOverrideConfiguration.builder().apiCallTimeout(API_CALL_TIMEOUT).build());
        if (config.getCognitoEndpoint() != null && !config.getCognitoEndpoint().isBlank()) {
            b.endpointOverride(URI.create(config.getCognitoEndpoint()));
        }
        return b.build();
    }
}
