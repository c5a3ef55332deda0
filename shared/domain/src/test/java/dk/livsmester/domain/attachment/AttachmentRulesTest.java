package dk.livsmester.domain.attachment;

import dk.livsmester.domain.ValidationException;
import dk.livsmester.domain.application.ApplicationStatus;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AttachmentRulesTest {
    static final byte[] PDF = "%PDF-1.4\n%....".getBytes(StandardCharsets.US_ASCII);
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final byte[] HEIC = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0};
    static final byte[] MP4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 0, 0};

    @Test
    void eachTypeIsKnownByItsFirstBytes_andNotByAnotherTypes() {
        assertTrue(FileType.PDF.matches(PDF));
        assertTrue(FileType.JPEG.matches(JPEG));
        assertTrue(FileType.PNG.matches(PNG));
        assertTrue(FileType.HEIC.matches(HEIC));
        assertFalse(FileType.PDF.matches(JPEG));
        assertFalse(FileType.JPEG.matches(PNG));
        assertFalse(FileType.PNG.matches(PDF));
        assertFalse(FileType.HEIC.matches(MP4), "an ISO media file of another brand (a video) is not HEIC");
        assertFalse(FileType.PDF.matches(new byte[0]));
        assertFalse(FileType.HEIC.matches(new byte[]{0, 0, 0, 0x18, 'f', 't'}));
    }

    @Test
    void theAnnouncementIsRefusedFieldByField() {
        assertEquals(FileType.HEIC, AttachmentRules.announce("receipt", "image/heic", 5_000L, "IMG_0001.HEIC"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> AttachmentRules.announce("photo", "text/html", 0L, null));
        assertEquals(3, e.errors().size());
        ValidationException big = assertThrows(ValidationException.class,
                () -> AttachmentRules.announce("QUOTE", "application/pdf", AttachmentRules.MAX_BYTES + 1, null));
        assertEquals("size", big.errors().get(0).field());
        assertTrue(big.errors().get(0).da().contains("10 MB") && big.errors().get(0).en().contains("10 MB"));
        assertEquals(FileType.PDF, AttachmentRules.announce("QUOTE", "application/pdf", AttachmentRules.MAX_BYTES, null));
    }

    @Test
    void theCheckComparesTheStoredObjectWithTheAnnouncement() {
        Attachment a = Attachment.announce("att-1", "app-1", AttachmentKind.QUOTE, FileType.PDF, 14, null, "s", "citizen",
                Instant.EPOCH);
        assertTrue(AttachmentRules.check(a, 14, PDF).isEmpty());
        assertTrue(AttachmentRules.check(a, 13, PDF).orElseThrow().en().contains("whole"));
        assertTrue(AttachmentRules.check(a, 14, PNG).orElseThrow().en().contains("not a real PDF"));
        assertTrue(AttachmentRules.check(a, AttachmentRules.MAX_BYTES + 1, PDF).orElseThrow().en().contains("10 MB"));
    }

    @Test
    void receiptsComeAfterAGrant_theOtherKindsBeforeTheDecision() {
        assertTrue(AttachmentKind.SUBGOAL_ANNEX.allowedAt(ApplicationStatus.DRAFT));
        assertTrue(AttachmentKind.QUOTE.allowedAt(ApplicationStatus.NEEDS_INFO));
        assertFalse(AttachmentKind.QUOTE.allowedAt(ApplicationStatus.APPROVED));
        assertFalse(AttachmentKind.RECEIPT.allowedAt(ApplicationStatus.IN_REVIEW));
        assertTrue(AttachmentKind.RECEIPT.allowedAt(ApplicationStatus.APPROVED));
        assertTrue(AttachmentKind.RECEIPT.allowedAt(ApplicationStatus.DISBURSED));
        assertFalse(AttachmentKind.RECEIPT.allowedAt(ApplicationStatus.REJECTED));
    }
}
