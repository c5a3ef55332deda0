package dk.livsmester.domain.guides;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The bus-training template (docs/domain.md section 3.8): three weeks, two sessions a week, in which the guide's support fades
 * from travelling together to the citizen travelling alone. The sessions fall on the start day and three days later
 * each week (Monday and Thursday for a Monday start); the coordinator moves or cancels single sessions by logging them.
 */
public final class BusTrainingProgramme {
    public static final int WEEKS = 3;

    /** Days after the start, and the support, of each session. */
    private static final int[] DAY = {0, 3, 7, 10, 14, 17};
    private static final SupportLevel[] SUPPORT = {
            SupportLevel.TRAVEL_TOGETHER, SupportLevel.TRAVEL_TOGETHER,
            SupportLevel.SIT_APART, SupportLevel.FOLLOW_AT_A_DISTANCE,
            SupportLevel.FOLLOW_AT_A_DISTANCE, SupportLevel.TRAVEL_ALONE};

    private BusTrainingProgramme() {
    }

    public static List<Meeting> sessions(int firstNo, LocalDate startsOn, LocalTime at, String place) {
        List<Meeting> out = new ArrayList<>();
        for (int i = 0; i < DAY.length; i++) {
            out.add(new Meeting(firstNo + i, MeetingKind.BUS_TRAINING, startsOn.plusDays(DAY[i]).atTime(at), place, null,
                    DAY[i] / 7 + 1, SUPPORT[i], MeetingStatus.PLANNED, null, null, null));
        }
        return out;
    }
}
