package dk.livsmester.notifications;

import dk.livsmester.domain.Money;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.DecisionOutcome;
import dk.livsmester.domain.application.DecisionPolicy;
import dk.livsmester.domain.application.DecisionRequest;
import dk.livsmester.domain.archive.CaseRecord;
import dk.livsmester.platform.config.AwsConfig;
import dk.livsmester.platform.events.EventMessage;
import dk.livsmester.platform.store.ApplicationStore;
import dk.livsmester.platform.store.Json;
import dk.livsmester.platform.testing.TestStack;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.sqs.model.Message;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each decision's case record on DynamoDB Local, ElasticMQ and S3Proxy (the template's attachments bucket, its
 * {@code case-records/} prefix): filed once however often the event comes, its PDF read back from the bucket with the
 * application and the decision, its metadata beside it, and one pick-up message on the ESDH queue naming its key.
 */
class CaseRecordIT {
    static TestStack stack;
    /** The bucket as the function's client sees it (the local store's own client puts bodies S3Proxy cannot read). */
    static S3Client s3;

    @BeforeAll
    static void start() {
        stack = TestStack.start();
        s3 = S3CaseArchive.client(stack.bean(AwsConfig.class));
    }

    @AfterAll
    static void stop() {
        s3.close();
        stack.close();
    }

    static S3Client s3() {
        return s3;
    }

    static String bucket() {
        return stack.aws().bucketName("AttachmentsBucket");
    }

    static ResponseBytes<GetObjectResponse> object(String key) {
        return s3().getObjectAsBytes(b -> b.bucket(bucket()).key(key));
    }

    static List<String> keysUnder(String prefix) {
        return s3().listObjectsV2(b -> b.bucket(bucket()).prefix(prefix)).contents().stream().map(S3Object::key).sorted().toList();
    }

    static Application rejected(Application app) {
        Application rejected = app.decide(stack.bean(DecisionPolicy.class).decide(app,
                new DecisionRequest(DecisionOutcome.REJECTED, null, List.of("R4"), "Du har ikke adgang til en bil."),
                TestStack.TEAM, Instant.now()));
        stack.bean(ApplicationStore.class).save(app, rejected, List.of(), List.of());
        return rejected;
    }

