package dk.livsmester.retention;

import dk.livsmester.domain.attachment.Attachment;
import dk.livsmester.domain.attachment.AttachmentStatus;
import dk.livsmester.platform.config.AttachmentsConfig;
import dk.livsmester.platform.config.AwsClientFactory;
import dk.livsmester.platform.config.AwsConfig;
import dk.livsmester.platform.privacy.AttachmentRetention;
import dk.livsmester.platform.store.AttachmentStore;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The attachments' part of the retention run: their records (ApplicationsTable) and their files (the attachments'
 * bucket). The bucket keeps versions, so erasing a file deletes every version and delete marker under the
 * application's prefix: deleting only the current one would leave the old versions for the lifecycle rule's 30 days.
 * The records go after the files, so a run that stops in between finds the records the next day and finishes. The
 * archive's copy of a checked file is {@code archive/<its key>}, outside the prefix the check function watches and
 * the erasure deletes.
 */
@Singleton
public class S3AttachmentRetention implements AttachmentRetention {
    private static final Logger LOG = LoggerFactory.getLogger(S3AttachmentRetention.class);
    static final String ARCHIVE_PREFIX = "archive/";

    private final AttachmentStore store;
    private final S3Client s3;
    private final String bucket;

    /**
     * The client is this adapter's own, not a bean: the local runtime puts every function's classes on one class path,
     * where the applications function's {@code S3Client} bean is also seen, and two would clash.
     */
    public S3AttachmentRetention(AttachmentStore store, AwsConfig aws, AttachmentsConfig config) {
        this.store = store;
        String endpoint = aws.getS3Endpoint();
        this.s3 = AwsClientFactory.configure(S3Client.builder(), aws, endpoint)
                .forcePathStyle(endpoint != null && !endpoint.isBlank()).build();
        this.bucket = config.getBucket();
        if (bucket.isBlank()) {
            throw new IllegalStateException("LIVSMESTER_ATTACHMENTS_BUCKET is not set: the retention run erases attachments");
        }
    }

    @Override
    public List<Map<String, Object>> describe(String applicationId) {
        return store.of(applicationId).stream().map(a -> description(a, null)).toList();
    }

    @Override
    public List<Map<String, Object>> export(String applicationId) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Attachment a : store.of(applicationId)) {
            String copy = null;
            if (a.status() == AttachmentStatus.READY) {
                copy = ARCHIVE_PREFIX + a.objectKey();
                if (!exists(copy)) {
                    String target = copy;
                    // The checked version, not whatever was put under the key later.
                    s3.copyObject(b -> b.sourceBucket(bucket).sourceKey(a.objectKey()).sourceVersionId(a.objectVersion())
                            .destinationBucket(bucket).destinationKey(target));
                }
            }
            out.add(description(a, copy));
        }
        return out;
    }

    @Override
    public void erase(String applicationId) {
        String prefix = "applications/" + applicationId + "/";
        List<ObjectIdentifier> versions = versions(prefix);
        for (ObjectIdentifier v : versions) {
            s3.deleteObject(b -> b.bucket(bucket).key(v.key()).versionId(v.versionId()));
        }
        List<Attachment> records = store.of(applicationId);
        records.forEach(a -> store.delete(applicationId, a.id()));
        LOG.info("retention erased attachments applicationId={} records={} objectVersions={}", applicationId,
                records.size(), versions.size());
    }

    /** Every version and delete marker under the prefix; a store that keeps no versions lists its objects. */
    private List<ObjectIdentifier> versions(String prefix) {
        List<ObjectIdentifier> out = new ArrayList<>();
        try {
            s3.listObjectVersionsPaginator(b -> b.bucket(bucket).prefix(prefix)).forEach(page -> {
                page.versions().forEach(v -> out.add(ObjectIdentifier.builder().key(v.key()).versionId(version(v.versionId())).build()));
                page.deleteMarkers().forEach(m -> out.add(ObjectIdentifier.builder().key(m.key()).versionId(version(m.versionId())).build()));
            });
        } catch (S3Exception e) {
            if (e.statusCode() != 501) {
                throw e;
            }
            // The local store (S3Proxy's filesystem) knows no versions: one object per key.
            s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents()
                    .forEach(o -> out.add(ObjectIdentifier.builder().key(o.key()).build()));
        }
        return out;
    }

    /** S3 names an unversioned object's version "null"; deleting by that name is deleting the object. */
    private static String version(String v) {
        return v == null || v.equals("null") ? null : v;
    }

    private boolean exists(String key) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(key));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    private static Map<String, Object> description(Attachment a, String archivedAs) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", a.id());
        d.put("kind", a.kind().name());
        d.put("contentType", a.fileType().contentType());
        d.put("bytes", a.declaredBytes());
        d.put("fileName", a.fileName());
        d.put("status", a.status().name());
        d.put("uploadedBy", a.uploadedBy());
        d.put("uploadedByRole", a.uploadedByRole());
        d.put("createdAt", a.createdAt().toString());
        d.put("checkedAt", a.checkedAt() == null ? null : a.checkedAt().toString());
        d.put("archivedAs", archivedAs);
        return d;
    }
}
