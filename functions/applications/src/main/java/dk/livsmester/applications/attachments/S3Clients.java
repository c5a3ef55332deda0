package dk.livsmester.applications.attachments;

import dk.livsmester.platform.config.AwsClientFactory;
import dk.livsmester.platform.config.AwsConfig;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.net.URI;

/**
 * The S3 client and presigner of the attachments, built like every other AWS client ({@link AwsClientFactory}); with
 * an endpoint override (the local S3 store) path-style, as a loopback host has no bucket subdomains.
 */
@Factory
public class S3Clients {
    @Singleton
    S3Client s3Client(AwsConfig config) {
        String endpoint = config.getS3Endpoint();
        return AwsClientFactory.configure(S3Client.builder(), config, endpoint)
                .forcePathStyle(endpoint != null && !endpoint.isBlank()).build();
    }

    @Singleton
    S3Presigner s3Presigner(AwsConfig config) {
        String endpoint = config.getS3Endpoint();
        S3Presigner.Builder b = S3Presigner.builder();
        if (config.getRegion() != null && !config.getRegion().isBlank()) {
            b.region(Region.of(config.getRegion()));
        }
        if (endpoint != null && !endpoint.isBlank()) {
            b.endpointOverride(URI.create(endpoint))
                    .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build());
        }
        return b.build();
    }
}
