package dk.livsmester.reconciliation;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

/** Scheduled: recomputes every pool from its ledger and records any drift for finance to see. */
public class ReconciliationHandler extends MicronautRequestHandler<ScheduledEvent, String> {
    @Inject
    ReconciliationService service;

    @Override
    public String execute(ScheduledEvent event) {
        return "pools=" + service.runAll().size();
    }
}
