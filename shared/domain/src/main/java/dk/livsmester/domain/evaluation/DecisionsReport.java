package dk.livsmester.domain.evaluation;

import dk.livsmester.domain.application.AnswerWindow;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.Category;
import dk.livsmester.domain.application.DecisionOutcome;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * The decisions for publishing, with no way back to a person: the final decisions of the counted applications by
 * category and outcome (with totals), and the rejections by reason. A cell is the number of decisions; a cell about
 * fewer than {@link #MIN_PEOPLE} people is not shown (null, marked {@code SMALL}), and where a hidden cell could be
 * worked out from the totals another one is hidden too ({@code SECONDARY}); see {@link SmallCells}. A rejection
 * with two reasons counts under both; the reasons' line is still treated as adding up to the rejections, so no
 * reason's count can be worked out from it either.
 */
public record DecisionsReport(EvaluationFilter filter, int minPeople, List<String> outcomes, List<Row> byCategory,
                              Row total, List<Cell> byReason, int suppressedCells) {
    public static final int MIN_PEOPLE = 5;
    static final List<DecisionOutcome> OUTCOMES = List.of(DecisionOutcome.APPROVED, DecisionOutcome.PARTIALLY_APPROVED,
            DecisionOutcome.REJECTED);

    /** A shown number, or null with why it is not shown. */
    public record Cell(String key, Long count, SmallCells.Mark mark) {
    }

    /** One category: a cell per outcome, then the category's total. */
    public record Row(String key, List<Cell> cells, Cell total) {
    }

    public static DecisionsReport of(EvaluationFilter filter, List<Application> applications, AnswerWindow window) {
        List<Category> categories = List.of(Category.values());
        int nc = OUTCOMES.size();
        long[][] n = new long[categories.size() + 1][nc + 1];
        @SuppressWarnings("unchecked")
        Set<String>[][] people = new Set[categories.size() + 1][nc + 1];
        TreeMap<String, long[]> reasonCounts = new TreeMap<>();
        TreeMap<String, Set<String>> reasonPeople = new TreeMap<>();
        for (Application a : applications) {
            DecisionOutcome o = Evaluation.finalOutcome(a);
            if (!filter.counts(a, window) || o == null) {
                continue;
            }
            int r = (a.category() == null ? Category.OTHER : a.category()).ordinal();
            int c = OUTCOMES.indexOf(o);
            String who = Citizens.key(a);
            for (int[] at : new int[][]{{r, c}, {r, nc}, {categories.size(), c}, {categories.size(), nc}}) {
                n[at[0]][at[1]]++;
                (people[at[0]][at[1]] == null ? people[at[0]][at[1]] = new HashSet<>() : people[at[0]][at[1]]).add(who);
            }
            if (o == DecisionOutcome.REJECTED) {
                for (String reason : a.decision().reasonCodes()) {
                    reasonCounts.computeIfAbsent(reason, k -> new long[1])[0]++;
                    reasonPeople.computeIfAbsent(reason, k -> new HashSet<>()).add(who);
                }
            }
        }
        SmallCells sc = new SmallCells();
        int[][] idx = new int[categories.size() + 1][nc + 1];
        for (int r = 0; r <= categories.size(); r++) {
            for (int c = 0; c <= nc; c++) {
                idx[r][c] = sc.cell(n[r][c], people[r][c] == null ? 0 : people[r][c].size());
            }
            sc.line(idx[r]);
        }
        for (int c = 0; c <= nc; c++) {
            int[] col = new int[categories.size() + 1];
            for (int r = 0; r <= categories.size(); r++) {
                col[r] = idx[r][c];
            }
            sc.line(col);
        }
        List<String> reasons = new ArrayList<>(reasonCounts.keySet());
        int[] reasonIdx = new int[reasons.size() + 1];
        for (int i = 0; i < reasons.size(); i++) {
            reasonIdx[i] = sc.cell(reasonCounts.get(reasons.get(i))[0], reasonPeople.get(reasons.get(i)).size());
        }
        reasonIdx[reasons.size()] = idx[categories.size()][OUTCOMES.indexOf(DecisionOutcome.REJECTED)];
        if (!reasons.isEmpty()) {
            sc.line(reasonIdx);
        }
        SmallCells.Mark[] marks = sc.suppress(MIN_PEOPLE);
        List<Row> rows = new ArrayList<>();
        Row total = null;
        for (int r = 0; r <= categories.size(); r++) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < nc; c++) {
                cells.add(cell(OUTCOMES.get(c).name(), n[r][c], marks[idx[r][c]]));
            }
            Row row = new Row(r < categories.size() ? categories.get(r).name() : "TOTAL", cells, cell("TOTAL", n[r][nc], marks[idx[r][nc]]));
            if (r < categories.size()) {
                rows.add(row);
            } else {
                total = row;
            }
        }
        List<Cell> byReason = new ArrayList<>();
        for (int i = 0; i < reasons.size(); i++) {
            byReason.add(cell(reasons.get(i), reasonCounts.get(reasons.get(i))[0], marks[reasonIdx[i]]));
        }
        int hidden = 0;
        for (SmallCells.Mark m : marks) {
            hidden += m == SmallCells.Mark.SHOWN ? 0 : 1;
        }
        return new DecisionsReport(filter, MIN_PEOPLE, OUTCOMES.stream().map(Enum::name).toList(), rows, total, byReason, hidden);
    }

    private static Cell cell(String key, long value, SmallCells.Mark mark) {
        return new Cell(key, mark == SmallCells.Mark.SHOWN ? value : null, mark);
    }
}
