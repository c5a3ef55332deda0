package dk.livsmester.localaws;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The polling thread the event source emulators share: one daemon thread runs a poll over and over, pausing
 * {@code pauseMs} after each (none for a poll that waits by itself, as an SQS long poll does) and a second after a
 * failure, which is logged unless the loop is stopping; {@link #close} stops it and waits a moment for the poll in
 * progress.
 */
final class Polling implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Polling.class);
    static final long PAUSE_AFTER_FAILURE_MS = 1000;

    private final String threadName;
    private final String functionName;
    private final long pauseMs;
    private final Runnable poll;
    private final AtomicBoolean running = new AtomicBoolean();
    private Thread thread;

    Polling(String threadName, String functionName, long pauseMs, Runnable poll) {
        this.threadName = threadName;
        this.functionName = functionName;
        this.pauseMs = pauseMs;
        this.poll = poll;
    }

    /** Starts the thread; a second call does nothing. */
    void start() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        thread = new Thread(() -> {
            while (running.get()) {
                try {
                    poll.run();
                    sleep(pauseMs);
                } catch (RuntimeException e) {
                    if (running.get()) {
                        LOG.warn("event source poll failed source={} function={} error={}", threadName, functionName,
                                e.toString());
                        sleep(PAUSE_AFTER_FAILURE_MS);
                    }
                }
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private static void sleep(long ms) {
        if (ms <= 0) {
            return;
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running.set(false);
        if (thread != null) {
            try {
                thread.join(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
