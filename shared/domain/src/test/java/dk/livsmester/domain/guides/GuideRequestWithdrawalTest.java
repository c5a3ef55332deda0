package dk.livsmester.domain.guides;

import dk.livsmester.domain.ConflictException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GuideRequestWithdrawalTest {
    static final Instant AT = Instant.parse("2026-09-01T08:00:00Z");

    @Test
    void whileItWaits_itIsWithdrawn_andItsEndIsRecorded() {
        for (GuideRequestStatus s : GuideRequest.WAITING) {
            GuideRequest q = Fixtures.request("r", TaskType.BUS_TRAINING, Disability.AUTISM, "Vest").withStatus(s);
            GuideRequest w = q.withdraw(AT);
            assertEquals(GuideRequestStatus.WITHDRAWN, w.status(), s.name());
            assertEquals(AT, w.closedAt());
            assertEquals(q.round(), w.round(), "the round stays: its last proposal keeps its id for the retention run");
            assertEquals(q.version() + 1, w.version());
        }
    }

    @Test
    void matchedIsTheCoordinatorsToClose_andAnEndedRequestStaysEnded() {
        GuideRequest matched = Fixtures.request("r", TaskType.BUS_TRAINING, Disability.AUTISM, "Vest")
                .withStatus(GuideRequestStatus.MATCHED);
        assertEquals("REQUEST_MATCHED", assertThrows(ConflictException.class, () -> matched.withdraw(AT)).code());
        for (GuideRequestStatus s : GuideRequest.ENDED) {
            GuideRequest ended = matched.withStatus(s);
            assertEquals("ILLEGAL_TRANSITION", assertThrows(ConflictException.class, () -> ended.withdraw(AT)).code());
        }
    }
}
