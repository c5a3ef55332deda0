package dk.livsmester.domain.evaluation;

import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.Category;
import dk.livsmester.domain.application.DecisionOutcome;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dk.livsmester.domain.application.DecisionOutcome.APPROVED;
import static dk.livsmester.domain.application.DecisionOutcome.PARTIALLY_APPROVED;
import static dk.livsmester.domain.application.DecisionOutcome.REJECTED;
import static dk.livsmester.domain.evaluation.Cases.WINDOW;
import static dk.livsmester.domain.evaluation.Cases.app;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecisionsReportTest {
    static int seq;

    static void add(List<Application> apps, Category c, DecisionOutcome o, int people, String reason) {
        for (int i = 0; i < people; i++) {
            seq++;
            apps.add(app("a" + seq, "Person " + seq, c, 0, o, 3, reason == null ? List.of() : List.of(reason)));
        }
    }

    static DecisionsReport.Row row(DecisionsReport r, Category c) {
        return r.byCategory().stream().filter(x -> x.key().equals(c.name())).findFirst().orElseThrow();
    }

    @Test
    void noCellUnderFivePeopleIsShown_andNoHiddenCellCanBeWorkedOutFromTheTotals() {
        List<Application> apps = new ArrayList<>();
        add(apps, Category.TRANSPORT, APPROVED, 12, null);
        add(apps, Category.TRANSPORT, PARTIALLY_APPROVED, 6, null);
        add(apps, Category.TRANSPORT, REJECTED, 2, "R1");
        add(apps, Category.ACTIVITIES, APPROVED, 9, null);
        add(apps, Category.ACTIVITIES, PARTIALLY_APPROVED, 5, null);
        add(apps, Category.ACTIVITIES, REJECTED, 7, "R2");
        DecisionsReport r = DecisionsReport.of(EvaluationFilter.ALL, apps, WINDOW);
        DecisionsReport.Row transport = row(r, Category.TRANSPORT);
        // Two rejections: too few people, hidden.
        assertNull(transport.cells().get(2).count());
        assertEquals(SmallCells.Mark.SMALL, transport.cells().get(2).mark());
        // Shown with the row total (20), 12 + 6 would give the 2 away: one more cell of the row is hidden.
        long hiddenInRow = transport.cells().stream().filter(c -> c.count() == null).count() + (transport.total().count() == null ? 1 : 0);
        assertTrue(hiddenInRow >= 2, transport.toString());
        // The rejections column (2 and 7, total 9) must not give it away either: another cell of it is hidden.
        long hiddenInColumn = r.byCategory().stream().filter(x -> x.cells().get(2).count() == null).count()
                + (r.total().cells().get(2).count() == null ? 1 : 0);
        assertTrue(hiddenInColumn >= 2, r.toString());
        // The reasons: R1 (2 people) hidden; R2 (7) would give R1 away against the 9 rejections unless hidden too.
        assertNull(r.byReason().get(0).count());
        assertTrue(r.byReason().get(1).count() == null || r.total().cells().get(2).count() == null, r.byReason().toString());
        assertNoLineHasExactlyOneHiddenCell(r);
        assertTrue(r.suppressedCells() >= 4);
    }

    @Test
    void largeCellsAreAllShown_andZerosAreNotSecrets() {
        List<Application> apps = new ArrayList<>();
        add(apps, Category.EDUCATION, APPROVED, 5, null);
        add(apps, Category.EDUCATION, REJECTED, 6, "R3");
        DecisionsReport r = DecisionsReport.of(EvaluationFilter.ALL, apps, WINDOW);
        DecisionsReport.Row edu = row(r, Category.EDUCATION);
        assertEquals(List.of(5L, 0L, 6L), edu.cells().stream().map(DecisionsReport.Cell::count).toList());
        assertEquals(11L, edu.total().count());
        assertEquals(0, r.suppressedCells());
        assertEquals(6L, r.byReason().get(0).count());
    }

    @Test
    void fourApplicationsOfFivePeopleAreHidden_countingPeopleNotApplications() {
        List<Application> apps = new ArrayList<>();
        add(apps, Category.EQUIPMENT, APPROVED, 4, null);
        // The same person twice more: six decisions, four people.
        apps.add(app("x1", "Person " + seq, Category.EQUIPMENT, 0, APPROVED, 3, List.of()));
        apps.add(app("x2", "Person " + seq, Category.EQUIPMENT, 0, APPROVED, 3, List.of()));
        DecisionsReport r = DecisionsReport.of(EvaluationFilter.ALL, apps, WINDOW);
        assertNull(row(r, Category.EQUIPMENT).cells().get(0).count());
        assertNull(r.total().total().count());
    }

    /** The property the suppression guarantees: in every row and column (with its total) hidden cells are 0 or 2+. */
    static void assertNoLineHasExactlyOneHiddenCell(DecisionsReport r) {
        List<DecisionsReport.Row> rows = new ArrayList<>(r.byCategory());
        rows.add(r.total());
        for (DecisionsReport.Row row : rows) {
            long hidden = row.cells().stream().filter(c -> c.count() == null).count() + (row.total().count() == null ? 1 : 0);
            assertTrue(hidden != 1, row.toString());
        }
        for (int c = 0; c <= r.outcomes().size(); c++) {
            final int col = c;
            long hidden = rows.stream().filter(x -> (col < x.cells().size() ? x.cells().get(col) : x.total()).count() == null).count();
            assertTrue(hidden != 1, "column " + c);
        }
    }
}
