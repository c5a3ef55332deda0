package dk.livsmester.domain.evaluation;

import dk.livsmester.domain.application.AnswerWindow;
import dk.livsmester.domain.application.Application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Time to decision against the answer window (14 days). The clock runs from the day of submission to the day of the
 * final decision (approved, partly approved, rejected) in the municipality's days, and stops while the team waits for
 * the citizen's answer (needs more information): the days it waited are not counted, exactly as the due date moves on
 * by them. Computed as the decision day less the start the due date implies (due date − window), so the figures and
 * the due dates the team and the citizen saw cannot disagree. A breach: decided after the due date. Median: the middle
 * value (the mean of the two middle ones for an even count); 90th percentile: nearest rank (the smallest value that at
 * least 90 % of the decisions are at or under). {@code openOverdue}: still waiting for the team past the due date.
 */
public record DecisionTimes(int decided, Double medianDays, Integer p90Days, int maxDays, int breaches,
                            int openOverdue, int answerDays) {

    /** Days the clock ran for one decided application, or null if it never had a due date or a final decision. */
    public static Integer daysToDecision(Application a, AnswerWindow window) {
        if (a.dueDate() == null || a.decision() == null || a.decision().outcome() == null
                || !a.decision().outcome().isFinal() || a.decision().decidedAt() == null) {
            return null;
        }
        LocalDate start = a.dueDate().minusDays(window.days());
        return (int) Math.max(0, ChronoUnit.DAYS.between(start, window.dayOf(a.decision().decidedAt())));
    }

    public static boolean breached(Application a, AnswerWindow window) {
        Integer days = daysToDecision(a, window);
        return days != null && window.dayOf(a.decision().decidedAt()).isAfter(a.dueDate());
    }

    static DecisionTimes of(List<Application> counted, AnswerWindow window, Instant now) {
        List<Integer> days = new ArrayList<>();
        int breaches = 0;
        int overdue = 0;
        for (Application a : counted) {
            Integer d = daysToDecision(a, window);
            if (d != null) {
                days.add(d);
                breaches += breached(a, window) ? 1 : 0;
            }
            overdue += window.overdue(a, now) ? 1 : 0;
        }
        Collections.sort(days);
        int n = days.size();
        Double median = n == 0 ? null : n % 2 == 1 ? days.get(n / 2) : (days.get(n / 2 - 1) + days.get(n / 2)) / 2.0;
        Integer p90 = percentile(days, 90);
        return new DecisionTimes(n, median, p90, n == 0 ? 0 : days.get(n - 1), breaches, overdue, window.days());
    }

    /** Nearest-rank percentile of sorted values: the value at rank ⌈p/100 × n⌉; null for none. */
    static Integer percentile(List<Integer> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(1, rank) - 1);
    }
}
