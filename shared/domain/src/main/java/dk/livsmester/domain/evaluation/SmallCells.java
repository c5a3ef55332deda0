package dk.livsmester.domain.evaluation;

import java.util.ArrayList;
import java.util.List;

/**
 * Small-cell suppression for published tables. Primary: a cell of 1 to {@code threshold − 1} people is not shown.
 * Secondary: a line (a row or column with its total, or any other set of cells that add up to a shown total) with
 * exactly one hidden cell would give that cell away by subtraction, so one more of its cells is hidden, the smallest
 * non-zero one (else its total), until no line has exactly one. Zero cells stay shown: a known zero reveals nobody.
 */
public final class SmallCells {
    /** Why a cell is not shown. */
    public enum Mark { SHOWN, SMALL, SECONDARY }

    private final List<long[]> cells = new ArrayList<>();
    private final List<int[]> lines = new ArrayList<>();

    /** Adds a cell of {@code value} (what is shown) counting {@code people}; returns its index. */
    public int cell(long value, int people) {
        cells.add(new long[]{value, people});
        return cells.size() - 1;
    }

    /** Cells whose values add up to the last one's (the total): a constraint a reader could solve. */
    public void line(int... cellsThenTotal) {
        lines.add(cellsThenTotal.clone());
    }

    public Mark[] suppress(int threshold) {
        Mark[] marks = new Mark[cells.size()];
        for (int i = 0; i < marks.length; i++) {
            long people = cells.get(i)[1];
            marks[i] = people > 0 && people < threshold ? Mark.SMALL : Mark.SHOWN;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] line : lines) {
                int hidden = 0;
                for (int i : line) {
                    hidden += marks[i] == Mark.SHOWN ? 0 : 1;
                }
                if (hidden == 1) {
                    int pick = smallestShown(line, marks);
                    if (pick >= 0) {
                        marks[pick] = Mark.SECONDARY;
                        changed = true;
                    }
                }
            }
        }
        return marks;
    }

    private int smallestShown(int[] line, Mark[] marks) {
        int best = -1;
        for (int k = 0; k < line.length - 1; k++) {
            int i = line[k];
            long v = cells.get(i)[0];
            if (marks[i] == Mark.SHOWN && v > 0 && (best < 0 || v < cells.get(best)[0])) {
                best = i;
            }
        }
        int total = line[line.length - 1];
        return best >= 0 ? best : marks[total] == Mark.SHOWN ? total : -1;
    }
}
