package dk.livsmester.followup;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

/**
 * Runs on a schedule (template.yaml): raises and resolves the coordinator's alerts about matches, then sends the
 * notices the clock calls for (deadline reminders and breaches, follow-ups, matches and meetings, alerts).
 */
public class FollowUpHandler extends MicronautRequestHandler<ScheduledEvent, String> {
    @Inject
    FollowUpService service;

    @Inject
    NoticeSweep sweep;

    @Override
    public String execute(ScheduledEvent event) {
        return service.run() + " " + sweep.run();
    }
}
