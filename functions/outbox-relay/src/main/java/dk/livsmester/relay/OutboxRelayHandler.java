package dk.livsmester.relay;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dk.livsmester.platform.store.dynamo.EventOutbox;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

import java.time.Duration;

/**
 * Runs every minute: sends outbox events that were committed but not published (the process died between the two
 * steps, or SQS was unreachable). Thirty seconds of grace leave the normal path its time.
 */
public class OutboxRelayHandler extends MicronautRequestHandler<ScheduledEvent, String> {
    static final Duration GRACE = Duration.ofSeconds(30);

    @Inject
    EventOutbox outbox;

    @Override
    public String execute(ScheduledEvent event) {
        return "sent=" + outbox.relayPending(GRACE, 100);
    }
}
