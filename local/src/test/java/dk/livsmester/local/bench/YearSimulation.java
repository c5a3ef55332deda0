package dk.livsmester.local.bench;

import dk.livsmester.domain.guides.AssignmentPlanner;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A simulated year of demand for the planner as the matching run uses it: requests arriving through the year with the
 * pilot's task mix (a Poisson stream), guides with their capacities, matches ending after 8 to 26 weeks and freeing
 * the place; a matching run every day over everyone waiting. Each request's wait in days: the median, the tail, the
 * longest, and who still waits at the year's end; once without and once with the waiting credit, on the same year.
 * Not a test: local/bench/year.sh runs it.
 */
public final class YearSimulation {
    static final Instant YEAR = Instant.parse("2026-01-05T08:00:00Z");

    public static void main(String[] args) {
        int guides = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        double perWeek = args.length > 1 ? Double.parseDouble(args[1]) : 6.0;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20260315L;
        System.out.println("| waiting credit | guides (places) | requests a week | arrived | matched | median wait d | "
                + "90th d | longest d | matched after more than 2× the median | still waiting (longest d) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (boolean credit : new boolean[]{false, true}) {
            System.out.println(year(guides, perWeek, seed, credit));
        }
    }

    static String year(int guideCount, double perWeek, long seed, boolean credit) {
        Random random = new Random(seed);
        List<Guide> guides = MatchingBenchmark.guides(random, guideCount, 1, false);
        int places = guides.stream().mapToInt(Guide::capacity).sum();
        // Arrival days: a Poisson stream of perWeek a week through the year.
        List<Integer> days = new ArrayList<>();
        for (double day = -Math.log(1 - random.nextDouble()) * 7 / perWeek; day < 365;
             day += -Math.log(1 - random.nextDouble()) * 7 / perWeek) {
            days.add((int) day);
        }
        List<GuideRequest> arrivals = MatchingBenchmark.requests(random, days.size(), i -> YEAR.plusSeconds(86_400L * days.get(i)));
        Random durations = new Random(seed + 1);
        Map<String, Integer> active = new HashMap<>();
        Map<Integer, List<String>> endings = new HashMap<>();
        List<GuideRequest> waiting = new ArrayList<>();
        List<Integer> waits = new ArrayList<>();
        AssignmentPlanner planner = new AssignmentPlanner();
        int next = 0;
        for (int today = 0; today < 365; today++) {
            endings.getOrDefault(today, List.of()).forEach(g -> active.merge(g, -1, Integer::sum));
            while (next < arrivals.size() && days.get(next) == today) {
                waiting.add(arrivals.get(next++));
            }
            if (waiting.isEmpty()) {
                continue;
            }
            Instant now = YEAR.plusSeconds(86_400L * today);
            AssignmentPlanner.Plan plan = planner.plan(waiting, guides, g -> g.capacity() - active.getOrDefault(g.id(), 0),
                    credit ? now : null);
            for (AssignmentPlanner.Assignment a : plan.assignments()) {
                waits.add((int) java.time.Duration.between(a.request().createdAt(), now).toDays());
                String g = a.chosen().guideId();
                active.merge(g, 1, Integer::sum);
                endings.computeIfAbsent(today + 7 * (8 + durations.nextInt(19)), d -> new ArrayList<>()).add(g);
                waiting.remove(a.request());
            }
        }
        List<Integer> sorted = new ArrayList<>(waits);
        Collections.sort(sorted);
        int median = sorted.get(sorted.size() / 2);
        long overTwice = sorted.stream().filter(w -> w > 2 * median).count();
        Instant end = YEAR.plusSeconds(86_400L * 364);
        int longestWaiting = waiting.stream().mapToInt(q -> (int) java.time.Duration.between(q.createdAt(), end).toDays())
                .max().orElse(0);
        return String.format("| %s | %d (%d) | %.1f | %d | %d | %d | %d | %d | %d | %d (%d) |", credit ? "yes" : "no",
                guideCount, places, perWeek, arrivals.size(), waits.size(), median, sorted.get(sorted.size() * 9 / 10),
                sorted.get(sorted.size() - 1), overTwice, waiting.size(), longestWaiting);
    }
}
