package dk.livsmester.domain.evaluation;

import dk.livsmester.domain.application.AnswerWindow;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.DecisionOutcome;
import dk.livsmester.domain.application.FollowUp;
import dk.livsmester.domain.application.SubGoal;
import dk.livsmester.domain.guides.Guide;
import dk.livsmester.domain.guides.GuideRequest;
import dk.livsmester.domain.guides.GuideStatus;
import dk.livsmester.domain.guides.Match;
import dk.livsmester.domain.guides.MatchStatus;
import dk.livsmester.domain.guides.Meeting;
import dk.livsmester.domain.guides.MeetingKind;
import dk.livsmester.domain.guides.MeetingStatus;
import dk.livsmester.domain.guides.TaskType;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The pilot's evaluation figures, live, computed from the stores' contents; each figure's definition is in its record's
 * comment (and worded for people on the management page). Applications count when the filter counts them (submitted
 * in the period, of the pool and the citizen centre); guide requests and matches when the request was made in the
 * period; guide cohorts are every guide registered. {@code citizenCentres}: the centres of every submitted application,
 * whatever the filter (the filter's choices).
 */
public record Evaluation(EvaluationFilter filter, int received, List<Count> receivedByMonth, Outcomes outcomes,
                         List<Count> rejectionReasons, Repeats repeats, UniqueCitizens uniqueCitizens,
                         DecisionTimes timeToDecision, List<FollowUpCount> followUps, SubGoals subGoals,
                         SubGoalProgress subGoalProgress, List<Cohort> guideCohorts, List<TaskCount> tasksByType,
                         BusTraining busTraining, List<String> citizenCentres) {

    /** One key and how many. */
    public record Count(String key, int count) {
    }

    /**
     * The final answers of the counted applications: approved in full, partly approved, rejected; {@code open}: not
     * answered yet (submitted, in review, or waiting for the citizen's answer).
     */
    public record Outcomes(int approved, int partiallyApproved, int rejected, int open) {
    }

    /**
     * {@code grants}: applications granted money (in full or in part); {@code citizensGranted}: the people they were
     * for; {@code repeatGrants} = grants − citizensGranted (a second or later grant to the same person);
     * {@code citizensGrantedMoreThanOnce}: people with two grants or more; {@code followOnApplications}: applications
     * that extend an earlier grant.
     */
    public record Repeats(int grants, int citizensGranted, int repeatGrants, int citizensGrantedMoreThanOnce,
                          int followOnApplications) {
    }

    /** People (not applications): who applied, who were granted something, who were only rejected. */
    public record UniqueCitizens(int applied, int granted, int onlyRejected) {
    }

    /**
     * The citizens' own answers at one and three months after a grant (did it help: yes, a little, no), and
     * {@code due}: grants whose follow-up time has come (a month, or three, since the decision) without an answer.
     */
    public record FollowUpCount(String milestone, int helped, int helpedALittle, int didNotHelp, int due) {
    }

    /**
     * The granted applications' sub-goals on the 1–10 ruler: how many have a starting point and a target, their means
     * and the mean planned step (target − start). {@code answeredHelped}: of those, how many the citizen said it
     * helped (fully or a little) at the latest follow-up.
     */
    public record SubGoals(int granted, int withStartAndTarget, Double meanStart, Double meanTarget, Double meanStep,
                           int answeredHelped) {
    }

    /**
     * Guides by cohort (the training team they were in; "-" without one), each counted at every stage they reached:
     * interested (every guide registered), admitted (criminal record seen, or admitted or further), certified (OCN
     * certificate, or certified or further) and stopped (status stopped now).
     */
    public record Cohort(String cohort, int interested, int admitted, int certified, int stopped) {
    }

    /** Per task type: guide requests made, and of them matched (a guide approved and not declined). */
    public record TaskCount(String taskType, int requests, int matched) {
    }

    /**
     * Bus-training programmes: matches with bus-training sessions planned; {@code completed}: every session held;
     * sessions planned and held over all of them.
     */
    public record BusTraining(int programmes, int completed, int sessionsPlanned, int sessionsHeld) {
    }

    private static final Set<MatchStatus> MATCHED = EnumSet.of(MatchStatus.APPROVED, MatchStatus.ACCEPTED, MatchStatus.CLOSED);

    public static Evaluation of(EvaluationFilter filter, List<Application> applications, List<Guide> guides,
                                List<GuideRequest> requests, List<Match> matches, AnswerWindow window, Instant now) {
        List<Application> counted = applications.stream().filter(a -> filter.counts(a, window)).toList();
        Map<String, Integer> byMonth = new TreeMap<>();
        int approved = 0;
        int partial = 0;
        int rejected = 0;
        int open = 0;
        Map<String, Integer> reasons = new TreeMap<>();
        Map<String, Integer> grantsPerCitizen = new HashMap<>();
        Set<String> applied = new HashSet<>();
        int followOn = 0;
        for (Application a : counted) {
            byMonth.merge(YearMonth.from(a.submittedAt().atZone(window.zone())).toString(), 1, Integer::sum);
            applied.add(Citizens.key(a));
            followOn += a.extendsApplicationId() != null ? 1 : 0;
            DecisionOutcome o = finalOutcome(a);
            if (o == null) {
                open++;
                continue;
            }
            switch (o) {
                case APPROVED -> approved++;
                case PARTIALLY_APPROVED -> partial++;
                case REJECTED -> {
                    rejected++;
                    a.decision().reasonCodes().forEach(r -> reasons.merge(r, 1, Integer::sum));
                }
                default -> { }
            }
            grantsPerCitizen.merge(Citizens.key(a), o.grantsMoney() ? 1 : 0, Integer::sum);
        }
        int grants = approved + partial;
        int citizensGranted = (int) grantsPerCitizen.values().stream().filter(n -> n > 0).count();
        int moreThanOnce = (int) grantsPerCitizen.values().stream().filter(n -> n > 1).count();
        int onlyRejected = (int) grantsPerCitizen.values().stream().filter(n -> n == 0).count();
        List<Application> granted = counted.stream().filter(a -> finalOutcome(a) != null && finalOutcome(a).grantsMoney()).toList();
        List<GuideRequest> countedRequests = requests.stream().filter(r -> filter.within(r.createdAt(), window)).toList();
        return new Evaluation(filter, counted.size(), counts(byMonth), new Outcomes(approved, partial, rejected, open),
                counts(reasons), new Repeats(grants, citizensGranted, grants - citizensGranted, moreThanOnce, followOn),
                new UniqueCitizens(applied.size(), citizensGranted, onlyRejected), DecisionTimes.of(counted, window, now),
                followUps(granted, window, now), subGoals(granted), SubGoalProgress.of(granted), cohorts(guides),
                tasks(countedRequests, matches), busTraining(countedRequests, matches), centres(applications));
    }

    static List<String> centres(List<Application> applications) {
        return applications.stream().filter(a -> a.submittedAt() != null).map(Application::citizenCentre)
                .filter(c -> c != null && !c.isBlank()).distinct().sorted().toList();
    }

    static DecisionOutcome finalOutcome(Application a) {
        return a.status().isDecided() && a.decision() != null && a.decision().outcome().isFinal() ? a.decision().outcome() : null;
    }

    private static List<Count> counts(Map<String, Integer> m) {
        List<Count> out = new ArrayList<>();
        m.forEach((k, v) -> out.add(new Count(k, v)));
        return out;
    }

    static List<FollowUpCount> followUps(List<Application> granted, AnswerWindow window, Instant now) {
        List<FollowUpCount> out = new ArrayList<>();
        for (FollowUp.Milestone m : FollowUp.Milestone.values()) {
            int[] n = new int[4];
            long months = m == FollowUp.Milestone.ONE_MONTH ? 1 : 3;
            for (Application a : granted) {
                FollowUp f = a.followUps().stream().filter(x -> x.milestone() == m).reduce((x, y) -> y).orElse(null);
                if (f != null && f.answer() != null) {
                    n[f.answer().ordinal()]++;
                } else if (!a.decision().decidedAt().atZone(window.zone()).plusMonths(months).toInstant().isAfter(now)) {
                    n[3]++;
                }
            }
            out.add(new FollowUpCount(m.name(), n[0], n[1], n[2], n[3]));
        }
        return out;
    }

    static SubGoals subGoals(List<Application> granted) {
        int with = 0;
        double start = 0;
        double target = 0;
        int helped = 0;
        for (Application a : granted) {
            SubGoal g = a.subGoal();
            if (g == null || g.baseline() == null || g.target() == null) {
                continue;
            }
            with++;
            start += g.baseline();
            target += g.target();
            FollowUp last = a.followUps().isEmpty() ? null : a.followUps().get(a.followUps().size() - 1);
            helped += last != null && last.answer() != null && last.answer() != FollowUp.Answer.DID_NOT_HELP ? 1 : 0;
        }
        return with == 0 ? new SubGoals(granted.size(), 0, null, null, null, 0)
                : new SubGoals(granted.size(), with, start / with, target / with, (target - start) / with, helped);
    }

    static List<Cohort> cohorts(List<Guide> guides) {
        Map<String, int[]> m = new TreeMap<>();
        for (Guide g : guides) {
            int[] n = m.computeIfAbsent(g.path().cohort() == null ? "-" : g.path().cohort(), k -> new int[4]);
            Set<GuideStatus> reached = EnumSet.of(g.status());
            g.path().history().forEach(c -> reached.add(c.to()));
            n[0]++;
            n[1] += g.path().criminalRecordSeenOn() != null || reached.stream().anyMatch(s -> s != GuideStatus.INTERESTED
                    && s != GuideStatus.STOPPED) ? 1 : 0;
            n[2] += g.path().ocnCertifiedOn() != null || reached.stream().anyMatch(s -> s == GuideStatus.CERTIFIED
                    || s == GuideStatus.ACTIVE || s == GuideStatus.PAUSED) ? 1 : 0;
            n[3] += g.status() == GuideStatus.STOPPED ? 1 : 0;
        }
        List<Cohort> out = new ArrayList<>();
        m.forEach((k, n) -> out.add(new Cohort(k, n[0], n[1], n[2], n[3])));
        return out;
    }

    static List<TaskCount> tasks(List<GuideRequest> requests, List<Match> matches) {
        Set<String> matchedRequests = matchedRequestIds(matches);
        Map<TaskType, int[]> m = new TreeMap<>();
        for (GuideRequest r : requests) {
            int[] n = m.computeIfAbsent(r.taskType(), k -> new int[2]);
            n[0]++;
            n[1] += matchedRequests.contains(r.id()) ? 1 : 0;
        }
        List<TaskCount> out = new ArrayList<>();
        m.forEach((k, n) -> out.add(new TaskCount(k.name(), n[0], n[1])));
        return out;
    }

    static BusTraining busTraining(List<GuideRequest> requests, List<Match> matches) {
        Set<String> ids = new HashSet<>(requests.stream().map(GuideRequest::id).toList());
        int programmes = 0;
        int completed = 0;
        int planned = 0;
        int held = 0;
        for (Match m : matches) {
            List<Meeting> sessions = m.meetings().stream().filter(x -> x.kind() == MeetingKind.BUS_TRAINING).toList();
            if (!ids.contains(m.requestId()) || sessions.isEmpty()) {
                continue;
            }
            programmes++;
            long h = sessions.stream().filter(x -> x.status() == MeetingStatus.HELD).count();
            planned += sessions.size();
            held += (int) h;
            completed += h == sessions.size() ? 1 : 0;
        }
        return new BusTraining(programmes, completed, planned, held);
    }

    private static Set<String> matchedRequestIds(List<Match> matches) {
        Set<String> out = new HashSet<>();
        matches.stream().filter(x -> MATCHED.contains(x.status())).map(Match::requestId).forEach(out::add);
        return out;
    }
}
