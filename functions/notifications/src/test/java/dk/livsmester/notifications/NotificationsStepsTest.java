package dk.livsmester.notifications;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NotificationsStepsTest {
    @Test
    void aFailingStep_doesNotHoldBackTheNext_andTheMessageStillFails() {
        List<String> ran = new ArrayList<>();
        IllegalStateException caseRecord = new IllegalStateException("archive down");
        IllegalStateException letter = new IllegalStateException("sms down");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> NotificationsHandler.each(
                () -> { ran.add("case record"); throw caseRecord; },
                () -> { ran.add("letter"); throw letter; }));
        assertEquals(List.of("case record", "letter"), ran);
        assertSame(caseRecord, thrown, "the first failure");
        assertSame(letter, thrown.getSuppressed()[0]);
    }

    @Test
    void stepsThatSucceed_allRun_inOrder() {
        List<String> ran = new ArrayList<>();
        NotificationsHandler.each(() -> ran.add("a"), () -> ran.add("b"));
        assertEquals(List.of("a", "b"), ran);
    }
}
