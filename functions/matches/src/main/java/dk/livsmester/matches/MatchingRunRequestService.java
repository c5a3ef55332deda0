package dk.livsmester.matches;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Ids;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.guides.MatchingRun;
import dk.livsmester.platform.events.EventMessage;
import dk.livsmester.platform.events.OutboxEvent;
import dk.livsmester.platform.events.Target;
import dk.livsmester.platform.store.MatchingRunStore;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;

/**
 * The coordinator starts a global matching run. The run is planned and written by the matching function (it can take
 * longer than an HTTP call may), so this only records the request and puts its message on the matching queue through
 * the outbox; the coordinator follows it at {@code GET /api/matching-runs/{id}}.
 */
@Singleton
public class MatchingRunRequestService {
    private static final Logger LOG = LoggerFactory.getLogger(MatchingRunRequestService.class);

    private final MatchingRunStore runs;
    private final Clock clock;

    public MatchingRunRequestService(MatchingRunStore runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    public MatchingRun start(Caller caller) {
        caller.require(Role.COORDINATOR);
        MatchingRun run = MatchingRun.requested(Ids.newId("run"), caller.subject(), clock.instant());
        runs.create(run, List.of(OutboxEvent.of(Target.MATCHING, new EventMessage(EventMessage.MATCHING_RUN_REQUESTED,
                run.id(), run.part(), run.status().name(), run.requestedAt()))));
        LOG.info("matching run requested runId={}", run.id());
        return run;
    }

    public MatchingRun get(Caller caller, String id) {
        caller.require(Role.COORDINATOR);
        return runs.get(id);
    }

    public List<MatchingRun> latest(Caller caller, int limit) {
        caller.require(Role.COORDINATOR);
        return runs.latest(limit);
    }
}
