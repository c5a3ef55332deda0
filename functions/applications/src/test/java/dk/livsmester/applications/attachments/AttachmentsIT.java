package dk.livsmester.applications.attachments;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.Ids;
import dk.livsmester.domain.Money;
import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.ValidationException;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.attachment.Attachment;
import dk.livsmester.domain.attachment.AttachmentKind;
import dk.livsmester.domain.attachment.AttachmentStatus;
import dk.livsmester.domain.attachment.FileType;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.platform.config.AttachmentsConfig;
import dk.livsmester.platform.store.AttachmentFiles;
import dk.livsmester.platform.store.AttachmentStore;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Attachments on DynamoDB Local and the local S3 store (S3Proxy), through the same SDK code as in AWS: the
 * presigned PUT takes exactly the announced type and length, the check makes a file ready or refuses it (and deletes
 * it), a download link works once ready, and an expired, foreign or altered link gets 403 from the store.
 */
class AttachmentsIT {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static TestStack stack;
    static AttachmentService service;
    static AttachmentCheckService check;
    static AttachmentStore store;
    static Pool pool;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        service = stack.bean(AttachmentService.class);
        check = stack.bean(AttachmentCheckService.class);
        store = stack.bean(AttachmentStore.class);
        pool = stack.pool(Money.dkk(500_000));
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    static byte[] pdf(int size) {
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) ' ');
        byte[] head = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, b, 0, head.length);
        return b;
    }

    static int put(URI url, String contentType, byte[] body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(url).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static HttpResponse<byte[]> get(URI url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theApplicantsUploadAPdf_itIsCheckedAndReady_andTheTeamDownloadsExactlyIt() throws Exception {
        Application app = stack.inReview(pool.id(), Money.dkk(8_000));
        byte[] file = pdf(2_345);
        AttachmentService.Announced a = service.announce(TestStack.CONTACT, app.id(), "SUBGOAL_ANNEX", "application/pdf",
                (long) file.length, "delmaal.pdf");
        assertEquals(AttachmentStatus.PENDING, a.attachment().status());
        assertTrue(!a.uploadUrl().toString().contains("delmaal") && a.uploadUrl().getPath().endsWith(a.attachment().id()),
                "the object key is the random ids only");
        assertEquals(200, put(a.uploadUrl(), "application/pdf", file));
        // Until the check, no link.
        assertThrows(ConflictException.class, () -> service.download(TestStack.TEAM, app.id(), a.attachment().id()));

        assertEquals(AttachmentCheckService.Outcome.READY, check.check(a.attachment().objectKey()));
        // S3 may deliver an event twice: the second changes nothing.
        assertEquals(AttachmentCheckService.Outcome.SETTLED_ALREADY, check.check(a.attachment().objectKey()));

        AttachmentService.Download d = service.download(TestStack.TEAM, app.id(), a.attachment().id());
        HttpResponse<byte[]> got = get(d.url());
        assertEquals(200, got.statusCode());
        assertArrayEquals(file, got.body());
        assertEquals(List.of(AttachmentStatus.READY), service.list(TestStack.CITIZEN, app.id()).stream()
                .map(Attachment::status).toList());
    }

    @Test
    void theSignedUrlTakesOnlyTheAnnouncedTypeAndLength() throws Exception {
        Application app = stack.inReview(pool.id(), Money.dkk(8_000));
        byte[] file = pdf(1_000);
        AttachmentService.Announced a = service.announce(TestStack.CITIZEN, app.id(), "QUOTE", "application/pdf",
                (long) file.length, null);
        assertEquals(403, put(a.uploadUrl(), "image/png", file), "another content type");
        assertEquals(403, put(a.uploadUrl(), "application/pdf", pdf(1_001)), "another length");
        assertEquals(200, put(a.uploadUrl(), "application/pdf", file));
    }

    @Test
    void bytesThatAreNotTheDeclaredType_areRefusedWithAReason_deleted_andNeverDownloadable() throws Exception {
        Application app = stack.inReview(pool.id(), Money.dkk(8_000));
        byte[] notAPdf = "MZ this is a program, not a PDF".getBytes(StandardCharsets.US_ASCII);
        AttachmentService.Announced a = service.announce(TestStack.CONTACT, app.id(), "QUOTE", "application/pdf",
                (long) notAPdf.length, "tilbud.pdf");
        assertEquals(200, put(a.uploadUrl(), "application/pdf", notAPdf));
        assertEquals(AttachmentCheckService.Outcome.REFUSED, check.check(a.attachment().objectKey()));

        Attachment refused = store.find(app.id(), a.attachment().id()).orElseThrow();
        assertEquals(AttachmentStatus.REFUSED, refused.status());
        assertTrue(refused.refusal().da().contains("PDF") && refused.refusal().en().contains("PDF"), refused.refusal().toString());
        ConflictException e = assertThrows(ConflictException.class,
                () -> service.download(TestStack.TEAM, app.id(), a.attachment().id()));
        assertEquals("ATTACHMENT_REFUSED", e.code());
        assertTrue(stack.bean(AttachmentFiles.class).head(a.attachment().objectKey(), 16).isEmpty(), "the object is deleted");
    }

    @Test
    void aWrongTypeOrTooLargeFileIsRefusedBeforeAnyUrl_andOnlyTheApplicantsMayAnnounce() {
        Application app = stack.inReview(pool.id(), Money.dkk(8_000));
        ValidationException type = assertThrows(ValidationException.class, () -> service.announce(TestStack.CONTACT,
                app.id(), "QUOTE", "application/x-msdownload", 100L, "x.exe"));
        assertEquals("contentType", type.errors().get(0).field());
        ValidationException big = assertThrows(ValidationException.class, () -> service.announce(TestStack.CONTACT,
                app.id(), "QUOTE", "image/jpeg", 10L * 1024 * 1024 + 1, null));
        assertEquals("size", big.errors().get(0).field());
        ValidationException receipt = assertThrows(ValidationException.class, () -> service.announce(TestStack.CONTACT,
                app.id(), "RECEIPT", "image/jpeg", 100L, null));
        assertEquals("kind", receipt.errors().get(0).field());
        Caller stranger = new Caller(Ids.newId("citizen"), "Anden Borger", Role.CITIZEN);
        assertThrows(NotFoundException.class, () -> service.announce(stranger, app.id(), "QUOTE", "image/jpeg", 100L, null));
        assertThrows(NotFoundException.class, () -> service.list(stranger, app.id()));
        assertTrue(store.of(app.id()).isEmpty(), "nothing was recorded");
    }

    @Test
    void financeSeesTheReceiptsOnly() {
        Application app = stack.inReview(pool.id(), Money.dkk(8_000));
        Instant now = Instant.now();
        store.create(Attachment.announce(Ids.newId("att"), app.id(), AttachmentKind.QUOTE, FileType.PDF, 10, null,
                TestStack.CONTACT.subject(), "contact-person", now));
        Attachment receipt = Attachment.announce(Ids.newId("att"), app.id(), AttachmentKind.RECEIPT, FileType.JPEG, 10,
                null, TestStack.CITIZEN.subject(), "citizen", now.plusMillis(1));
        store.create(receipt);
        Caller finance = new Caller("finance-test", "Finn Finans", Role.FINANCE);
        assertEquals(List.of(receipt.id()), service.list(finance, app.id()).stream().map(Attachment::id).toList());
        assertEquals(2, service.list(TestStack.TEAM, app.id()).size());
    }

    @Test
    void anExpiredForeignOrAlteredLinkGets403FromTheStore() throws Exception {
        AttachmentFiles files = stack.bean(AttachmentFiles.class);
        String key = Attachment.objectKey(Ids.newId("app"), Ids.newId("att"));
        byte[] file = pdf(500);
        assertEquals(200, put(files.uploadUrl(key, FileType.PDF, file.length, Duration.ofMinutes(1)), "application/pdf", file));
        assertEquals(200, get(files.downloadUrl(key, null, "a.pdf", Duration.ofMinutes(1))).statusCode());

        URI shortLived = files.downloadUrl(key, null, "a.pdf", Duration.ofSeconds(1));
        Thread.sleep(2_500);
        assertEquals(403, get(shortLived).statusCode(), "expired");

        String endpoint = stack.aws().properties().get("livsmester.aws.s3-endpoint");
        String bucket = stack.bean(AttachmentsConfig.class).getBucket();
        try (S3Presigner foreign = S3Presigner.builder().region(Region.EU_WEST_1).endpointOverride(URI.create(endpoint))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("someone", "else")))
                .build()) {
            URI url = URI.create(foreign.presignGetObject(p -> p.signatureDuration(Duration.ofMinutes(1))
                    .getObjectRequest(r -> r.bucket(bucket).key(key))).url().toString());
            assertEquals(403, get(url).statusCode(), "signed with another key");
        }
        String other = Attachment.objectKey(Ids.newId("app"), Ids.newId("att"));
        URI altered = URI.create(files.downloadUrl(key, null, "a.pdf", Duration.ofMinutes(1)).toString()
                .replace(key, other));
        assertEquals(403, get(altered).statusCode(), "another object under the same signature");
    }
}
