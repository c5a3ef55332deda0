package dk.livsmester.domain.guides;

import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.ForbiddenException;
import dk.livsmester.domain.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuidePathRulesTest {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    static Guide interested() {
        return new Guide("g", "Kim Eksempel", GuideKind.PEER, Set.of(TaskType.IT), Set.of(Disability.AUTISM), List.of("da"),
                "Vest", Set.of("MON_AM"), 2, 0, 0, GuideStatus.INTERESTED, null, null, NOW, 0);
    }

    static Guide move(Guide g, GuideStatusChange c) {
        return GuidePathRules.change(g, c, false, "coordinator-x", TODAY, NOW);
    }

    static GuideStatusChange to(GuideStatus s) {
        return new GuideStatusChange(s, null, null, null, null);
    }

    @Test
    void theWholePath_recordsTheCertificateSeen_theCohort_theOcnDate_andEveryChange() {
        Guide g = move(interested(), new GuideStatusChange(GuideStatus.ADMITTED, true, LocalDate.of(2026, 2, 27), null, null));
        g = move(g, new GuideStatusChange(GuideStatus.IN_TRAINING, null, null, "Hold 3", null));
        g = move(g, new GuideStatusChange(GuideStatus.CERTIFIED, null, null, null, LocalDate.of(2026, 3, 1)));
        g = move(g, to(GuideStatus.ACTIVE));
        g = move(g, to(GuideStatus.PAUSED));
        g = move(g, to(GuideStatus.ACTIVE));
        g = move(g, to(GuideStatus.STOPPED));
        assertEquals(GuideStatus.STOPPED, g.status());
        assertEquals(LocalDate.of(2026, 2, 27), g.path().criminalRecordSeenOn());
        assertEquals("coordinator-x", g.path().criminalRecordSeenBy());
        assertEquals("Hold 3", g.path().cohort());
        assertEquals(LocalDate.of(2026, 3, 1), g.path().ocnCertifiedOn());
        assertEquals(7, g.path().history().size());
        assertEquals(7, g.version());
    }

    @Test
    void admissionWithoutTheCriminalRecordCertificateSeen_isRefusedWithAFieldMessage() {
        ValidationException e = assertThrows(ValidationException.class, () -> move(interested(), to(GuideStatus.ADMITTED)));
        assertEquals("criminalRecordSeen", e.errors().get(0).field());
        assertTrue(e.errors().get(0).da().contains("Straffeattesten"));
        GuideStatusChange future = new GuideStatusChange(GuideStatus.ADMITTED, true, TODAY.plusDays(1), null, null);
        assertThrows(ValidationException.class, () -> move(interested(), future));
    }

    @Test
    void trainingNeedsACohort_andCertificationTheOcnDate() {
        Guide admitted = move(interested(), new GuideStatusChange(GuideStatus.ADMITTED, true, null, null, null));
        assertEquals(TODAY, admitted.path().criminalRecordSeenOn(), "seen today when no date is given");
        assertThrows(ValidationException.class, () -> move(admitted, to(GuideStatus.IN_TRAINING)));
        Guide training = move(admitted, new GuideStatusChange(GuideStatus.IN_TRAINING, null, null, "Hold 1", null));
        assertThrows(ValidationException.class, () -> move(training, to(GuideStatus.CERTIFIED)));
    }

    @Test
    void skippingAStep_orComingBackFromStopped_isAnIllegalTransition() {
        ConflictException skip = assertThrows(ConflictException.class, () -> move(interested(), to(GuideStatus.ACTIVE)));
        assertEquals("ILLEGAL_TRANSITION", skip.code());
        Guide stopped = move(interested(), to(GuideStatus.STOPPED));
        assertEquals("ILLEGAL_TRANSITION", assertThrows(ConflictException.class, () -> move(stopped, to(GuideStatus.ACTIVE))).code());
        assertEquals("ILLEGAL_TRANSITION", assertThrows(ConflictException.class,
                () -> move(stopped, to(GuideStatus.INTERESTED))).code());
        for (GuideStatus from : GuideStatus.values()) {
            assertTrue(!GuidePathRules.allowed(from, GuideStatus.INTERESTED), from + " cannot go back to INTERESTED");
        }
    }

    @Test
    void theSameStatusAgain_changesNothing() {
        Guide g = interested();
        assertSame(g, move(g, to(GuideStatus.INTERESTED)));
    }

    @Test
    void aGuideCanPauseAndResumeThemself_butNothingElse() {
        Guide active = Fixtures.guide("g", TaskType.IT, Disability.AUTISM, "Vest", 2);
        Guide paused = GuidePathRules.change(active, to(GuideStatus.PAUSED), true, "guide-g", TODAY, NOW);
        assertEquals(GuideStatus.PAUSED, paused.status());
        assertEquals(GuideStatus.ACTIVE, GuidePathRules.change(paused, to(GuideStatus.ACTIVE), true, "guide-g", TODAY, NOW).status());
        assertThrows(ForbiddenException.class, () -> GuidePathRules.change(active, to(GuideStatus.STOPPED), true, "guide-g", TODAY, NOW));
        assertThrows(ForbiddenException.class, () -> GuidePathRules.change(interested(),
                new GuideStatusChange(GuideStatus.ADMITTED, true, null, null, null), true, "guide-g", TODAY, NOW));
    }

    @Test
    void aGuideWithActiveMatches_cannotBeStopped_butCanPause() {
        Guide busy = Fixtures.guide("g", Set.of(TaskType.IT), Set.of(Disability.AUTISM), "Vest", Set.of(), 2, 1, 1);
        assertEquals("GUIDE_HAS_ACTIVE_MATCHES", assertThrows(ConflictException.class, () -> move(busy, to(GuideStatus.STOPPED))).code());
        assertEquals(GuideStatus.PAUSED, move(busy, to(GuideStatus.PAUSED)).status());
        assertTrue(!move(busy, to(GuideStatus.PAUSED)).canTakeMore(), "a paused guide takes no new matches");
    }
}
