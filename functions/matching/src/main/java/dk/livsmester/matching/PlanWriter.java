package dk.livsmester.matching;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.guides.Candidate;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideRequestStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchingRun;
import dk.livsmester.domain.guides.PlannedRequest;
import dk.livsmester.platform.config.GuidesConfig;
import dk.livsmester.platform.store.MatchStore;
import dk.livsmester.platform.store.MatchStore.Replan;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a matching run's plan from a cursor: batches of consecutive lines, each batch one transaction
 * ({@link MatchStore#replanAll}) of the moves its requests need, several batches at once (they touch different
 * requests). What a line needs follows from the request as read:
 * <ul>
 *   <li>a proposal that names the planned guide is kept (no write);</li>
 *   <li>a proposal for another guide is superseded, and the planned guide proposed in the request's next round;</li>
 *   <li>a request without a proposal gets one in its current round;</li>
 *   <li>a request the plan leaves without a guide is marked {@code NO_CANDIDATE} (its proposal, if any, superseded).</li>
 * </ul>
 * So a batch written before a crash is found in place when the same part runs again, and costs no write. A batch the
 * store refuses (a request changed meanwhile: an approval, a question, another message) is written again request by
 * request, and the changed ones are skipped and counted. No batch starts after the deadline, except the first of an
 * invocation (so a run always progresses); batches are taken in order and every taken one is finished, so the lines
 * written are exactly those before the cursor returned.
 */
final class PlanWriter {
    /** A request as read, with its current proposal (null when it has none). */
    record State(GuideRequest request, Match proposal) {
    }

    /** The state of a batch's requests, by request id; a request gone or no longer waiting is left out. */
    interface States {
        Map<String, State> read(List<PlannedRequest> lines);
    }

    /** Where the next invocation starts, and what this one wrote. */
    record Result(int cursor, MatchingRun.Written written) {
    }

    private enum Kind { KEPT, PROPOSED, SUPERSEDED, MARKED, NOTHING, SKIPPED }

    private record Move(Kind kind, Replan replan) {
    }

    private final MatchStore matches;
    private final GuidesConfig config;
    private final Clock clock;

    PlanWriter(MatchStore matches, GuidesConfig config, Clock clock) {
        this.matches = matches;
        this.config = config;
        this.clock = clock;
    }

    /** Writes {@code lines} (the plan's lines from index {@code from} on) until done or the deadline. */
    Result write(String runId, List<PlannedRequest> lines, int from, States states, Instant deadline) {
        int size = Math.min(config.getRunBatchSize(), MatchStore.MAX_REPLANS);
        int batches = (lines.size() + size - 1) / size;
        Tally tally = new Tally();
        AtomicBoolean failed = new AtomicBoolean();
        AtomicInteger taken = new AtomicInteger();
        Runnable worker = () -> {
            for (int b; (b = take(taken, batches, failed, deadline)) >= 0; ) {
                try {
                    List<PlannedRequest> batch = lines.subList(b * size, Math.min(lines.size(), (b + 1) * size));
                    writeBatch(runId, batch, states.read(batch), tally);
                } catch (RuntimeException | Error e) {
                    failed.set(true);
                    throw e;
                }
            }
        };
        List<Future<?>> running = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(config.getRunWriters(), batches)))) {
            for (int i = 0; i < Math.min(config.getRunWriters(), batches); i++) {
                running.add(pool.submit(worker));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (ExecutionException e) {
            // A writer's failure is the invocation's (as if the process died there): SQS delivers the message again.
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing a matching run", e);
        }
        int written = Math.min(lines.size(), Math.min(taken.get(), batches) * size);
        return new Result(from + written, tally.written());
    }

    /** The next batch's number, or -1: all taken, a writer failed, or past the deadline after the first batch. */
    private synchronized int take(AtomicInteger taken, int batches, AtomicBoolean failed, Instant deadline) {
        int next = taken.get();
        if (next >= batches || failed.get() || next > 0 && clock.instant().isAfter(deadline)) {
            return -1;
        }
        return taken.getAndIncrement();
    }

    private void writeBatch(String runId, List<PlannedRequest> batch, Map<String, State> states, Tally tally) {
        List<Move> writes = new ArrayList<>();
        for (PlannedRequest line : batch) {
            Move m = decide(runId, line, states.get(line.requestId()));
            if (m.replan() != null) {
                writes.add(m);
            } else {
                tally.count(m);
            }
        }
        if (writes.isEmpty()) {
            return;
        }
        try {
            matches.replanAll(writes.stream().map(Move::replan).toList());
            writes.forEach(tally::count);
        } catch (StaleStateException changed) {
            for (Move m : writes) {
                Replan r = m.replan();
                try {
                    matches.replan(r.requestBefore(), r.requestAfter(), r.replacedBefore(), r.replacedAfter(),
                            r.proposal(), List.of());
                    tally.count(m);
                } catch (StaleStateException e) {
                    tally.count(new Move(Kind.SKIPPED, null));
                }
            }
        }
    }

    private Move decide(String runId, PlannedRequest line, State s) {
        if (s == null) {
            return new Move(Kind.SKIPPED, null);
        }
        GuideRequest q = s.request();
        Match current = s.proposal();
        Candidate chosen = line.chosen();
        if (current != null && chosen != null && current.guideId().equals(chosen.guideId())) {
            return new Move(Kind.KEPT, null);
        }
        if (current != null) {
            GuideRequest next = q.nextRound(chosen == null ? GuideRequestStatus.NO_CANDIDATE : GuideRequestStatus.PROPOSED);
            Match fresh = chosen == null ? null : Match.proposed(next, chosen, line.alternatives(), runId, clock.instant());
            return new Move(Kind.SUPERSEDED, new Replan(q, next, current, current.supersede(), fresh));
        }
        if (chosen != null && q.status() != GuideRequestStatus.PROPOSED) {
            return new Move(Kind.PROPOSED, new Replan(q, q.withStatus(GuideRequestStatus.PROPOSED), null, null,
                    Match.proposed(q, chosen, line.alternatives(), runId, clock.instant())));
        }
        if (chosen == null && q.status() == GuideRequestStatus.OPEN) {
            return new Move(Kind.MARKED, new Replan(q, q.withStatus(GuideRequestStatus.NO_CANDIDATE), null, null, null));
        }
        return new Move(Kind.NOTHING, null);
    }

    private static final class Tally {
        final AtomicInteger proposed = new AtomicInteger();
        final AtomicInteger kept = new AtomicInteger();
        final AtomicInteger superseded = new AtomicInteger();
        final AtomicInteger skipped = new AtomicInteger();

        void count(Move m) {
            switch (m.kind()) {
                case KEPT -> kept.incrementAndGet();
                case PROPOSED -> proposed.incrementAndGet();
                case SUPERSEDED -> {
                    superseded.incrementAndGet();
                    if (m.replan().proposal() != null) {
                        proposed.incrementAndGet();
                    }
                }
                case SKIPPED -> skipped.incrementAndGet();
                case MARKED, NOTHING -> { }
            }
        }

        MatchingRun.Written written() {
            return new MatchingRun.Written(proposed.get(), kept.get(), superseded.get(), skipped.get());
        }
    }
}
