package dk.livsmester.notices;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.utils.SdkAutoCloseable;

import java.util.function.Supplier;

/**
 * An AWS client built on first use: a function whose channel is off (the local runtime) never creates it. Also the one
 * wording of a refused call: the status and the service's error code only, as the message can quote an address.
 */
final class LazyClient<C extends SdkAutoCloseable> implements AutoCloseable {
    private final Supplier<C> build;
    private volatile C client;

    LazyClient(Supplier<C> build) {
        this.build = build;
    }

    C get() {
        C c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = build.get();
                }
                c = client;
            }
        }
        return c;
    }

    static IllegalStateException refused(String call, AwsServiceException e) {
        return new IllegalStateException(call + " answered " + e.statusCode() + " "
                + (e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode()));
    }

    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
    }
}
