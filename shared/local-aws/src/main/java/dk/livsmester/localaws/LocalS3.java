package dk.livsmester.localaws;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.CrossOriginResourceSharing;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

/**
 * S3Proxy (an S3-compatible server) in this JVM on a loopback port, its objects in a folder (jclouds' filesystem
 * store). It checks AWS signatures as S3 does, presigned URLs and their expiry included, with the credentials the
 * functions' SDK default chain resolves to, so a URL signed with any other key, altered or expired answers 403. It
 * sends no event notifications: {@link S3EventSourceEmulator} does that part.
 */
public final class LocalS3 implements AutoCloseable {
    private final S3Proxy proxy;
    private final BlobStoreContext context;
    private final AwsCredentials credentials;

    private LocalS3(S3Proxy proxy, BlobStoreContext context, AwsCredentials credentials) {
        this.proxy = proxy;
        this.context = context;
        this.credentials = credentials;
    }

    /** Objects under {@code dir} (kept between runs); the browser's pages may upload from any local origin. */
    public static LocalS3 start(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties p = new Properties();
        p.setProperty("jclouds.filesystem.basedir", dir.toAbsolutePath().toString());
        BlobStoreContext context = ContextBuilder.newBuilder("filesystem").overrides(p).build(BlobStoreContext.class);
        AwsCredentials credentials = DefaultCredentialsProvider.builder().build().resolveCredentials();
        S3Proxy proxy = S3Proxy.builder()
                // Listed as S3 lists: objects only, no folders or uploads in progress (ObjectsOnlyBlobStore says why).
                .blobStore(new ObjectsOnlyBlobStore(context.getBlobStore()))
                .endpoint(URI.create("http://127.0.0.1:" + Ports.free()))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, credentials.accessKeyId(), credentials.secretAccessKey())
                // The pages upload straight to the presigned URL, from the runtime's origin (another port).
                .corsRules(new CrossOriginResourceSharing(List.of("*"), List.of("GET", "PUT", "HEAD"), List.of("*"),
                        List.of("ETag"), "false"))
                // S3 knows headers the filesystem store does not (the SDK's x-amz-checksum-mode on every GET): ignore
                // them as S3 honours them, rather than answer 501.
                .ignoreUnknownHeaders(true)
                .build();
        try {
            proxy.start();
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (!"STARTED".equals(proxy.getState())) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("S3Proxy did not start: " + proxy.getState());
                }
                Thread.sleep(10);
            }
        } catch (Exception e) {
            context.close();
            throw new IllegalStateException("S3Proxy did not start", e);
        }
        return new LocalS3(proxy, context, credentials);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /**
     * A client of this store, path-style (a loopback host has no bucket subdomains), with the accepted key. In
     * us-east-1, whose buckets are created without a location constraint: the filesystem store knows no regions and
     * refuses one (the functions' clients sign for any region; the store checks the signature in the region signed).
     */
    public S3Client client() {
        return Ports.local(S3Client.builder(), endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(credentials)).forcePathStyle(true)
                // The SDK's default upload (aws-chunked with a trailing checksum) is refused by S3Proxy 3.0.0 over
                // plain HTTP; a checksum where S3 requires one is what the store takes.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED).build();
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not stop", e);
        } finally {
            context.close();
        }
    }
}
