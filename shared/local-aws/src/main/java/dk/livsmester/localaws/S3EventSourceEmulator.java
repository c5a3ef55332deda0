package dk.livsmester.localaws;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Does what S3's event notifications to Lambda do for {@code s3:ObjectCreated:*}: each new object of the bucket under
 * the event's key prefix is handed to the function as a real {@link S3Event} of one record, asynchronously, at least
 * once. The local store
 * sends no notifications, so this lists the bucket every second and delivers the keys it has not delivered before;
 * after a restart every object is delivered once more, which the function must take calmly (S3 too may deliver an
 * event twice). A handler that throws gets the event again on the next polls, three tries in all, as Lambda's
 * asynchronous invocation retries twice.
 */
public final class S3EventSourceEmulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(S3EventSourceEmulator.class);
    static final int TRIES = 3;

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final RequestHandler<S3Event, ?> handler;
    private final String functionName;
    private final int timeoutSeconds;
    private final Set<String> delivered = new HashSet<>();
    private final Map<String, Integer> tries = new HashMap<>();
    private final Polling polling;

    /** Only the keys under {@code prefix} ("" for all), as an event's key filter with a prefix rule delivers. */
    public S3EventSourceEmulator(S3Client s3, String bucket, String prefix, RequestHandler<S3Event, ?> handler,
                                 String functionName, int timeoutSeconds) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
        this.handler = handler;
        this.functionName = functionName;
        this.timeoutSeconds = timeoutSeconds;
        this.polling = new Polling("s3-events-" + functionName, functionName, 1000, this::poll);
    }

    public void start() {
        polling.start();
    }

    /** One listing: delivers every object not delivered yet; returns how many events the handler took. */
    public synchronized int poll() {
        int handled = 0;
        for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents()) {
            if (delivered.contains(o.key())) {
                continue;
            }
            try {
                handler.handleRequest(event(o), new LocalLambdaContext(functionName, timeoutSeconds));
                delivered.add(o.key());
                handled++;
            } catch (RuntimeException e) {
                int n = tries.merge(o.key(), 1, Integer::sum);
                LOG.warn("s3 event failed function={} try={} error={}", functionName, n, e.toString());
                if (n >= TRIES) {
                    delivered.add(o.key());
                }
            }
        }
        return handled;
    }

    private S3Event event(S3Object o) {
        // S3 URL-encodes the key in its events (a space as '+').
        String key = URLEncoder.encode(o.key(), StandardCharsets.UTF_8);
        var object = new S3EventNotification.S3ObjectEntity(key, o.size(), o.eTag(), null, null);
        var bucketEntity = new S3EventNotification.S3BucketEntity(bucket,
                new S3EventNotification.UserIdentityEntity("local"), "arn:aws:s3:::" + bucket);
        var entity = new S3EventNotification.S3Entity("local", bucketEntity, object, "1.0");
        var record = new S3EventNotification.S3EventNotificationRecord(Provisioner.REGION, "ObjectCreated:Put", "aws:s3",
                o.lastModified().toString(), "2.1", null, null, entity, null);
        return new S3Event(List.of(record));
    }

    @Override
    public void close() {
        polling.close();
    }
}
