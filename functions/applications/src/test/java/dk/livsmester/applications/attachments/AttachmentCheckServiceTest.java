package dk.livsmester.applications.attachments;

import dk.livsmester.domain.Text;
import dk.livsmester.domain.attachment.Attachment;
import dk.livsmester.domain.attachment.AttachmentKind;
import dk.livsmester.domain.attachment.AttachmentStatus;
import dk.livsmester.domain.attachment.FileType;
import dk.livsmester.platform.store.AttachmentFiles;
import dk.livsmester.platform.store.AttachmentStore;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check with the store and the bucket in memory: what each outcome leaves behind. */
class AttachmentCheckServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    /** The records, settled only from PENDING, as the DynamoDB store's condition does. */
    static final class Records implements AttachmentStore {
        final Map<String, Attachment> byId = new HashMap<>();

        @Override
        public void create(Attachment a) {
            byId.put(a.id(), a);
        }

        @Override
        public Optional<Attachment> find(String applicationId, String attachmentId) {
            return Optional.ofNullable(byId.get(attachmentId)).filter(a -> a.applicationId().equals(applicationId));
        }

        @Override
        public List<Attachment> of(String applicationId) {
            return byId.values().stream().filter(a -> a.applicationId().equals(applicationId)).toList();
        }

        @Override
        public boolean settle(Attachment checked) {
            if (byId.get(checked.id()).status() != AttachmentStatus.PENDING) {
                return false;
            }
            byId.put(checked.id(), checked);
            return true;
        }

        @Override
        public void delete(String applicationId, String attachmentId) {
            byId.remove(attachmentId);
        }
    }

    static final class Bucket implements AttachmentFiles {
        final Map<String, byte[]> objects = new HashMap<>();
        final List<String> deleted = new ArrayList<>();

        @Override
        public URI uploadUrl(String key, FileType type, long bytes, Duration valid) {
            return URI.create("https://bucket.invalid/" + key);
        }

        @Override
        public URI downloadUrl(String key, String versionId, String fileName, Duration valid) {
            return URI.create("https://bucket.invalid/" + key);
        }

        @Override
        public Optional<Head> head(String key, int bytes) {
            byte[] o = objects.get(key);
            return o == null ? Optional.empty() : Optional.of(new Head(o.length, Arrays.copyOf(o, Math.min(bytes, o.length)), "v1"));
        }

        @Override
        public void delete(String key) {
            objects.remove(key);
            deleted.add(key);
        }
    }

    final Records records = new Records();
    final Bucket bucket = new Bucket();

    Attachment announced(FileType type, byte[] uploaded) {
        Attachment a = Attachment.announce("att-" + records.byId.size(), "app-1", AttachmentKind.QUOTE, type, uploaded.length,
                "x", "someone", "citizen", CLOCK.instant());
        records.create(a);
        bucket.objects.put(a.objectKey(), uploaded);
        return a;
    }

    AttachmentCheckService service(MalwareScan scan) {
        return new AttachmentCheckService(records, bucket, scan, CLOCK);
    }

    static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aRightFileIsReady_withTheVersionChecked_andAnEventAgainChangesNothing() {
        Attachment a = announced(FileType.PDF, pdf());
        AttachmentCheckService check = service(new NoMalwareScan());
        assertEquals(AttachmentCheckService.Outcome.READY, check.check(a.objectKey()));
        Attachment ready = records.byId.get(a.id());
        assertEquals(AttachmentStatus.READY, ready.status());
        assertEquals("v1", ready.objectVersion());
        assertEquals(CLOCK.instant(), ready.checkedAt());
        assertEquals(AttachmentCheckService.Outcome.SETTLED_ALREADY, check.check(a.objectKey()));
        assertTrue(bucket.deleted.isEmpty());
    }

    @Test
    void wrongBytesOrAScannersNo_refuseWithAReason_andDeleteTheObject() {
        Attachment fake = announced(FileType.JPEG, pdf());
        assertEquals(AttachmentCheckService.Outcome.REFUSED, service(new NoMalwareScan()).check(fake.objectKey()));
        assertEquals(AttachmentStatus.REFUSED, records.byId.get(fake.id()).status());
        assertTrue(records.byId.get(fake.id()).refusal().en().contains("not a real JPEG"));
        assertEquals(List.of(fake.objectKey()), bucket.deleted);

        Attachment infected = announced(FileType.PDF, pdf());
        MalwareScan no = (key, version) -> Optional.of(Text.of("Filen indeholder skadelig kode.", "The file contains malware."));
        assertEquals(AttachmentCheckService.Outcome.REFUSED, service(no).check(infected.objectKey()));
        assertEquals("The file contains malware.", records.byId.get(infected.id()).refusal().en());
        assertTrue(!bucket.objects.containsKey(infected.objectKey()));
    }

    @Test
    void anObjectNoRecordAnnounced_isDeleted_andAVanishedOneIsLeftAlone() {
        bucket.objects.put("applications/app-1/att-unknown", pdf());
        assertEquals(AttachmentCheckService.Outcome.UNKNOWN_OBJECT, service(new NoMalwareScan()).check("applications/app-1/att-unknown"));
        assertEquals(AttachmentCheckService.Outcome.UNKNOWN_OBJECT, service(new NoMalwareScan()).check("elsewhere/x"));
        assertEquals(List.of("applications/app-1/att-unknown"), bucket.deleted, "only under the attachments' prefix");

        Attachment a = announced(FileType.PDF, pdf());
        bucket.objects.remove(a.objectKey());
        assertEquals(AttachmentCheckService.Outcome.GONE, service(new NoMalwareScan()).check(a.objectKey()));
        assertEquals(AttachmentStatus.PENDING, records.byId.get(a.id()).status());
    }
}
