package dk.livsmester.platform.store;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.guides.MatchingRun;
import dk.livsmester.domain.guides.PlannedRequest;
import dk.livsmester.platform.events.OutboxEvent;

import java.util.List;
import java.util.Optional;

/** Matching runs: created with their queue message; each invocation records its result once. */
public interface MatchingRunStore {
    void create(MatchingRun run, List<OutboxEvent> events);

    /**
     * Records an invocation's result with the continuation's message, if the run is still as read.
     *
     * @throws StaleStateException another invocation recorded it already
     */
    void record(MatchingRun before, MatchingRun after, List<OutboxEvent> events);

    /**
     * Stores the run's plan from line {@code from} on (the lines before it are written already), for the
     * continuations. The plan is a function of the data the run read, so storing it again (a redelivered part) writes
     * the same lines.
     */
    void storePlan(String runId, List<PlannedRequest> plan, int from);

    /** The stored plan's lines from {@code from} on, in order. */
    List<PlannedRequest> plan(String runId, int from);

    Optional<MatchingRun> find(String id);

    MatchingRun get(String id);

    /** The latest runs, newest first. */
    List<MatchingRun> latest(int limit);

    /** Every run, newest first (all pages). */
    List<MatchingRun> all();

    /**
     * Deletes the run's stored plan (each request's candidates with their score parts), once nothing reads it: the
     * run is done. Deleting what is gone already is harmless; returns how many items went.
     */
    int dropPlan(String runId);
}
