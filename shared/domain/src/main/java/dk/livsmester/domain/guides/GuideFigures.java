package dk.livsmester.domain.guides;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The coordinator's figures (docs/domain.md section 3.7: nobody could see who was free or who had waited long): requests per
 * status, how long the citizens still waiting for a guide have waited, and every guide's load.
 */
public record GuideFigures(Instant at, Map<GuideRequestStatus, Long> requestsByStatus, Waiting waiting,
                           int activeGuides, int activeMatches, int freeCapacity, List<GuideLoad> guides) {

    /** Waiting times in seconds of the requests still waiting for a guide (open, no candidate, proposed, asked). */
    public record Waiting(int count, Instant oldestSince, long longestSeconds, long medianSeconds, long meanSeconds) {
    }

    /** One guide's load: active matches against capacity; {@code free} is what can still be approved now. */
    public record GuideLoad(String guideId, GuideStatus status, int capacity, int activeMatches, int free,
                            int totalMatches) {
    }

    public static GuideFigures of(Map<GuideRequestStatus, Long> counts, List<GuideRequest> waiting, List<Guide> guides,
                                  Instant now) {
        Map<GuideRequestStatus, Long> byStatus = new EnumMap<>(GuideRequestStatus.class);
        for (GuideRequestStatus s : GuideRequestStatus.values()) {
            byStatus.put(s, counts.getOrDefault(s, 0L));
        }
        List<Long> seconds = new ArrayList<>();
        Instant oldest = null;
        for (GuideRequest q : waiting) {
            seconds.add(Math.max(0, Duration.between(q.createdAt(), now).toSeconds()));
            oldest = oldest == null || q.createdAt().isBefore(oldest) ? q.createdAt() : oldest;
        }
        seconds.sort(Comparator.naturalOrder());
        long sum = seconds.stream().mapToLong(Long::longValue).sum();
        Waiting w = new Waiting(seconds.size(), oldest, seconds.isEmpty() ? 0 : seconds.get(seconds.size() - 1),
                seconds.isEmpty() ? 0 : seconds.get(seconds.size() / 2), seconds.isEmpty() ? 0 : sum / seconds.size());
        List<GuideLoad> loads = new ArrayList<>();
        int active = 0;
        int matches = 0;
        int free = 0;
        for (Guide g : guides) {
            loads.add(new GuideLoad(g.id(), g.status(), g.capacity(), g.activeMatches(), g.freeCapacity(), g.totalMatches()));
            active += g.status() == GuideStatus.ACTIVE ? 1 : 0;
            matches += g.activeMatches();
            free += g.freeCapacity();
        }
        return new GuideFigures(now, byStatus, w, active, matches, free, loads);
    }
}
