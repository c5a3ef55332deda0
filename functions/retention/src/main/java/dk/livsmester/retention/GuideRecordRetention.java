package dk.livsmester.retention;

import dk.livsmester.domain.StaleStateException;
import dk.livsmester.domain.guides.Alert;
import dk.livsmester.domain.guides.AlertStatus;
import dk.livsmester.domain.guides.GuideRecordErasure;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchingRun;
import dk.livsmester.domain.guides.MatchingRunStatus;
import dk.livsmester.domain.privacy.RecordType;
import dk.livsmester.domain.privacy.RetentionRule;
import dk.livsmester.platform.config.RetentionConfig;
import dk.livsmester.platform.config.TimeZoneConfig;
import dk.livsmester.platform.store.AlertStore;
import dk.livsmester.platform.store.GuideRequestStore;
import dk.livsmester.platform.store.MatchStore;
import dk.livsmester.platform.store.MatchingRunStore;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The daily retention run over the guide records: a closed or withdrawn request whose period from its end has passed is
 * anonymised with its matches, and its sharing choices and alerts are deleted, in one transaction
 * ({@link GuideRecordErasure}). A request still open, waiting or matched is never touched: the citizen is still in
 * the offer. A closed request whose closing time is not known is kept and reported, not erased from a guess. A
 * finished matching run's stored plan is deleted.
 */
@Singleton
public class GuideRecordRetention {
    private static final Logger LOG = LoggerFactory.getLogger(GuideRecordRetention.class);
    /** How long a matching run that never finished keeps its plan. */
    static final Duration GIVEN_UP = Duration.ofDays(7);

    /**
     * What one run did: the requests anonymised, those kept because their end is not known, those whose erasure
     * failed (tried again the next day), and the matching runs whose stored plans were deleted.
     */
    public record Report(List<String> anonymised, List<String> endUnknown, List<String> failed,
                         List<String> plansDropped) {
    }

    private final GuideRequestStore requests;
    private final MatchStore matches;
    private final AlertStore alerts;
    private final MatchingRunStore runs;
    private final RetentionRule rule;
    private final ZoneId zone;
    private final Clock clock;

    public GuideRecordRetention(GuideRequestStore requests, MatchStore matches, AlertStore alerts, MatchingRunStore runs,
                                RetentionConfig config, TimeZoneConfig zone, Clock clock) {
        this.requests = requests;
        this.matches = matches;
        this.alerts = alerts;
        this.runs = runs;
        this.rule = config.rules().get(RecordType.GUIDE_RECORD);
        this.zone = zone.zone();
        this.clock = clock;
    }

    public Report run() {
        Instant now = clock.instant();
        List<String> anonymised = new ArrayList<>();
        List<String> endUnknown = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<Alert> allAlerts = null;
        List<GuideRequest> endedRequests = new ArrayList<>();
        GuideRequest.ENDED.forEach(s -> endedRequests.addAll(requests.all(s)));
        for (GuideRequest q : endedRequests) {
            if (q.isErased()) {
                continue;
            }
            List<Match> own = matches.findAll(IntStream.rangeClosed(0, q.round()).mapToObj(r -> Match.idFor(q.id(), r))
                    .toList());
            Optional<Instant> ended = GuideRecordErasure.endedAt(q, own);
            if (ended.isEmpty()) {
                endUnknown.add(q.id());
                LOG.warn("retention keeps guideRequestId={} reason=END_UNKNOWN", q.id());
                continue;
            }
            if (!rule.due(ended.get(), now, zone)) {
                continue;
            }
            if (allAlerts == null) {
                allAlerts = new ArrayList<>();
                for (AlertStatus s : AlertStatus.values()) {
                    allAlerts.addAll(alerts.all(s));
                }
            }
            try {
                GuideRequest successor = q.nextRequestId() == null ? null : requests.find(q.nextRequestId()).orElse(null);
                matches.erase(GuideRecordErasure.of(q, own, allAlerts, successor));
                anonymised.add(q.id());
                LOG.info("retention anonymised guideRequestId={} matches={}", q.id(), own.size());
            } catch (StaleStateException changed) {
                // Asked again, a late note, an alert acknowledged: the next run sees it as it is now.
                LOG.info("retention skipped guideRequestId={} reason=changed", q.id());
            } catch (RuntimeException failed) {
                // One record that cannot be erased must not keep the others: reported, tried again tomorrow.
                LOG.error("retention failed guideRequestId={} error={}", q.id(), failed.getClass().getSimpleName());
                failures.add(q.id());
            }
        }
        List<String> plansDropped = dropFinishedPlans(now);
        LOG.info("guide record retention anonymised={} endUnknown={} failed={} plansDropped={}", anonymised.size(),
                endUnknown.size(), failures.size(), plansDropped.size());
        return new Report(anonymised, endUnknown, failures, plansDropped);
    }

    /**
     * A matching run that continued stored its plan: every request's candidates with the parts of their scores (which
     * tell, among other things, whether the citizen shares a guide's disability). Nothing reads it once the run is
     * done, so it goes then; a run that never finished (its continuation lost) is given up after a week, long past
     * any retry. The run's figures stay.
     */
    private List<String> dropFinishedPlans(Instant now) {
        List<String> dropped = new ArrayList<>();
        for (MatchingRun run : runs.all()) {
            boolean over = run.status() == MatchingRunStatus.DONE || run.requestedAt().isBefore(now.minus(GIVEN_UP));
            if (over && run.planned() > 0 && runs.dropPlan(run.id()) > 0) {
                dropped.add(run.id());
            }
        }
        return dropped;
    }
}
