package dk.livsmester.domain.guides;

import dk.livsmester.domain.FieldError;
import dk.livsmester.domain.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** F2: the guide path holds on registration too: no guide starts ACTIVE without the record check, cohort and OCN. */
class GuideStartTest {
    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    static GuideForm form(GuideStatus status, LocalDate seenOn, String cohort, LocalDate ocn) {
        return new GuideForm("Kim", GuideKind.PEER, Set.of(TaskType.IT), Set.of(), List.of("da"), "Nord", Set.of(), 2,
                status, null, seenOn, cohort, ocn);
    }

    static List<String> refused(GuideForm f) {
        return assertThrows(ValidationException.class, () -> GuidePathRules.checkStart(f, TODAY)).errors().stream()
                .map(FieldError::field).toList();
    }

    @Test
    void activeWithoutAPath_isRefused_namingEveryMissingStep() {
        assertEquals(List.of("criminalRecordSeenOn", "cohort", "ocnCertifiedOn"), refused(form(GuideStatus.ACTIVE, null, null, null)));
        assertEquals(List.of("criminalRecordSeenOn", "cohort", "ocnCertifiedOn"), refused(form(GuideStatus.PAUSED, null, " ", null)));
    }

    @Test
    void eachStageAsksForWhatItsStepsRequire() {
        assertDoesNotThrow(() -> GuidePathRules.checkStart(form(GuideStatus.INTERESTED, null, null, null), TODAY));
        assertEquals(List.of("criminalRecordSeenOn"), refused(form(GuideStatus.ADMITTED, null, null, null)));
        assertDoesNotThrow(() -> GuidePathRules.checkStart(form(GuideStatus.ADMITTED, TODAY, null, null), TODAY));
        assertEquals(List.of("cohort"), refused(form(GuideStatus.IN_TRAINING, TODAY, null, null)));
        assertEquals(List.of("ocnCertifiedOn"), refused(form(GuideStatus.CERTIFIED, TODAY, "Hold 1", null)));
        assertDoesNotThrow(() -> GuidePathRules.checkStart(form(GuideStatus.ACTIVE, TODAY, "Hold 1", TODAY), TODAY));
    }

    @Test
    void datesInTheFuture_andStartingStopped_areRefused() {
        assertEquals(List.of("criminalRecordSeenOn", "ocnCertifiedOn"),
                refused(form(GuideStatus.ACTIVE, TODAY.plusDays(1), "Hold 1", TODAY.plusDays(1))));
        assertEquals(List.of("status"), refused(form(GuideStatus.STOPPED, TODAY, "Hold 1", TODAY)));
    }
}
