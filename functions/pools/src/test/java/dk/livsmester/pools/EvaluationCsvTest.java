package dk.livsmester.pools;

import dk.livsmester.domain.Money;
import dk.livsmester.domain.application.AnswerWindow;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.Decision;
import dk.livsmester.domain.application.DecisionOutcome;
import dk.livsmester.domain.application.FollowUp;
import dk.livsmester.domain.evaluation.Evaluation;
import dk.livsmester.domain.evaluation.EvaluationFilter;
import dk.livsmester.platform.testing.TestStack;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The machine CSV carries the follow-ups against each sub-goal: per milestone, and each counted follow-up. */
class EvaluationCsvTest {
    @Test
    void theProgressAgainstTheSubGoal_perMilestoneAndPerFollowUp() {
        AnswerWindow window = new AnswerWindow(14, ZoneId.of("Europe/Copenhagen"));
        Instant day0 = Instant.parse("2026-03-02T09:00:00Z");
        // The test form's sub-goal: start 2, target 6; answered 4 at one month: (4 − 2) / (6 − 2) = 0.5.
        Application granted = Application.create("app-csv", TestStack.form("pool-1", Money.dkk(2_000)), "contact-1", day0)
                .submit(day0, window).review(List.of(), day0)
                .decide(new Decision(DecisionOutcome.APPROVED, Money.dkk(2_000), List.of(), "Ja", "team-1", day0, false,
                        null, null, null))
                .followUp(new FollowUp(FollowUp.Milestone.ONE_MONTH, FollowUp.Answer.HELPED, null, "citizen",
                        day0.plus(Duration.ofDays(35)), 4));
        String csv = EvaluationCsv.evaluation(Evaluation.of(EvaluationFilter.ALL, List.of(granted), List.of(), List.of(),
                List.of(), window, day0.plus(Duration.ofDays(200))));
        assertTrue(csv.contains("subGoalProgress,ONE_MONTH.answered,1\r\n"), csv);
        assertTrue(csv.contains("subGoalProgress,ONE_MONTH.reachedTarget,0\r\n"), csv);
        assertTrue(csv.contains("subGoalProgress,ONE_MONTH.shareReachedTarget,0.0\r\n"), csv);
        assertTrue(csv.contains("subGoalProgress,ONE_MONTH.medianProgress,0.5\r\n"), csv);
        assertTrue(csv.contains("subGoalProgress,THREE_MONTHS.medianProgress,\r\n"), "no answers, no median: " + csv);
        assertTrue(csv.contains("subGoalProgressByFollowUp,app-csv.ONE_MONTH,0.5\r\n"), csv);
    }
}
