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
import dk.livsmester.domain.guides.PlannedRequest;
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
 * Executes a matching run. The first invocation reads every request waiting for a guide (open, without a candidate, or
 * proposed and not yet decided) and every guide, plans them at once with the {@link AssignmentPlanner}, and writes the
 * plan in request order ({@link PlanWriter}: batches of requests, one transaction each, several at once). If the time
 * budget runs out first, it stores the plan's remaining lines with the run and records how far it wrote (the run's
 * {@code cursor}); the continuation, through the run's own queue message, reads those lines and the state of only
 * the requests it writes, and goes on from the cursor. No invocation after the first reads everything or plans again.
 *
 * <p>A crash or a redelivered message repeats a part from the cursor the run last recorded: the lines written since
 * are found in place (a proposal already naming the planned guide is kept), so nothing is proposed twice and nothing
 * is lost. A first part that is repeated plans again, from the same data: the writes change no request's place in
 * the plan (its status and round only), the guides' free places count approvals, not proposals, and the waiting credit
 * is scored as of the run's request time, so the plan is the same.
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
    private final PlanWriter writer;

    public MatchingRunExecution(GuideStore guides, GuideRequestStore requests, MatchStore matches, MatchingRunStore runs,
                                AssignmentPlanner planner, GuidesConfig config, Clock clock) {
        this.guides = guides;
        this.requests = requests;
        this.matches = matches;
        this.runs = runs;
        this.planner = planner;
        this.config = config;
        this.clock = clock;
        this.writer = new PlanWriter(matches, config, clock);
    }

    public void execute(EventMessage message) {
        MatchingRun run = runs.find(message.subjectId()).orElse(null);
        if (run == null || run.status() == MatchingRunStatus.DONE || run.part() != message.version()) {
            LOG.info("matching run skipped runId={} part={}", message.subjectId(), message.version());
            return;
        }
        Instant deadline = clock.instant().plus(Duration.ofSeconds(config.getRunBudgetSeconds()));
        MatchingRun after = run.hasStoredPlan() ? continueStored(run, deadline) : planAndWrite(run, deadline);
        List<OutboxEvent> events = after.status() == MatchingRunStatus.DONE ? List.of() : List.of(OutboxEvent.of(
                Target.MATCHING, new EventMessage(EventMessage.MATCHING_RUN_REQUESTED, run.id(), after.part(),
                        after.status().name(), clock.instant())));
        try {
            runs.record(run, after, events);
        } catch (StaleStateException duplicate) {
            LOG.info("matching run already recorded runId={} part={}", run.id(), run.part());
            return;
        }
        LOG.info("matching run runId={} part={} status={} cursor={} planned={} requests={} guides={} proposed={} kept={} "
                        + "superseded={} withoutGuide={} skipped={} totalScore={} greedyScore={} planMillis={}", run.id(),
                run.part(), after.status(), after.cursor(), after.planned(), after.requests(), after.guides(),
                after.proposed(), after.kept(), after.superseded(), after.withoutGuide(), after.skipped(),
                after.totalScore(), after.greedyScore(), after.planMillis());
    }

    /** The first part (or a repeat of it): read, plan, write from the start, and store the rest if time runs out. */
    private MatchingRun planAndWrite(MatchingRun run, Instant deadline) {
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
        // Waiting credit as of the run's request, not the invocation: a repeated first part plans the same.
        AssignmentPlanner.Plan plan = planner.plan(waiting, allGuides, Guide::freeCapacity, run.requestedAt());
        long planMillis = (System.nanoTime() - t0) / 1_000_000;
        long greedy = planner.greedy(waiting, allGuides, Guide::freeCapacity, run.requestedAt()).totalScore();
        Map<String, AssignmentPlanner.Assignment> byRequest = new HashMap<>();
        plan.assignments().forEach(a -> byRequest.put(a.request().id(), a));
        List<PlannedRequest> lines = new ArrayList<>(waiting.size());
        Map<String, PlanWriter.State> states = new HashMap<>();
        for (GuideRequest q : waiting) {
            AssignmentPlanner.Assignment a = byRequest.get(q.id());
            lines.add(a == null ? new PlannedRequest(q.id(), null, List.of())
                    : new PlannedRequest(q.id(), a.chosen(), a.alternatives()));
            Match current = q.status() == GuideRequestStatus.PROPOSED ? proposals.get(Match.idFor(q.id(), q.round())) : null;
            states.put(q.id(), new PlanWriter.State(q, current));
        }
        // The states as read a moment ago: a request changed since is refused by its write's condition and skipped.
        PlanWriter.Result result = writer.write(run.id(), lines, 0, batch -> states, deadline);
        boolean done = result.cursor() >= lines.size();
        if (!done) {
            runs.storePlan(run.id(), lines, result.cursor());
        }
        return run.after(done, clock.instant(), result.cursor(), lines.size(), waiting.size(), allGuides.size(),
                plan.unassigned().size(), plan.totalScore(), greedy, planMillis, result.written());
    }

    /** A continuation: the stored plan from the cursor on, each batch's requests read as it is written. */
    private MatchingRun continueStored(MatchingRun run, Instant deadline) {
        List<PlannedRequest> lines = runs.plan(run.id(), run.cursor());
        PlanWriter.Result result = writer.write(run.id(), lines, run.cursor(), this::states, deadline);
        return run.continued(result.cursor() >= run.planned(), clock.instant(), result.cursor(), result.written());
    }

    /** The batch's requests still waiting for a guide, with their current proposals: two batch reads. */
    private Map<String, PlanWriter.State> states(List<PlannedRequest> batch) {
        List<GuideRequest> found = requests.findAll(batch.stream().map(PlannedRequest::requestId).toList()).stream()
                .filter(q -> GuideRequest.PLANNABLE.contains(q.status())).toList();
        Map<String, Match> proposals = new HashMap<>();
        matches.findAll(found.stream().filter(q -> q.status() == GuideRequestStatus.PROPOSED)
                        .map(q -> Match.idFor(q.id(), q.round())).toList()).stream()
                .filter(m -> m.status() == MatchStatus.PROPOSED).forEach(m -> proposals.put(m.id(), m));
        Map<String, PlanWriter.State> states = new HashMap<>();
        found.forEach(q -> states.put(q.id(), new PlanWriter.State(q, proposals.get(Match.idFor(q.id(), q.round())))));
        return states;
    }
}
