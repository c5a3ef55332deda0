package dk.livsmester.platform.config;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.SqsClientBuilder;

import java.net.URI;
import java.time.Duration;

/**
 * The AWS clients. The UrlConnection HTTP client keeps Lambda cold starts short. The API call timeout stays well under
 * the functions' 20–30 s timeouts so that a hanging call fails inside the invocation, not with it.
 */
@Factory
public class AwsClientFactory {
    static final Duration API_CALL_TIMEOUT = Duration.ofSeconds(10);

    @Singleton
    DynamoDbClient dynamoDbClient(AwsConfig config) {
        DynamoDbClientBuilder b = DynamoDbClient.builder()
                .region(Region.of(config.getRegion()))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(ClientOverrideConfiguration.builder().apiCallTimeout(API_CALL_TIMEOUT).build());
        if (config.getDynamodbEndpoint() != null && !config.getDynamodbEndpoint().isBlank()) {
            b.endpointOverride(URI.create(config.getDynamodbEndpoint()));
        }
        return b.build();
    }

    @Singleton
    DynamoDbEnhancedClient enhancedClient(DynamoDbClient client) {
        return DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
    }

    @Singleton
    SqsClient sqsClient(AwsConfig config) {
        SqsClientBuilder b = SqsClient.builder()
                .region(Region.of(config.getRegion()))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(ClientOverrideConfiguration.builder().apiCallTimeout(API_CALL_TIMEOUT).build());
        if (config.getSqsEndpoint() != null && !config.getSqsEndpoint().isBlank()) {
            b.endpointOverride(URI.create(config.getSqsEndpoint()));
        }
        return b.build();
    }
}
