package dk.livsmester.domain.guides;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Which alerts a match calls for now. A match that holds a guide's capacity is inactive when nothing has happened for
 * {@code inactivityDays} days (no meeting held since, or since the approval) and no meeting is planned ahead; a first
 * meeting that was held without a debrief with the guide calls for one.
 */
public final class FollowUpRules {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private final int inactivityDays;
    private final ZoneId zone;

    public FollowUpRules(int inactivityDays, ZoneId zone) {
        if (inactivityDays < 1) {
            throw new IllegalArgumentException("inactivityDays must be at least 1");
        }
        this.inactivityDays = inactivityDays;
        this.zone = zone;
    }

    public int inactivityDays() {
        return inactivityDays;
    }

    public List<Alert> alertsFor(Match m, Instant now) {
        List<Alert> out = new ArrayList<>();
        if (!m.status().holdsCapacity()) {
            return out;
        }
        Instant last = m.lastActivity(zone);
        long days = Duration.between(last, now).toDays();
        if (days >= inactivityDays && !m.hasPlannedMeetingAfter(now, zone)) {
            out.add(new Alert("INACTIVE-" + m.id() + "-" + DAY.format(last.atZone(zone)), AlertKind.INACTIVE_MATCH,
                    m.id(), m.guideId(), m.requestId(), last, (int) days, AlertStatus.OPEN, now, null, null, null, 0));
        }
        if (m.firstMeetingHeld() && m.debrief() == null) {
            out.add(new Alert("DEBRIEF-" + m.id(), AlertKind.DEBRIEF_DUE, m.id(), m.guideId(), m.requestId(), last,
                    (int) days, AlertStatus.OPEN, now, null, null, null, 0));
        }
        return out;
    }
}
