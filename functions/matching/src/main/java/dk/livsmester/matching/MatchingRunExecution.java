package dk.livsmester.matching;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.guides.AssignmentPlanner;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.domain.guides.MatchingRun;
import dk.livsmester.domain.guides.MatchingRunStatus;
import dk.livsmester.platform.config.GuidesConfig;
import dk.livsmester.platform.events.EventMessage;
import dk.livsmester.platform.events.OutboxEvent;
import dk.livsmester.platform.events.Target;
import dk.livsmester.platform.store.GuideRequestStore;
import dk.livsmester.platform.store.GuideStore;
import dk.livsmester.platform.store.MatchStore;
import dk.livsmester.platform.store.MatchingRunStore;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Executes a matching run: every request waiting for a guide (open, without a candidate, or proposed and not yet
 * decided) is planned at once by the {@link AssignmentPlanner}, and the plan is written request by request:
 * <ul>
 *   <li>a proposal that names the planned guide is kept;</li>
 *   <li>a proposal for another guide is superseded, and the planned guide proposed in the request's next round;</li>
 *   <li>a request without a proposal gets one in its current round;</li>
 *   <li>a request the plan leaves without a guide is marked {@code NO_CANDIDATE} (its proposal, if any, superseded).</li>
 * </ul>
 * Each write is conditional on the request (and match) as read; a write that finds them changed (an approval, a
 * question, another message) is skipped and counted. Writing stops at the time budget and the run continues in the
 * next invocation through its own queue message: the plan is a function of the guides and the waiting requests, which
 * the writes do not change, so the continuation plans the same and finds the written part already in place.
 */
@Singleton
public class MatchingRunExecution {
    private static final Logger LOG = LoggerFactory.getLogger(MatchingRunExecution.class);

    private final GuideStore guides;
    private final GuideRequestStore requests;
    private final MatchStore matches;
    private final MatchingRunStore runs;
    private final AssignmentPlanner planner;
    private final GuidesConfig config;
    private final Clock clock;

    public MatchingRunExecution(GuideStore guides, GuideRequestStore requests, MatchStore matches, MatchingRunStore runs,
                                AssignmentPlanner planner, GuidesConfig config, Clock clock) {
        this.guides = guides;
        this.requests = requests;
        this.matches = matches;
        this.runs = runs;
        this.planner = planner;
        this.config = config;
        this.clock = clock;
    }

    public void execute(EventMessage message) {
        MatchingRun run = runs.find(message.subjectId()).orElse(null);
        if (run == null || run.status() == MatchingRunStatus.DONE || run.part() != message.version()) {
            LOG.info("matching run skipped runId={} part={}", message.subjectId(), message.version());
            return;
        }
        Instant started = clock.instant();
        Instant deadline = started.plus(Duration.ofSeconds(config.getRunBudgetSeconds()));
        List<GuideRequest> waiting = new ArrayList<>();
        for (GuideRequestStatus s : GuideRequest.PLANNABLE) {
            waiting.addAll(requests.all(s));
        }
        waiting.sort(Comparator.comparing(GuideRequest::createdAt).thenComparing(GuideRequest::id));
        Map<String, Match> proposals = new HashMap<>();
        for (Match m : matches.all(MatchStatus.PROPOSED)) {
            proposals.put(m.id(), m);
        }
        List<Guide> allGuides = guides.all();
        long t0 = System.nanoTime();
        // Waiting credit as of the run's request, not the invocation: every continuation then plans the same.
        AssignmentPlanner.Plan plan = planner.plan(waiting, allGuides, Guide::freeCapacity, run.requestedAt());
        long planMillis = (System.nanoTime() - t0) / 1_000_000;
        long greedy = planner.greedy(waiting, allGuides, Guide::freeCapacity, run.requestedAt()).totalScore();
        Map<String, AssignmentPlanner.Assignment> byRequest = new HashMap<>();
        plan.assignments().forEach(a -> byRequest.put(a.request().id(), a));

        int proposed = 0;
        int kept = 0;
        int superseded = 0;
        int skipped = 0;
        boolean done = true;
        int writes = 0;
        for (GuideRequest q : waiting) {
            // At least one write per invocation, so a run whose planning alone outlasts the budget still progresses;
            // requests already as planned cost no write and are passed over quickly.
            if (writes > 0 && clock.instant().isAfter(deadline)) {
                done = false;
                break;
            }
            AssignmentPlanner.Assignment a = byRequest.get(q.id());
            Match current = q.status() == GuideRequestStatus.PROPOSED ? proposals.get(Match.idFor(q.id(), q.round())) : null;
            try {
                if (current != null && a != null && current.guideId().equals(a.chosen().guideId())) {
                    kept++;
                } else if (current != null) {
                    GuideRequest next = q.nextRound(a == null ? GuideRequestStatus.NO_CANDIDATE : GuideRequestStatus.PROPOSED);
                    Match fresh = a == null ? null : Match.proposed(next, a.chosen(), a.alternatives(), run.id(), clock.instant());
                    writes++;
                    matches.replan(q, next, current, current.supersede(), fresh, List.of());
                    superseded++;
                    proposed += fresh == null ? 0 : 1;
                } else if (a != null && q.status() != GuideRequestStatus.PROPOSED) {
                    GuideRequest next = q.withStatus(GuideRequestStatus.PROPOSED);
                    writes++;
                    matches.replan(q, next, null, null,
                            Match.proposed(q, a.chosen(), a.alternatives(), run.id(), clock.instant()), List.of());
                    proposed++;
                } else if (a == null && q.status() == GuideRequestStatus.OPEN) {
                    writes++;
                    requests.save(q, q.withStatus(GuideRequestStatus.NO_CANDIDATE), List.of());
                }
            } catch (StaleStateException changed) {
                skipped++;
            }
        }
        MatchingRun after = run.after(done, clock.instant(), waiting.size(), allGuides.size(), proposed, kept, superseded,
                plan.unassigned().size(), skipped, plan.totalScore(), greedy, planMillis);
        List<OutboxEvent> events = done ? List.of() : List.of(OutboxEvent.of(Target.MATCHING, new EventMessage(
                EventMessage.MATCHING_RUN_REQUESTED, run.id(), after.part(), after.status().name(), clock.instant())));
        try {
            runs.record(run, after, events);
        } catch (StaleStateException duplicate) {
            LOG.info("matching run already recorded runId={} part={}", run.id(), run.part());
            return;
        }
        LOG.info("matching run runId={} part={} done={} requests={} guides={} proposed={} kept={} superseded={} "
                        + "withoutGuide={} skipped={} totalScore={} greedyScore={} planMillis={}", run.id(), run.part(), done,
                waiting.size(), allGuides.size(), proposed, kept, superseded, plan.unassigned().size(), skipped,
                plan.totalScore(), greedy, planMillis);
    }
}
