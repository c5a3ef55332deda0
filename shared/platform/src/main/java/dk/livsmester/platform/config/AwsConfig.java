package dk.livsmester.platform.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * Where the AWS clients point. No region by default: the SDK's region chain applies, which in Lambda is the function's
 * own {@code AWS_REGION}. The local runtime and tests set a region and the endpoint overrides (off by default, that is
 * real AWS) to their in-process DynamoDB Local and ElasticMQ, or to moto.
 */
@ConfigurationProperties("livsmester.aws")
public interface AwsConfig {
    @Nullable
    String getRegion();

    @Nullable
    String getDynamodbEndpoint();

    @Nullable
    String getSqsEndpoint();

    /** The attachments' S3 store locally (S3Proxy or moto); off in AWS. */
    @Nullable
    String getS3Endpoint();
}
