package dk.livsmester.applications.attachments;

import dk.livsmester.domain.attachment.FileType;
import dk.livsmester.platform.config.AttachmentsConfig;
import dk.livsmester.platform.store.AttachmentFiles;
import jakarta.inject.Singleton;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The attachments' bucket through the SDK, the same code locally (S3Proxy, moto) and in AWS. An upload URL signs the
 * content type and length, so S3 refuses a PUT with any other; a download URL names one object version (the checked
 * one, where the bucket keeps versions), so a later PUT to the same key is never what is served.
 */
@Singleton
public class S3AttachmentFiles implements AttachmentFiles {
    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;

    public S3AttachmentFiles(S3Client s3, S3Presigner presigner, AttachmentsConfig config) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = config.getBucket();
        if (bucket.isBlank()) {
            throw new IllegalStateException("LIVSMESTER_ATTACHMENTS_BUCKET is not set: the attachments need their bucket");
        }
    }

    @Override
    public URI uploadUrl(String key, FileType type, long bytes, Duration valid) {
        return URI.create(presigner.presignPutObject(p -> p.signatureDuration(valid)
                .putObjectRequest(r -> r.bucket(bucket).key(key).contentType(type.contentType()).contentLength(bytes)))
                .url().toString());
    }

    @Override
    public URI downloadUrl(String key, String versionId, String fileName, Duration valid) {
        return URI.create(presigner.presignGetObject(p -> p.signatureDuration(valid)
                .getObjectRequest(r -> r.bucket(bucket).key(key).versionId(versionId)
                        .responseContentDisposition("attachment; filename=\"" + fileName + "\"")))
                .url().toString());
    }

    @Override
    public Optional<Head> head(String key, int bytes) {
        try {
            HeadObjectResponse head = s3.headObject(r -> r.bucket(bucket).key(key));
            if (head.contentLength() == 0) {
                return Optional.of(new Head(0, new byte[0], head.versionId()));
            }
            ResponseBytes<GetObjectResponse> first = s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)
                    .versionId(head.versionId()).range("bytes=0-" + (bytes - 1)));
            return Optional.of(new Head(head.contentLength(), first.asByteArray(), head.versionId()));
        } catch (NoSuchKeyException gone) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(r -> r.bucket(bucket).key(key));
    }
}
