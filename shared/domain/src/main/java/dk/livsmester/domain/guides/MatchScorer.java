package dk.livsmester.domain.guides;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ranks guides for a request. The score is 0–100 points split over parts the coordinator sees. Same disability is a
 * preference, never a filter: the pilot found cross-disability matches worked well (docs/domain.md section 3.5).
 *
 * <p>Each part is computed from small integers and bit masks ({@link #points}), so the matcher can score millions of
 * pairs when it plans for many requests at once; the map of parts is built only for the candidates it shows.
 */
public final class MatchScorer {
    public static final int TASK = 35;
    public static final int DISABILITY = 15;
    public static final int AREA = 20;
    public static final int AVAILABILITY = 15;
    public static final int LOAD = 10;
    public static final int ROTATION = 5;
    /** Waiting credit: points per full week a request has waited, up to {@link #WAITING} (ten weeks). */
    public static final int WAITING_PER_WEEK = 2;
    public static final int WAITING = 20;
    static final String[] PARTS = {"taskFit", "disabilityExperience", "area", "availability", "load", "rotation", "waiting"};
    /** The part shown only when it counts: a request planned on the day it is asked has none. */
    static final int WAITING_PART = 6;

    /** A request reduced to what scoring reads. {@code areaKey} is the normalised area. */
    public record RequestKey(int taskBit, int disabilityBit, boolean samePreferred, String areaKey, int availabilityMask,
                             int availabilityCount, int waitingPoints) {
        /** Without waiting credit: a request scored on its own as it arrives. */
        public static RequestKey of(GuideRequest r) {
            return of(r, null);
        }

        /**
         * With the waiting credit as of {@code now} (null: none). The credit is the same for every guide, so it does
         * not change whom a request is offered, only who is served first when places are scarce: without it the
         * plan that maximises the total score keeps giving the places to newer requests that fit better, and a
         * request that fits less well waits without end.
         */
        public static RequestKey of(GuideRequest r, Instant now) {
            return new RequestKey(1 << r.taskType().ordinal(),
                    r.citizenDisability() == null ? 0 : 1 << r.citizenDisability().ordinal(),
                    r.sameDisabilityPreferred(), normalisedArea(r.area()), slotMask(r.availability()),
                    r.availability() == null ? 0 : r.availability().size(), MatchScorer.waitingPoints(r.createdAt(), now));
        }
    }

    /** {@link #WAITING_PER_WEEK} per full week between asking and {@code now}, at most {@link #WAITING}. */
    static int waitingPoints(Instant asked, Instant now) {
        if (asked == null || now == null || !now.isAfter(asked)) {
            return 0;
        }
        long weeks = java.time.Duration.between(asked, now).toDays() / 7;
        return (int) Math.min(WAITING, weeks * WAITING_PER_WEEK);
    }

    /** A guide reduced to what scoring reads; {@code relatedMask} holds the tasks the guide earns half task points for. */
    public record GuideKey(int taskMask, int relatedMask, int disabilityMask, String areaKey, int availabilityMask,
                           int loadPoints, int rotationPoints) {
        public static GuideKey of(Guide g) {
            int tasks = 0;
            int related = 0;
            for (TaskType t : g.taskTypes()) {
                tasks |= 1 << t.ordinal();
                for (TaskType other : TaskType.values()) {
                    if (t.isRelatedTo(other)) {
                        related |= 1 << other.ordinal();
                    }
                }
            }
            int dis = 0;
            for (Disability d : g.disabilityExperience()) {
                dis |= 1 << d.ordinal();
            }
            int load = (int) Math.round(LOAD * (1.0 - (double) g.activeMatches() / g.capacity()));
            int rotation = (int) Math.round(ROTATION * (1.0 / (1 + g.totalMatches())));
            return new GuideKey(tasks, related, dis, normalisedArea(g.area()), slotMask(g.availability()), load, rotation);
        }
    }

    public Optional<Candidate> score(GuideRequest req, Guide guide) {
        if (!guide.canTakeMore() || req.excludedGuideIds().contains(guide.id())) {
            return Optional.empty();
        }
        return candidate(guide.id(), RequestKey.of(req), GuideKey.of(guide));
    }

    /** The candidate with its parts, or empty when the guide offers neither the task nor a related one. */
    public static Optional<Candidate> candidate(String guideId, RequestKey r, GuideKey g) {
        int[] parts = new int[PARTS.length];
        if (points(r, g, parts) < 0) {
            return Optional.empty();
        }
        Map<String, Integer> map = new LinkedHashMap<>();
        int total = 0;
        for (int i = 0; i < PARTS.length; i++) {
            if (i != WAITING_PART || parts[i] > 0) {
                map.put(PARTS[i], parts[i]);
            }
            total += parts[i];
        }
        return Optional.of(new Candidate(guideId, total, map));
    }

    /**
     * The total points, or -1 when the guide is no candidate (offers neither the task nor a related one). If
     * {@code parts} is given it receives the points per part, in the order of {@link #PARTS}.
     */
    public static int points(RequestKey r, GuideKey g, int[] parts) {
        int task;
        if ((g.taskMask() & r.taskBit()) != 0) {
            task = TASK;
        } else if ((g.relatedMask() & r.taskBit()) != 0) {
            task = (int) Math.round(TASK * 0.5);
        } else {
            return -1;
        }
        boolean same = (g.disabilityMask() & r.disabilityBit()) != 0;
        int disability = r.samePreferred() ? (same ? DISABILITY : (int) Math.round(DISABILITY * 0.2))
                : (same ? (int) Math.round(DISABILITY * 0.6) : (int) Math.round(DISABILITY * 0.5));
        int area = r.areaKey() == null || g.areaKey() == null ? (int) Math.round(AREA * 0.5)
                : r.areaKey().equals(g.areaKey()) ? AREA : 0;
        int availability = r.availabilityCount() == 0 ? (int) Math.round(AVAILABILITY * 0.5)
                : (int) Math.round(AVAILABILITY * ((double) Integer.bitCount(r.availabilityMask() & g.availabilityMask())
                / r.availabilityCount()));
        if (parts != null) {
            parts[0] = task;
            parts[1] = disability;
            parts[2] = area;
            parts[3] = availability;
            parts[4] = g.loadPoints();
            parts[5] = g.rotationPoints();
            parts[6] = r.waitingPoints();
        }
        return task + disability + area + availability + g.loadPoints() + g.rotationPoints() + r.waitingPoints();
    }

    /** Best first; ties go to the guide with fewer matches so far, then by id for a stable order. */
    public List<Candidate> rank(GuideRequest req, List<Guide> guides) {
        Map<String, Guide> byId = new LinkedHashMap<>();
        guides.forEach(g -> byId.put(g.id(), g));
        List<Candidate> out = new ArrayList<>();
        for (Guide g : guides) {
            score(req, g).ifPresent(out::add);
        }
        out.sort(Comparator.comparingInt(Candidate::score).reversed()
                .thenComparingInt(c -> byId.get(c.guideId()).totalMatches())
                .thenComparing(Candidate::guideId));
        return out;
    }

    static String normalisedArea(String area) {
        return area == null || area.isBlank() ? null : area.strip().toLowerCase(Locale.ROOT);
    }

    /** Weekly slots as bits: day × 3 + part of day (AM, PM, EVE). Unknown strings (validated away) set no bit. */
    static int slotMask(Set<String> slots) {
        int mask = 0;
        if (slots == null) {
            return mask;
        }
        for (String s : slots) {
            int bit = slotBit(s);
            if (bit >= 0) {
                mask |= 1 << bit;
            }
        }
        return mask;
    }

    private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    private static final List<String> DAY_PARTS = List.of("AM", "PM", "EVE");

    static int slotBit(String slot) {
        if (slot == null || !GuideForms.SLOT.matcher(slot).matches()) {
            return -1;
        }
        int day = DAYS.indexOf(slot.substring(0, 3));
        int part = DAY_PARTS.indexOf(slot.substring(4));
        return day * 3 + part;
    }
}
