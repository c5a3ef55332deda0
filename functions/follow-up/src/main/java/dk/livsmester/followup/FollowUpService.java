package dk.livsmester.followup;

import dk.livsmester.domain.guides.Alert;
import dk.livsmester.domain.guides.AlertChangedException;
import dk.livsmester.domain.guides.AlertStatus;
import dk.livsmester.domain.guides.FollowUpRules;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.platform.store.AlertStore;
import dk.livsmester.platform.store.MatchStore;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Looks at every match that holds a guide's place and raises what the rules call for (no meeting for the configured
 * number of days; a first meeting without a debrief), then resolves the open alerts whose cause is gone (a meeting
 * was held, the debrief recorded, the match closed). Raising is a conditional put on the alert's id, so running twice,
 * or twice at once, raises nothing twice.
 */
@Singleton
public class FollowUpService {
    private static final Logger LOG = LoggerFactory.getLogger(FollowUpService.class);

    /** What one run did. */
    public record Result(int matches, int raised, int resolved) {
    }

    private final MatchStore matches;
    private final AlertStore alerts;
    private final FollowUpRules rules;
    private final Clock clock;

    public FollowUpService(MatchStore matches, AlertStore alerts, FollowUpRules rules, Clock clock) {
        this.matches = matches;
        this.alerts = alerts;
        this.rules = rules;
        this.clock = clock;
    }

    public Result run() {
        Instant now = clock.instant();
        List<Match> active = new ArrayList<>(matches.all(MatchStatus.APPROVED));
        active.addAll(matches.all(MatchStatus.ACCEPTED));
        Set<String> current = new HashSet<>();
        int raised = 0;
        for (Match m : active) {
            for (Alert a : rules.alertsFor(m, now)) {
                current.add(a.id());
                if (alerts.raise(a)) {
                    raised++;
                    LOG.info("alert raised alertId={} kind={} matchId={} guideId={} days={}", a.id(), a.kind(), m.id(),
                            m.guideId(), a.daysWithoutMeeting());
                }
            }
        }
        int resolved = 0;
        for (Alert a : alerts.all(AlertStatus.OPEN)) {
            if (!current.contains(a.id())) {
                try {
                    alerts.update(a, a.resolve(now));
                    resolved++;
                    LOG.info("alert resolved alertId={} matchId={}", a.id(), a.matchId());
                } catch (AlertChangedException changed) {
                    LOG.info("alert changed meanwhile alertId={}", a.id());
                }
            }
        }
        Result r = new Result(active.size(), raised, resolved);
        LOG.info("follow-up run matches={} raised={} resolved={} inactivityDays={}", r.matches(), r.raised(), r.resolved(),
                rules.inactivityDays());
        return r;
    }
}
