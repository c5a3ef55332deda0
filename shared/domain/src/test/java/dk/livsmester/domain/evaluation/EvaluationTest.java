package dk.livsmester.domain.evaluation;

import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.Category;
import dk.livsmester.domain.application.FollowUp;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dk.livsmester.domain.application.DecisionOutcome.APPROVED;
import static dk.livsmester.domain.application.DecisionOutcome.PARTIALLY_APPROVED;
import static dk.livsmester.domain.application.DecisionOutcome.REJECTED;
import static dk.livsmester.domain.evaluation.Cases.D0;
import static dk.livsmester.domain.evaluation.Cases.WINDOW;
import static dk.livsmester.domain.evaluation.Cases.app;
import static dk.livsmester.domain.evaluation.Cases.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EvaluationTest {
    static Evaluation of(EvaluationFilter f, List<Application> apps) {
        return Evaluation.of(f, apps, List.of(), List.of(), List.of(), WINDOW, at(D0.plusDays(200)));
    }

    @Test
    void countsOutcomesReasonsRepeatsAndPeople() {
        List<Application> apps = List.of(
                app("a1", "Anna", Category.TRANSPORT, 0, APPROVED, 5, List.of()),
                app("a2", "Anna", Category.EDUCATION, 1, PARTIALLY_APPROVED, 6, List.of()),
                app("a3", "Bent", Category.TRANSPORT, 2, REJECTED, 7, List.of("R1", "R2")),
                app("a4", "Carla", Category.TRANSPORT, 3, REJECTED, 8, List.of("R2")),
                app("a5", "Carla", Category.TRANSPORT, 4, APPROVED, 9, List.of()),
                app("a6", "Dan", Category.TRANSPORT, 5, null, 0, List.of()));
        Evaluation e = of(EvaluationFilter.ALL, apps);
        assertEquals(6, e.received());
        assertEquals(new Evaluation.Outcomes(2, 1, 2, 1), e.outcomes());
        assertEquals(List.of(new Evaluation.Count("R1", 1), new Evaluation.Count("R2", 2)), e.rejectionReasons());
        // Anna twice, Carla once: three grants to two people, one repeat.
        assertEquals(new Evaluation.Repeats(3, 2, 1, 1, 0), e.repeats());
        // Four people applied; Bent was only rejected (Dan has no answer yet).
        assertEquals(new Evaluation.UniqueCitizens(4, 2, 1), e.uniqueCitizens());
        assertEquals(List.of(new Evaluation.Count("2026-03", 6)), e.receivedByMonth());
    }

    @Test
    void timeToDecision_median_p90_breaches_andTheDaysWaitingForTheCitizenAreNotCounted() {
        List<Application> apps = new ArrayList<>();
        // Ten decisions taking 1..10 days, one taking 20 (a breach of the 14 days).
        for (int i = 1; i <= 10; i++) {
            apps.add(app("t" + i, "P" + i, Category.ACTIVITIES, 0, APPROVED, i, List.of()));
        }
        apps.add(app("late", "Late", Category.ACTIVITIES, 0, REJECTED, 20, List.of("R4")));
        // Asked on day 2, answered 10 days later (day 12), decided on day 20: 20 − 10 = 10 days on the clock, in time.
        apps.add(app("paused", "Pause", Category.ACTIVITIES, "Borgercenter Vest", 0, APPROVED, 20, List.of(), 10));
        DecisionTimes t = of(EvaluationFilter.ALL, apps).timeToDecision();
        assertEquals(10, DecisionTimes.daysToDecision(apps.get(11), WINDOW));
        assertEquals(12, t.decided());
        // Sorted: 1 2 3 4 5 6 7 8 9 10 10 20: the middle two are 6 and 7; rank ⌈0.9 × 12⌉ = 11 is 10.
        assertEquals(6.5, t.medianDays());
        assertEquals(10, t.p90Days());
        assertEquals(20, t.maxDays());
        assertEquals(1, t.breaches());
        assertEquals(14, t.answerDays());
    }

    @Test
    void anOpenApplicationPastItsDueDateIsCountedAsOverdue() {
        Application open = app("o", "Open", Category.OTHER, 0, null, 0, List.of());
        assertEquals(1, Evaluation.of(EvaluationFilter.ALL, List.of(open), List.of(), List.of(), List.of(), WINDOW,
                at(D0.plusDays(15))).timeToDecision().openOverdue());
        assertEquals(0, Evaluation.of(EvaluationFilter.ALL, List.of(open), List.of(), List.of(), List.of(), WINDOW,
                at(D0.plusDays(14))).timeToDecision().openOverdue());
        assertNull(Evaluation.of(EvaluationFilter.ALL, List.of(open), List.of(), List.of(), List.of(), WINDOW,
                at(D0.plusDays(14))).timeToDecision().medianDays());
    }

    @Test
    void filtersByPeriodPoolAndCitizenCentre() {
        List<Application> apps = List.of(
                app("w", "W", Category.OTHER, "Borgercenter Vest", 0, APPROVED, 3, List.of(), 0),
                app("m", "M", Category.OTHER, "Borgercenter Midtby", 40, APPROVED, 43, List.of(), 0));
        assertEquals(1, of(new EvaluationFilter(null, null, null, "Borgercenter Midtby"), apps).received());
        assertEquals(1, of(new EvaluationFilter(D0.plusDays(30), null, null, null), apps).received());
        assertEquals(2, of(new EvaluationFilter(D0, D0.plusDays(40), "pool-1", null), apps).received());
        assertEquals(0, of(new EvaluationFilter(null, null, "pool-2", null), apps).received());
        assertEquals("to", assertThrows(dk.livsmester.domain.ValidationException.class,
                () -> new EvaluationFilter(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), null, null)).errors().get(0).field());
    }

    @Test
    void followUpsAgainstTheSubGoals() {
        Application helped = app("h", "H", Category.OTHER, 0, APPROVED, 3, List.of())
                .followUp(new FollowUp(FollowUp.Milestone.ONE_MONTH, FollowUp.Answer.HELPED, null, "citizen", at(D0.plusDays(35))));
        Application notYet = app("n", "N", Category.OTHER, 0, APPROVED, 3, List.of());
        Evaluation e = of(EvaluationFilter.ALL, List.of(helped, notYet));
        // 200 days on: both follow-ups are due for both grants; one answered at one month.
        assertEquals(new Evaluation.FollowUpCount("ONE_MONTH", 1, 0, 0, 1), e.followUps().get(0));
        assertEquals(new Evaluation.FollowUpCount("THREE_MONTHS", 0, 0, 0, 2), e.followUps().get(1));
        assertEquals(new Evaluation.SubGoals(2, 2, 3.0, 7.0, 4.0, 1), e.subGoals());
    }

    static FollowUp ruler(FollowUp.Milestone m, FollowUp.Answer answer, Integer ruler, int day) {
        return new FollowUp(m, answer, null, "citizen", at(D0.plusDays(day)), ruler);
    }

    @Test
    void eachFollowUpsRulerAnswer_againstItsOwnSubGoalsStartAndTarget() {
        FollowUp.Milestone one = FollowUp.Milestone.ONE_MONTH;
        FollowUp.Milestone three = FollowUp.Milestone.THREE_MONTHS;
        // Start 3, target 7 (a step of 4), unless said otherwise.
        Application g1 = app("g1", "G1", Category.OTHER, 0, APPROVED, 3, List.of())
                .followUp(ruler(one, FollowUp.Answer.HELPED_A_LITTLE, 5, 35)).followUp(ruler(three, FollowUp.Answer.HELPED, 7, 95));
        Application g2 = app("g2", "G2", Category.OTHER, 0, PARTIALLY_APPROVED, 3, List.of())
                .followUp(ruler(one, FollowUp.Answer.DID_NOT_HELP, 3, 35)).followUp(ruler(three, FollowUp.Answer.HELPED, 8, 95));
        Application g3 = app("g3", "G3", Category.OTHER, 0, APPROVED, 3, List.of())
                .followUp(ruler(one, FollowUp.Answer.DID_NOT_HELP, 2, 35));
        // Counted nowhere: an answer without a ruler value; a sub-goal whose target is its start; one without either.
        Application noRuler = app("n1", "N1", Category.OTHER, 0, APPROVED, 3, List.of())
                .followUp(ruler(one, FollowUp.Answer.HELPED, null, 35));
        Application noStep = app("n2", "N2", Category.OTHER, "Borgercenter Vest", 0, APPROVED, 3, List.of(), 0, 5, 5)
                .followUp(ruler(one, FollowUp.Answer.HELPED, 6, 35));
        Application noGoal = app("n3", "N3", Category.OTHER, "Borgercenter Vest", 0, APPROVED, 3, List.of(), 0, null, null)
                .followUp(ruler(one, FollowUp.Answer.HELPED, 6, 35));
        // A target below the start (less of something): 8 → 4, answered 6, halfway.
        Application down = app("d1", "D1", Category.OTHER, "Borgercenter Vest", 0, APPROVED, 3, List.of(), 0, 8, 4)
                .followUp(ruler(three, FollowUp.Answer.HELPED, 6, 95));
        SubGoalProgress p = of(EvaluationFilter.ALL, List.of(g1, g2, g3, noRuler, noStep, noGoal, down)).subGoalProgress();

        assertEquals(List.of(
                new SubGoalProgress.Item("g1", "ONE_MONTH", 3, 7, 5, 0.5),
                new SubGoalProgress.Item("g2", "ONE_MONTH", 3, 7, 3, 0.0),
                new SubGoalProgress.Item("g3", "ONE_MONTH", 3, 7, 2, -0.25),
                new SubGoalProgress.Item("g1", "THREE_MONTHS", 3, 7, 7, 1.0),
                new SubGoalProgress.Item("g2", "THREE_MONTHS", 3, 7, 8, 1.25),
                new SubGoalProgress.Item("d1", "THREE_MONTHS", 8, 4, 6, 0.5)), p.followUps());
        // One month: −0.25, 0, 0.5: the middle one is 0; none at the target.
        assertEquals(new SubGoalProgress.Milestone("ONE_MONTH", 3, 0, 0.0, 0.0), p.milestones().get(0));
        // Three months: 0.5, 1, 1.25: the middle one is 1; two of three at or past the target.
        assertEquals(new SubGoalProgress.Milestone("THREE_MONTHS", 3, 2, 2.0 / 3, 1.0), p.milestones().get(1));
    }

    @Test
    void theProgressMedian_ofAnEvenCount_isTheMeanOfTheMiddleTwo_andWithoutAnswersThereIsNone() {
        assertEquals(0.75, SubGoalProgress.median(List.of(0.5, 1.0)));
        assertNull(SubGoalProgress.median(List.of()));
        SubGoalProgress none = of(EvaluationFilter.ALL, List.of(app("x", "X", Category.OTHER, 0, APPROVED, 3, List.of())))
                .subGoalProgress();
        assertEquals(new SubGoalProgress.Milestone("ONE_MONTH", 0, 0, null, null), none.milestones().get(0));
        assertEquals(List.of(), none.followUps());
    }

    @Test
    void theCitizenCentresToChooseFrom_areThoseOfEverySubmittedApplication_whateverTheFilter() {
        List<Application> apps = List.of(
                app("w", "W", Category.OTHER, "Borgercenter Vest", 0, APPROVED, 3, List.of(), 0),
                app("m", "M", Category.OTHER, "Borgercenter Midtby", 40, APPROVED, 43, List.of(), 0),
                app("m2", "M2", Category.OTHER, "Borgercenter Midtby", 41, null, 0, List.of(), 0));
        assertEquals(List.of("Borgercenter Midtby", "Borgercenter Vest"),
                of(new EvaluationFilter(null, null, null, "Borgercenter Vest"), apps).citizenCentres());
    }
}
