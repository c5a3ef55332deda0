package dk.livsmester.platform.config;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.net.URI;
import java.time.Duration;

/**
 * The AWS clients, all built one way by {@link #configure}. The URL-connection HTTP client is the only one in the
 * jars: it has no native code and no thread pools to start, which keeps Lambda cold starts short, and a function
 * makes few calls at a time. The API call timeout stays well under the functions' 20–30 s timeouts so that a
 * hanging call fails inside the invocation, not with it.
 */
@Factory
public class AwsClientFactory {
    static final Duration API_CALL_TIMEOUT = Duration.ofSeconds(10);

    @Singleton
    DynamoDbClient dynamoDbClient(AwsConfig config) {
        return configure(DynamoDbClient.builder(), config, config.getDynamodbEndpoint()).build();
    }

    /**
     * The Enhanced Client the stores map their items with. No extensions: every condition (versions, counters, "new
     * only") is the stores' own, written where the reader of a store can see it.
     */
    @Singleton
    DynamoDbEnhancedClient dynamoDbEnhancedClient(DynamoDbClient client) {
        return DynamoDbEnhancedClient.builder().dynamoDbClient(client).extensions().build();
    }

    @Singleton
    SqsClient sqsClient(AwsConfig config) {
        return configure(SqsClient.builder(), config, config.getSqsEndpoint()).build();
    }

    /**
     * The HTTP client, the timeout, the region (the configured one, else the SDK's chain: {@code AWS_REGION} in
     * Lambda) and the endpoint override when one is configured.
     */
    public static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder, AwsConfig config,
                                                                                            String endpoint) {
        return configure(builder, config, endpoint, API_CALL_TIMEOUT);
    }

    /** As {@link #configure(AwsClientBuilder, AwsConfig, String)}, with the caller's API call timeout. */
    public static <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configure(B builder, AwsConfig config,
                                                                                            String endpoint, Duration apiCallTimeout) {
        builder.httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(ClientOverrideConfiguration.builder().apiCallTimeout(apiCallTimeout).build());
        if (config.getRegion() != null && !config.getRegion().isBlank()) {
            builder.region(Region.of(config.getRegion()));
        }
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder;
    }
}
