package dk.livsmester.localaws;

import java.util.concurrent.atomic.AtomicBoolean;

/** What the event source emulators share: a pause between polls, and stopping the polling thread. */
final class Polling {
    private Polling() {
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the loop and waits a moment for the poll in progress to end. */
    static void stop(AtomicBoolean running, Thread thread) {
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
