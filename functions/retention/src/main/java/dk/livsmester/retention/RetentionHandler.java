package dk.livsmester.retention;

import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import io.micronaut.function.aws.MicronautRequestHandler;
import jakarta.inject.Inject;

/**
 * Scheduled daily: anonymises (after an archive export, where configured) the cases whose retention has passed, then
 * the guide records whose retention has passed.
 */
public class RetentionHandler extends MicronautRequestHandler<ScheduledEvent, String> {
    @Inject
    RetentionService service;
    @Inject
    GuideRecordRetention guideRecords;

    @Override
    public String execute(ScheduledEvent event) {
        RetentionService.Report r = service.run();
        GuideRecordRetention.Report g = guideRecords.run();
        return "anonymised=" + r.anonymised().size() + " archived=" + r.archived().size() + " waiting=" + r.waiting().size()
                + " guideRecordsAnonymised=" + g.anonymised().size() + " guideRecordsEndUnknown=" + g.endUnknown().size()
                + " guideRecordsFailed=" + g.failed().size()
                + " matchingPlansDropped=" + g.plansDropped().size();
    }
}
