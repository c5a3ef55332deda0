package dk.livsmester.localaws;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The S3 event source emulator on S3Proxy in this JVM, used as the local runtime uses them: files uploaded by
 * presigned PUT, several one after another and one slowly enough to be listed while it is still arriving, and a
 * handler that does what the attachment check does, through a client of its own built as the functions' are: it reads
 * an uploaded object (HEAD, then the first bytes by a ranged GET) and deletes any other. Every upload succeeds; every
 * object is delivered once it is whole, with its whole size; nothing else is delivered, as S3 has no folder objects and
 * shows no object before its PUT has finished. (The store once listed its folders: the handler's delete of one hung
 * past the call timeout, and every file after the first waited.)
 */
class S3EventSourceEmulatorIT {
    static final String BUCKET = "emulator-it";
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static LocalS3 store;
    static S3Client admin;
    static S3Client function;
    static S3Presigner presigner;

    /** What the handler saw of each key: the size and first bytes it read, or the error it met. */
    static final Map<String, String> seen = new ConcurrentHashMap<>();
    static final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    static final java.util.Set<String> uploaded = ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void start() throws IOException {
        LocalAws.useLocalCredentialsIfNoneSet();
        store = LocalS3.start(Files.createTempDirectory("emulator-s3"));
        admin = store.client();
        admin.createBucket(b -> b.bucket(BUCKET));
        // As AwsClientFactory and S3Clients build the functions' client: URL-connection, a 10 s call timeout, the
        // functions' region, the default credentials chain, path-style.
        function = S3Client.builder().httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(o -> o.apiCallTimeout(Duration.ofSeconds(10)))
                .region(Region.EU_WEST_1).endpointOverride(store.endpoint()).forcePathStyle(true).build();
        presigner = S3Presigner.builder().region(Region.EU_WEST_1).endpointOverride(store.endpoint())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()).build();
    }

    @AfterAll
    static void stop() {
        presigner.close();
        function.close();
        admin.close();
        store.close();
    }

    static final RequestHandler<S3Event, Void> CHECK = (event, context) -> {
        event.getRecords().forEach(r -> {
            String key = r.getS3().getObject().getUrlDecodedKey();
            try {
                if (!uploaded.contains(key)) {
                    // As the attachment check does with an object no record names: it goes.
                    function.deleteObject(b -> b.bucket(BUCKET).key(key));
                    seen.put(key, "deleted");
                    return;
                }
                HeadObjectResponse head = function.headObject(b -> b.bucket(BUCKET).key(key));
                byte[] first = function.getObjectAsBytes(b -> b.bucket(BUCKET).key(key).range("bytes=0-15")).asByteArray();
                seen.put(key, head.contentLength() + ":" + first[0]);
            } catch (RuntimeException e) {
                errors.add(key + ": " + e);
                seen.put(key, "error");
                throw e;
            }
        });
        return null;
    };

    static byte[] file(int size, byte first) {
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) 'x');
        b[0] = first;
        return b;
    }

    static URI uploadUrl(String key, long length) {
        return URI.create(presigner.presignPutObject(p -> p.signatureDuration(Duration.ofMinutes(5))
                .putObjectRequest(r -> r.bucket(BUCKET).key(key).contentType("application/pdf").contentLength(length)))
                .url().toString());
    }

    static int put(String key, byte[] bytes, long pauseMidwayMs) throws Exception {
        uploaded.add(key);
        HttpRequest.BodyPublisher body = pauseMidwayMs == 0 ? HttpRequest.BodyPublishers.ofByteArray(bytes)
                : HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new PausingStream(bytes, pauseMidwayMs)), bytes.length);
        return HTTP.send(HttpRequest.newBuilder(uploadUrl(key, bytes.length)).header("Content-Type", "application/pdf")
                .PUT(body).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** The bytes, with one pause half way: an upload over a slow phone connection. */
    static final class PausingStream extends InputStream {
        private final ByteArrayInputStream in;
        private final int half;
        private final long pauseMs;
        private int read;

        PausingStream(byte[] bytes, long pauseMs) {
            this.in = new ByteArrayInputStream(bytes);
            this.half = bytes.length / 2;
            this.pauseMs = pauseMs;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read == half) {
                try {
                    Thread.sleep(pauseMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int n = in.read(b, off, read < half ? Math.min(len, half - read) : len);
            read += Math.max(n, 0);
            return n;
        }
    }

    static void awaitSeen(List<String> keys) throws InterruptedException {
        long until = System.currentTimeMillis() + 40_000;
        while (System.currentTimeMillis() < until && !seen.keySet().containsAll(keys)) {
            Thread.sleep(100);
        }
    }

    @Test
    void theBucketListsItsObjectsOnly_noFolders() throws Exception {
        uploaded.add("applications/app-list/att-1");
        assertEquals(200, put("applications/app-list/att-1", file(100, (byte) 'p'), 0));
        List<String> keys = admin.listObjectsV2(b -> b.bucket(BUCKET).prefix("applications/app-list"))
                .contents().stream().map(software.amazon.awssdk.services.s3.model.S3Object::key).toList();
        assertEquals(List.of("applications/app-list/att-1"), keys);
        assertTrue(admin.listObjectsV2(b -> b.bucket(BUCKET).prefix("applications/").delimiter("/")).commonPrefixes()
                .stream().anyMatch(p -> p.prefix().equals("applications/app-list/")), "a delimiter's prefixes are S3's too");
    }

    @Test
    void severalUploadsInARow_andOneArrivingSlowly_eachDeliveredOnceWhole_andNothingElse() throws Exception {
        seen.clear();
        errors.clear();
        S3EventSourceEmulator emulator = new S3EventSourceEmulator(admin, BUCKET, "applications/", CHECK, "CheckFunction", 30);
        try {
            emulator.start();
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String key = "applications/app-row/att-" + i;
                keys.add(key);
                assertEquals(200, put(key, file(3_000 + i, (byte) ('a' + i)), 0), key);
                awaitSeen(List.of(key));
                assertEquals((3_000 + i) + ":" + ('a' + i), seen.get(key), "file " + (i + 1) + "; errors: " + errors);
            }
            // Listed every second, so a pause of 2.5 s in the middle is seen by at least two listings.
            String slow = "applications/app-slow/att-slow";
            keys.add(slow);
            assertEquals(200, put(slow, file(400_000, (byte) 'S'), 2_500), "the slow upload");
            awaitSeen(List.of(slow));
            assertEquals("400000:" + (int) 'S', seen.get(slow), "errors: " + errors);
            // Outside the event's prefix: never delivered.
            admin.putObject(b -> b.bucket(BUCKET).key("archive/applications/app-row/att-0"),
                    software.amazon.awssdk.core.sync.RequestBody.fromString("%PDF-1.7 copy"));
            Thread.sleep(2_500);
            assertEquals(List.of(), errors);
            assertEquals(keys.stream().sorted().toList(), seen.keySet().stream().sorted().toList(),
                    "exactly the uploaded objects were delivered");
        } finally {
            emulator.close();
        }
    }
}
