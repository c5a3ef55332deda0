package dk.livsmester.domain.guides;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Invented guides and requests from a seed, with everything the planner reads varied: all task types (so related tasks
 * count), guides who are not active or have no free place, declines, missing and oddly written areas, few areas and
 * slots (so equal scores are common and the tie-break decides).
 */
record RandomPlanningInput(List<GuideRequest> requests, List<Guide> guides) {
    static final String[] AREAS = {"Vest", "Nord", "Syd", " vest ", "MIDTBYEN"};
    static final String[] SLOTS = {"MON_AM", "TUE_PM", "WED_AM", "THU_EVE", "SAT_AM", "SUN_PM"};

    static RandomPlanningInput of(long seed, int requestCount, int guideCount) {
        Random random = new Random(seed);
        List<Guide> guides = new ArrayList<>();
        for (int i = 0; i < guideCount; i++) {
            Set<TaskType> tasks = EnumSet.noneOf(TaskType.class);
            int t = 1 + random.nextInt(3);
            while (tasks.size() < t) {
                tasks.add(TaskType.values()[random.nextInt(TaskType.values().length)]);
            }
            Set<Disability> d = EnumSet.noneOf(Disability.class);
            for (int j = random.nextInt(3); j > 0; j--) {
                d.add(Disability.values()[random.nextInt(Disability.values().length)]);
            }
            int capacity = random.nextInt(5);
            GuideStatus status = random.nextInt(8) == 0 ? GuideStatus.PAUSED : GuideStatus.ACTIVE;
            guides.add(new Guide(String.format(Locale.ROOT, "g%03d", i), "Guide " + i, GuideKind.PEER, tasks, d,
                    List.of("da"), area(random), slots(random), capacity, capacity == 0 ? 0 : random.nextInt(capacity),
                    random.nextInt(4), status, null, null, Instant.EPOCH, 0));
        }
        List<GuideRequest> requests = new ArrayList<>();
        for (int i = 0; i < requestCount; i++) {
            Set<String> declined = new HashSet<>();
            for (int j = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0; j > 0 && guideCount > 0; j--) {
                declined.add(guides.get(random.nextInt(guideCount)).id());
            }
            requests.add(new GuideRequest(String.format(Locale.ROOT, "r%04d", i), "Citizen " + i,
                    random.nextInt(6) == 0 ? null : Disability.values()[random.nextInt(Disability.values().length)],
                    "Needs", TaskType.values()[random.nextInt(TaskType.values().length)], RequestTiming.AFTER_MEETING,
                    random.nextBoolean(), area(random), slots(random), null, null, GuideRequestStatus.OPEN, 0, declined,
                    null, null, null, "staff", Instant.EPOCH.plusSeconds(60L * i), 0, null));
        }
        return new RandomPlanningInput(requests, guides);
    }

    private static String area(Random random) {
        return random.nextInt(6) == 0 ? null : AREAS[random.nextInt(AREAS.length)];
    }

    private static Set<String> slots(Random random) {
        Set<String> s = new HashSet<>();
        for (int n = random.nextInt(4); n > 0; n--) {
            s.add(SLOTS[random.nextInt(SLOTS.length)]);
        }
        return s;
    }
}
