package dk.livsmester.notifications;

import dk.livsmester.domain.archive.CaseRecord;
import dk.livsmester.platform.config.AwsClientFactory;
import dk.livsmester.platform.config.AwsConfig;
import dk.livsmester.platform.config.TablesConfig;
import dk.livsmester.platform.store.Json;
import dk.livsmester.platform.store.dynamo.DynamoCollection;
import dk.livsmester.platform.store.dynamo.ItemCodec;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The case records where an ESDH integration picks them up: the PDF and its metadata (the record as JSON, beside it)
 * under {@code case-records/<application>/<record id>} in the bucket {@link EsdhConfig} names, each written with
 * {@code PutObject} and {@code If-None-Match: *}, so a redelivery never overwrites what was filed (S3's 412 means it is
 * there). The index of filed records and whether the pick-up message went are in NoticesTable ({@code CASE#<record
 * id>} / {@code RECORD}, a conditional put): the function never lists or probes the bucket, so it needs no
 * {@code s3:ListBucket} (without which S3 answers a missing key with 403, not 404).
 */
@Singleton
public class S3CaseArchive implements CaseArchive, AutoCloseable {
    static final ItemCodec<CaseRecord> CODEC = new ItemCodec<>(CaseRecord.class, "CASE", "CASE", List.of(), r -> Map.of());
    private final DynamoCollection<CaseRecord> index;
    private final S3Client s3;
    private final String bucket;

    public S3CaseArchive(DynamoDbEnhancedClient client, TablesConfig tables, EsdhConfig esdh, AwsConfig aws) {
        this.index = new DynamoCollection<>(client, tables.getNotices(), CODEC, "case record");
        this.bucket = esdh.getBucket();
        this.s3 = client(aws);
    }

    /**
     * Its own client, not a bean: in the local runtime every function's context sees the attachments' S3Client too.
     * With an endpoint override (the local stores, over plain HTTP) path-style, and a checksum only where S3 requires
     * one: over HTTP the SDK signs the body as aws-chunked with a trailing checksum
     * ({@code STREAMING-AWS4-HMAC-SHA256-PAYLOAD-TRAILER}), which S3Proxy 3.0.0 does not read (it answers
     * {@code XAmzContentSHA256Mismatch}); without the checksum the SDK signs the chunks alone, which it reads. In AWS
     * (HTTPS, no override) the SDK's defaults stand.
     */
    static S3Client client(AwsConfig aws) {
        String endpoint = aws.getS3Endpoint();
        S3ClientBuilder b = AwsClientFactory.configure(S3Client.builder(), aws, endpoint);
        if (endpoint != null && !endpoint.isBlank()) {
            b.forcePathStyle(true).requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED);
        }
        return b.build();
    }

    @Override
    public boolean fileOnce(CaseRecord record, byte[] pdf) {
        if (bucket.isBlank()) {
            throw new IllegalStateException("LIVSMESTER_ESDH_BUCKET is not set: case records need their bucket");
        }
        if (find(record.id()).isPresent()) {
            return false;
        }
        // The PDF, then its metadata, then the index: a crash between two steps leaves no index entry, and the next
        // delivery files what is missing and keeps what is there.
        CaseRecord filed = record;
        if (!putOnce(record.pdfKey(), pdf, "application/pdf", Map.of("case-record-id", record.id(),
                "outcome", record.outcome()))) {
            filed = record.withPdfBytes((int) s3.headObject(r -> r.bucket(bucket).key(record.pdfKey())).contentLength().longValue());
        }
        byte[] metadata = Json.write(filed).getBytes(StandardCharsets.UTF_8);
        if (!putOnce(record.metadataKey(), metadata, "application/json", Map.of())) {
            filed = Json.read(s3.getObjectAsBytes(r -> r.bucket(bucket).key(record.metadataKey())).asUtf8String(), CaseRecord.class);
        }
        return index.putChildOnce(filed.id(), "RECORD", "CASE_RECORD", filed);
    }

    /** One conditional put; false when the key holds an object already (412), which is then left as it was. */
    private boolean putOnce(String key, byte[] body, String contentType, Map<String, String> metadata) {
        try {
            s3.putObject(r -> r.bucket(bucket).key(key).contentType(contentType).metadata(metadata).ifNoneMatch("*"),
                    RequestBody.fromBytes(body));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == 412) {
                return false;
            }
            throw new IllegalStateException("S3 PutObject of a case record answered " + e.statusCode() + " "
                    + (e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode()));
        }
    }

    @Override
    public Optional<CaseRecord> find(String id) {
        return index.child(id, "RECORD", CaseRecord.class);
    }

    @Override
    public Optional<byte[]> pdf(String pdfKey) {
        try {
            return Optional.of(s3.getObjectAsBytes(r -> r.bucket(bucket).key(pdfKey)).asByteArray());
        } catch (NoSuchKeyException gone) {
            return Optional.empty();
        }
    }

    @Override
    public void markQueued(CaseRecord record) {
        index.putChild(record.id(), "RECORD", "CASE_RECORD", record);
    }

    @PreDestroy
    @Override
    public void close() {
        s3.close();
    }
}