    @Test
    void aRejection_isFiledOnce_readsBack_andIsQueuedOnce() throws Exception {
        Application app = stack.inReview(stack.pool(Money.dkk(10_000)).id(), Money.dkk(14_000));
        Application rejected = rejected(app);
        EventMessage decided = new EventMessage(EventMessage.APPLICATION_STATUS_CHANGED, app.id(), rejected.version(),
                "REJECTED", Instant.now());
        CaseRecordService service = stack.bean(CaseRecordService.class);
        service.handle(decided);
        String firstETag = object(CaseRecord.PREFIX + app.id() + "/" + CaseRecord.idOf(app, "REJECTED", rejected.version()) + ".pdf")
                .response().eTag();
        service.handle(decided);

        CaseArchive archive = stack.bean(CaseArchive.class);
        assertTrue(archive instanceof S3CaseArchive, "the bucket is configured, so the records go to S3");
        CaseRecord r = archive.find(CaseRecord.idOf(app, "REJECTED", rejected.version())).orElseThrow();
        assertEquals("REJECTED", r.outcome());
        assertEquals(List.of("R4"), r.reasonCodes());
        assertEquals(Money.dkk(14_000), r.requestedOre());
        assertEquals(0, r.grantedOre());
        assertNotNull(r.queuedAt());
        assertTrue(r.pdfKey().startsWith(CaseRecord.PREFIX + app.id() + "/"), r.pdfKey());

        // In the bucket: the PDF and its metadata, once each, under keys of ids only; the second delivery wrote nothing.
        assertEquals(List.of(r.metadataKey(), r.pdfKey()), keysUnder(CaseRecord.PREFIX + app.id() + "/"));
        ResponseBytes<GetObjectResponse> stored = object(r.pdfKey());
        assertEquals(firstETag, stored.response().eTag(), "not overwritten by the redelivery");
        assertEquals("application/pdf", stored.response().contentType());
        assertEquals(r.id(), stored.response().metadata().get("case-record-id"));
        byte[] pdf = stored.asByteArray();
        assertEquals(r.pdfBytes(), pdf.length);
        assertArrayEquals(pdf, archive.pdf(r.pdfKey()).orElseThrow());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(app.id()) && text.contains("REJECTED") && text.contains("R4"), text);
            assertTrue(text.contains("Sangundervisning") && text.contains("Du har ikke adgang til en bil."), text);
            assertTrue(text.contains("Afgørelsen kan ikke påklages."), "Danish letters survive: " + text);
        }
        CaseRecord metadata = Json.read(object(r.metadataKey()).asUtf8String(), CaseRecord.class);
        assertEquals(r.queued(null), metadata, "the metadata beside the PDF is the record as filed");

        String queue = stack.aws().queueUrl("EsdhQueue");
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            messages.addAll(stack.aws().sqs().receiveMessage(b -> b.queueUrl(queue).maxNumberOfMessages(10).waitTimeSeconds(1))
                    .messages());
        }
        List<Message> mine = messages.stream().filter(m -> m.body().contains(r.id())).toList();
        assertEquals(1, mine.size(), "one pick-up message for two deliveries");
        assertTrue(mine.get(0).body().contains(r.pdfKey()));
        assertTrue(mine.get(0).body().contains(r.metadataKey()), mine.get(0).body());
        assertTrue(!mine.get(0).body().contains("Alma"), "no personal data in the message");
    }

    @Test
    void theLocalStoreHonoursIfNoneMatch_aSecondPutOfAKeyIsRefusedWith412() {
        String key = CaseRecord.PREFIX + "probe/" + System.nanoTime() + ".json";
        s3().putObject(b -> b.bucket(bucket()).key(key).ifNoneMatch("*"), RequestBody.fromString("first"));
        S3Exception refused = assertThrows(S3Exception.class, () -> s3().putObject(b -> b.bucket(bucket()).key(key)
                .ifNoneMatch("*"), RequestBody.fromString("second")));
        assertEquals(412, refused.statusCode());
        assertEquals("first", object(key).asUtf8String());
    }

    @Test
    void aDeliveryThatCrashedAfterThePdf_isFinishedByTheNext_withThePdfAsItWasFiled() throws Exception {
        Application app = stack.inReview(stack.pool(Money.dkk(10_000)).id(), Money.dkk(14_000));
        Application rejected = rejected(app);
        // What the crashed delivery left: its PDF (these bytes, which a new rendering would not repeat) and nothing else.
        CaseRecord draft = CaseRecord.of(rejected, "REJECTED", rejected.version(), 0, Instant.now());
        byte[] first = CaseRecordPdf.render(rejected, draft);
        byte[] tail = "\n% the first delivery\n".getBytes(StandardCharsets.US_ASCII);
        byte[] left = Arrays.copyOf(first, first.length + tail.length);
        System.arraycopy(tail, 0, left, first.length, tail.length);
        s3().putObject(b -> b.bucket(bucket()).key(draft.pdfKey()).contentType("application/pdf"), RequestBody.fromBytes(left));
        assertTrue(stack.bean(CaseArchive.class).find(draft.id()).isEmpty());

        stack.bean(CaseRecordService.class).handle(new EventMessage(EventMessage.APPLICATION_STATUS_CHANGED, app.id(),
                rejected.version(), "REJECTED", Instant.now()));

        CaseRecord r = stack.bean(CaseArchive.class).find(draft.id()).orElseThrow();
        assertArrayEquals(left, object(r.pdfKey()).asByteArray(), "the PDF already there is kept, not overwritten");
        assertEquals(left.length, r.pdfBytes(), "the record describes the PDF in the bucket");
        assertEquals(left.length, Json.read(object(r.metadataKey()).asUtf8String(), CaseRecord.class).pdfBytes());
        assertNotNull(r.queuedAt());
        try (PDDocument doc = Loader.loadPDF(object(r.pdfKey()).asByteArray())) {
            assertTrue(new PDFTextStripper().getText(doc).contains(r.id()));
        }
    }

    @Test
    void aNeedsInfoAnswer_isNoDecision_andFilesNothing() {
        Application app = stack.inReview(stack.pool(Money.dkk(10_000)).id(), Money.dkk(1_000));
        stack.bean(CaseRecordService.class).handle(new EventMessage(EventMessage.APPLICATION_STATUS_CHANGED, app.id(),
                app.version(), "NEEDS_INFO", Instant.now()));
        assertTrue(stack.bean(CaseArchive.class).find(CaseRecord.idOf(app, "NEEDS_INFO", app.version())).isEmpty());
        assertFalse(keysUnder(CaseRecord.PREFIX + app.id() + "/").iterator().hasNext(), "nothing in the bucket");
    }
}
