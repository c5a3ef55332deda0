package dk.livsmester.retention;

import dk.livsmester.domain.Ids;
import dk.livsmester.domain.attachment.Attachment;
import dk.livsmester.domain.attachment.AttachmentKind;
import dk.livsmester.domain.attachment.FileType;
import dk.livsmester.localaws.CfnTemplate;
import dk.livsmester.localaws.LocalAws;
import dk.livsmester.platform.config.AttachmentsConfig;
import dk.livsmester.platform.privacy.AttachmentRetention;
import dk.livsmester.platform.store.AttachmentStore;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ListObjectVersionsResponse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The erasure of a case's attachments in a versioned bucket, as the template's is in AWS (moto's S3 keeps versions;
 * the in-process store does not): every version and delete marker under the case's prefix goes, not only the current
 * object, and another case's files stay. A second erasure finds nothing and fails on nothing.
 */
class AttachmentVersionsMotoIT {
    @Test
    void everyVersionAndDeleteMarkerOfTheCasesFilesIsDeleted_andOnlyThose() throws Exception {
        CfnTemplate template = CfnTemplate.load(CfnTemplate.locate(Path.of("")));
        try (LocalAws aws = LocalAws.moto(template, Map.of("MailFrom", "breve@retention.livsmester.example",
                "AuthDomainPrefix", "livsmester-test"), Files.createTempDirectory("moto-retention"));
             ApplicationContext context = ApplicationContext.run(new HashMap<>(aws.properties()))) {
            S3Client s3 = aws.s3();
            String bucket = context.getBean(AttachmentsConfig.class).getBucket();
            s3.putBucketVersioning(b -> b.bucket(bucket).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
            AttachmentStore store = context.getBean(AttachmentStore.class);
            String app = Ids.newId("app");
            String other = Ids.newId("app");
            Attachment replaced = record(store, app);
            Attachment removed = record(store, app);
            Attachment others = record(store, other);
            // A file put twice (the second PUT to the same URL), one deleted (a refused upload: a delete marker).
            put(s3, bucket, replaced.objectKey(), "%PDF-1.7 first");
            put(s3, bucket, replaced.objectKey(), "%PDF-1.7 second");
            put(s3, bucket, removed.objectKey(), "MZ not a pdf");
            s3.deleteObject(b -> b.bucket(bucket).key(removed.objectKey()));
            put(s3, bucket, others.objectKey(), "%PDF-1.7 another case");
            ListObjectVersionsResponse before = versions(s3, bucket, "applications/" + app + "/");
            assertEquals(3, before.versions().size(), String.valueOf(before));
            assertEquals(1, before.deleteMarkers().size(), String.valueOf(before));

            AttachmentRetention retention = context.getBean(AttachmentRetention.class);
            retention.erase(app);

            ListObjectVersionsResponse after = versions(s3, bucket, "applications/" + app + "/");
            assertTrue(after.versions().isEmpty() && after.deleteMarkers().isEmpty(), String.valueOf(after));
            assertEquals(List.of(), store.of(app));
            assertEquals(1, versions(s3, bucket, "applications/" + other + "/").versions().size(), "another case's file stays");
            assertEquals(1, store.of(other).size());

            retention.erase(app);
            assertTrue(versions(s3, bucket, "applications/" + app + "/").versions().isEmpty());
        }
    }

    static Attachment record(AttachmentStore store, String applicationId) {
        Attachment a = Attachment.announce(Ids.newId("att"), applicationId, AttachmentKind.QUOTE, FileType.PDF, 15, null,
                "citizen-test", "citizen", Instant.now());
        store.create(a);
        return a;
    }

    static void put(S3Client s3, String bucket, String key, String body) {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromString(body));
    }

    static ListObjectVersionsResponse versions(S3Client s3, String bucket, String prefix) {
        return s3.listObjectVersions(b -> b.bucket(bucket).prefix(prefix));
    }
}
