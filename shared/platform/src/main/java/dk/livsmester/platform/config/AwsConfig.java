package dk.livsmester.platform.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where the AWS clients point. Endpoint overrides are off by default (real AWS); the local runtime sets them to its
 * in-process DynamoDB Local and ElasticMQ, and LocalStack users set both to http://localhost:4566.
 */
@ConfigurationProperties("livsmester.aws")
public interface AwsConfig {
    @Bindable(defaultValue = "eu-west-1")
    String getRegion();

    @Nullable
    String getDynamodbEndpoint();

    @Nullable
    String getSqsEndpoint();
}
