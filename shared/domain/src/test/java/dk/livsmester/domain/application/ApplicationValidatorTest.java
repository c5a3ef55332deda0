package dk.livsmester.domain.application;

import dk.livsmester.domain.FieldError;
import dk.livsmester.domain.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dk.livsmester.domain.application.Forms.TODAY;
import static dk.livsmester.domain.application.Forms.form;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationValidatorTest {

    private Set<String> fieldsOf(ApplicationForm f) {
        ValidationException e = assertThrows(ValidationException.class, () -> ApplicationValidator.validate(f, TODAY));
        e.errors().forEach(err -> {
            assertFalse(err.da().isBlank(), "Danish text for " + err.field());
            assertFalse(err.en().isBlank(), "English text for " + err.field());
        });
        return e.errors().stream().map(FieldError::field).collect(Collectors.toSet());
    }

    @Test
    void aCompleteForm_isValid() {
        assertDoesNotThrow(() -> ApplicationValidator.validate(form(Category.TRANSPORT, "Buskort", 50_000L, null), TODAY));
    }

    @Test
    void aDraft_mayBeIncomplete_butASubmittedFormMayNot() {
        ApplicationForm draft = new ApplicationForm("pool-1", List.of(new Applicant("Kim Kladde", null, null, null, null, null)),
                null, null, null, null, null, null, null, null, null, null, null, false);
        assertDoesNotThrow(() -> ApplicationValidator.validate(draft, TODAY));
        ApplicationForm submit = new ApplicationForm("pool-1", draft.applicants(), null, null, null, null, null, null,
                null, null, null, null, null, true);
        Set<String> fields = fieldsOf(submit);
        assertTrue(fields.containsAll(Set.of("applicants[0].birthDate", "contactPerson", "wish", "subGoal", "category",
                "costLines", "period", "alreadyFinanced")), fields.toString());
    }

    @Test
    void amountsMustBePositive_datesMustMakeSense_textsHaveLimits() {
        ApplicationForm f = form(Category.TRANSPORT, "Buskort", 50_000L, null);
        ApplicationForm bad = new ApplicationForm(f.poolId(), f.applicants(), f.contactPerson(), f.citizenCentre(),
                new Wish("x".repeat(121), "d", "h"), f.subGoal(), f.category(), f.appliedFor(),
                new Period(TODAY.plusDays(5), TODAY.plusDays(1)),
                List.of(new CostLine("Kort", -5L, null), new CostLine("Kort 2", null, null)), false, null, null, true);
        assertEquals(Set.of("wish.headline", "period.to", "costLines[0].amountOre", "costLines[1].amountOre"), fieldsOf(bad));
    }

    @Test
    void contactDetailsMustLookReal() {
        ApplicationForm f = form(Category.TRANSPORT, "Buskort", 50_000L, null);
        ApplicationForm bad = new ApplicationForm(f.poolId(), f.applicants(),
                new ContactPerson("Bo", "bostøtte", "not-an-email", "abc"), f.citizenCentre(), f.wish(), f.subGoal(),
                f.category(), f.appliedFor(), f.period(), f.costLines(), false, null, null, true);
        assertEquals(Set.of("contactPerson.email", "contactPerson.phone"), fieldsOf(bad));
    }
}
