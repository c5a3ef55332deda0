package dk.livsmester.domain.guides;

import dk.livsmester.domain.ConflictException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GuideRequestRoundsTest {
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void aDecline_putsTheRequestBackInANewRound_withoutTheDecliningGuide() {
        GuideRequest matched = Fixtures.request("r", TaskType.IT, Disability.AUTISM, "Vest").withStatus(GuideRequestStatus.MATCHED);
        GuideRequest back = matched.declinedBy("g1");
        assertEquals(GuideRequestStatus.OPEN, back.status());
        assertEquals(1, back.round());
        assertEquals(Set.of("g1"), back.excludedGuideIds());
        assertNotEquals(Match.idFor("r", matched.round()), Match.idFor("r", back.round()));
        assertEquals(Set.of("g1", "g2"), back.withStatus(GuideRequestStatus.MATCHED).declinedBy("g2").excludedGuideIds());
        assertThrows(ConflictException.class, () -> back.declinedBy("g3"), "only a matched request can be declined");
    }

    @Test
    void askingForInformation_endsARoundWithAProposal_andTheAnswerStartsTheNext() {
        GuideRequest proposed = Fixtures.request("r", TaskType.IT, Disability.AUTISM, "Vest").withStatus(GuideRequestStatus.PROPOSED);
        GuideRequest asked = proposed.askForInfo("Hvilke dage kan borgeren?", "coord", NOW);
        assertEquals(GuideRequestStatus.NEEDS_INFO, asked.status());
        assertEquals(1, asked.round());
        GuideRequest answered = asked.answer(new InfoAnswer("Tirsdag eftermiddag", null, Set.of("TUE_PM"), null, null, null),
                "contact", NOW);
        assertEquals(GuideRequestStatus.OPEN, answered.status());
        assertEquals(2, answered.round());
        assertEquals(Set.of("TUE_PM"), answered.availability());
        assertEquals("Tirsdag eftermiddag", answered.infoRequests().get(0).answer());
        assertThrows(ConflictException.class, () -> answered.answer(new InfoAnswer("igen", null, null, null, null, null), "c", NOW));
        GuideRequest open = Fixtures.request("q", TaskType.IT, Disability.AUTISM, "Vest");
        assertEquals(0, open.askForInfo("?", "coord", NOW).round(), "no proposal to end: same round");
    }

    @Test
    void aCitizenCanAskAgainAfterAClosedMatch_onceFromEachRequest() {
        GuideRequest open = Fixtures.request("r", TaskType.BUS_TRAINING, Disability.AUTISM, "Vest");
        assertEquals("REQUEST_NOT_CLOSED", assertThrows(ConflictException.class,
                () -> open.askAgain("r2", new AskAgain(null, null, null, null, null, null), "contact", NOW)).code());
        GuideRequest closed = open.withStatus(GuideRequestStatus.CLOSED);
        GuideRequest again = closed.askAgain("r2", new AskAgain(TaskType.SHOPPING, "Vil lære at handle ind", null, null, null, null),
                "contact", NOW);
        assertEquals(GuideRequestStatus.OPEN, again.status());
        assertEquals(TaskType.SHOPPING, again.taskType());
        assertEquals("r", again.previousRequestId());
        assertEquals(open.area(), again.area());
        assertEquals(0, again.round());
        assertEquals("ALREADY_ASKED_AGAIN", assertThrows(ConflictException.class,
                () -> closed.followedBy("r2").askAgain("r3", new AskAgain(null, null, null, null, null, null), "c", NOW)).code());
    }
}
