package dk.livsmester.pools;

import dk.livsmester.domain.evaluation.DecisionTimes;
import dk.livsmester.domain.evaluation.DecisionsReport;
import dk.livsmester.domain.evaluation.Evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * The evaluation and the decisions report as machine CSV: one row per figure, {@code metric,key,value} (the report:
 * {@code table,row,column,count,shown}, an empty count where a cell is suppressed and why in {@code shown}).
 */
final class EvaluationCsv {
    private EvaluationCsv() {
    }

    static String evaluation(Evaluation e) {
        List<String> rows = new ArrayList<>();
        rows.add(Csv.row("metric", "key", "value"));
        rows.add(Csv.row("received", "total", e.received()));
        e.receivedByMonth().forEach(c -> rows.add(Csv.row("receivedByMonth", c.key(), c.count())));
        Evaluation.Outcomes o = e.outcomes();
        rows.add(Csv.row("outcomes", "APPROVED", o.approved()));
        rows.add(Csv.row("outcomes", "PARTIALLY_APPROVED", o.partiallyApproved()));
        rows.add(Csv.row("outcomes", "REJECTED", o.rejected()));
        rows.add(Csv.row("outcomes", "OPEN", o.open()));
        e.rejectionReasons().forEach(c -> rows.add(Csv.row("rejectionReasons", c.key(), c.count())));
        Evaluation.Repeats r = e.repeats();
        rows.add(Csv.row("repeats", "grants", r.grants()));
        rows.add(Csv.row("repeats", "citizensGranted", r.citizensGranted()));
        rows.add(Csv.row("repeats", "repeatGrants", r.repeatGrants()));
        rows.add(Csv.row("repeats", "citizensGrantedMoreThanOnce", r.citizensGrantedMoreThanOnce()));
        rows.add(Csv.row("repeats", "followOnApplications", r.followOnApplications()));
        rows.add(Csv.row("uniqueCitizens", "applied", e.uniqueCitizens().applied()));
        rows.add(Csv.row("uniqueCitizens", "granted", e.uniqueCitizens().granted()));
        rows.add(Csv.row("uniqueCitizens", "onlyRejected", e.uniqueCitizens().onlyRejected()));
        DecisionTimes t = e.timeToDecision();
        rows.add(Csv.row("timeToDecision", "answerDays", t.answerDays()));
        rows.add(Csv.row("timeToDecision", "decided", t.decided()));
        rows.add(Csv.row("timeToDecision", "medianDays", t.medianDays()));
        rows.add(Csv.row("timeToDecision", "p90Days", t.p90Days()));
        rows.add(Csv.row("timeToDecision", "maxDays", t.maxDays()));
        rows.add(Csv.row("timeToDecision", "breaches", t.breaches()));
        rows.add(Csv.row("timeToDecision", "openOverdue", t.openOverdue()));
        e.followUps().forEach(f -> {
            rows.add(Csv.row("followUps", f.milestone() + ".HELPED", f.helped()));
            rows.add(Csv.row("followUps", f.milestone() + ".HELPED_A_LITTLE", f.helpedALittle()));
            rows.add(Csv.row("followUps", f.milestone() + ".DID_NOT_HELP", f.didNotHelp()));
            rows.add(Csv.row("followUps", f.milestone() + ".DUE", f.due()));
        });
        Evaluation.SubGoals g = e.subGoals();
        rows.add(Csv.row("subGoals", "granted", g.granted()));
        rows.add(Csv.row("subGoals", "withStartAndTarget", g.withStartAndTarget()));
        rows.add(Csv.row("subGoals", "meanStart", g.meanStart()));
        rows.add(Csv.row("subGoals", "meanTarget", g.meanTarget()));
        rows.add(Csv.row("subGoals", "meanStep", g.meanStep()));
        rows.add(Csv.row("subGoals", "answeredHelped", g.answeredHelped()));
        e.subGoalProgress().milestones().forEach(m -> {
            rows.add(Csv.row("subGoalProgress", m.milestone() + ".answered", m.answered()));
            rows.add(Csv.row("subGoalProgress", m.milestone() + ".reachedTarget", m.reachedTarget()));
            rows.add(Csv.row("subGoalProgress", m.milestone() + ".shareReachedTarget", m.shareReachedTarget()));
            rows.add(Csv.row("subGoalProgress", m.milestone() + ".medianProgress", m.medianProgress()));
        });
        // Each counted follow-up: its grant (application id) and milestone, its progress towards its own target.
        e.subGoalProgress().followUps().forEach(i -> rows.add(Csv.row("subGoalProgressByFollowUp",
                i.applicationId() + "." + i.milestone(), i.progress())));
        e.guideCohorts().forEach(c -> {
            rows.add(Csv.row("guideCohorts", c.cohort() + ".INTERESTED", c.interested()));
            rows.add(Csv.row("guideCohorts", c.cohort() + ".ADMITTED", c.admitted()));
            rows.add(Csv.row("guideCohorts", c.cohort() + ".CERTIFIED", c.certified()));
            rows.add(Csv.row("guideCohorts", c.cohort() + ".STOPPED", c.stopped()));
        });
        e.tasksByType().forEach(c -> {
            rows.add(Csv.row("tasksByType", c.taskType() + ".requests", c.requests()));
            rows.add(Csv.row("tasksByType", c.taskType() + ".matched", c.matched()));
        });
        Evaluation.BusTraining b = e.busTraining();
        rows.add(Csv.row("busTraining", "programmes", b.programmes()));
        rows.add(Csv.row("busTraining", "completed", b.completed()));
        rows.add(Csv.row("busTraining", "sessionsPlanned", b.sessionsPlanned()));
        rows.add(Csv.row("busTraining", "sessionsHeld", b.sessionsHeld()));
        return Csv.table(rows);
    }

    static String decisionsReport(DecisionsReport r) {
        List<String> rows = new ArrayList<>();
        rows.add(Csv.row("table", "row", "column", "count", "shown"));
        List<DecisionsReport.Row> all = new ArrayList<>(r.byCategory());
        all.add(r.total());
        for (DecisionsReport.Row row : all) {
            row.cells().forEach(c -> rows.add(Csv.row("categoryOutcome", row.key(), c.key(), c.count(), c.mark())));
            rows.add(Csv.row("categoryOutcome", row.key(), "TOTAL", row.total().count(), row.total().mark()));
        }
        r.byReason().forEach(c -> rows.add(Csv.row("rejectionReason", c.key(), "REJECTED", c.count(), c.mark())));
        return Csv.table(rows);
    }
}
