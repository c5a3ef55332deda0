package dk.livsmester.domain.evaluation;

import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.FollowUp;
import dk.livsmester.domain.application.SubGoal;

import java.util.ArrayList;
import java.util.List;

/**
 * The follow-ups' 1–10 ruler answers against each grant's own sub-goal: per follow-up,
 * {@code progress = (answer − start) / (target − start)}, so 0 is where the citizen started, 1 the target, below 0
 * further from it than at the start, above 1 past it. Counted: the latest answer at each milestone of a granted
 * application whose sub-goal has a start and a target that differ and whose follow-up gave a ruler value; the others
 * have no step to measure against. Per milestone: how many, how many reached the target (progress ≥ 1) and their share,
 * and the median progress.
 */
public record SubGoalProgress(List<Milestone> milestones, List<Item> followUps) {

    /** One milestone's figures; share and median are null without any counted answer. */
    public record Milestone(String milestone, int answered, int reachedTarget, Double shareReachedTarget,
                            Double medianProgress) {
    }

    /** One counted follow-up: the grant (its application id, no name), its start, target and answer, the progress. */
    public record Item(String applicationId, String milestone, int start, int target, int answer, double progress) {
    }

    public static SubGoalProgress of(List<Application> granted) {
        List<Item> items = new ArrayList<>();
        for (FollowUp.Milestone m : FollowUp.Milestone.values()) {
            for (Application a : granted) {
                SubGoal g = a.subGoal();
                if (g == null || g.baseline() == null || g.target() == null || g.baseline().equals(g.target())) {
                    continue;
                }
                FollowUp f = a.followUps().stream().filter(x -> x.milestone() == m).reduce((x, y) -> y).orElse(null);
                if (f == null || f.ruler() == null) {
                    continue;
                }
                items.add(new Item(a.id(), m.name(), g.baseline(), g.target(), f.ruler(), progress(g.baseline(), g.target(), f.ruler())));
            }
        }
        List<Milestone> milestones = new ArrayList<>();
        for (FollowUp.Milestone m : FollowUp.Milestone.values()) {
            List<Double> p = items.stream().filter(i -> i.milestone().equals(m.name())).map(Item::progress).sorted().toList();
            int reached = (int) p.stream().filter(x -> x >= 1).count();
            milestones.add(new Milestone(m.name(), p.size(), reached, p.isEmpty() ? null : (double) reached / p.size(),
                    median(p)));
        }
        return new SubGoalProgress(milestones, items);
    }

    static double progress(int start, int target, int answer) {
        return (double) (answer - start) / (target - start);
    }

    /** The middle value of sorted values (the mean of the middle two for an even count); null for none. */
    static Double median(List<Double> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
