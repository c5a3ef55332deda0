package dk.livsmester.domain.budget;

import dk.livsmester.domain.FieldError;
import dk.livsmester.domain.FieldErrors;
import dk.livsmester.domain.Money;
import dk.livsmester.domain.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AmountBoundsTest {
    final AmountBounds bounds = new AmountBounds(Money.dkk(500), Money.dkk(100_000));

    static List<FieldError> errors(Runnable r) {
        return assertThrows(ValidationException.class, r::run).errors();
    }

    @Test
    void belowTheMinimumOrAboveTheMaximum_namesTheFieldAndTheBound_inBothLanguages() {
        List<FieldError> low = errors(() -> bounds.check(new FieldErrors(), "costLines", Money.dkk(100)).throwIfAny());
        assertEquals("costLines", low.get(0).field());
        assertEquals("Beløbet skal være mindst 500 kr. i denne pulje.", low.get(0).da());
        assertEquals("costLines must be at least DKK 500 in this pool.", low.get(0).en());
        List<FieldError> high = errors(() -> bounds.check(new FieldErrors(), "grantedOre", Money.dkk(600_000)).throwIfAny());
        assertEquals("Beløbet må højst være 100.000 kr. i denne pulje.", high.get(0).da());
        assertEquals("grantedOre must be at most DKK 100,000 in this pool.", high.get(0).en());
    }

    @Test
    void theBoundsThemselvesAreAllowed_andNoBoundsAllowEverything() {
        bounds.check(new FieldErrors(), "x", Money.dkk(500)).throwIfAny();
        bounds.check(new FieldErrors(), "x", Money.dkk(100_000)).throwIfAny();
        AmountBounds.NONE.check(new FieldErrors(), "x", 1).throwIfAny();
        AmountBounds.NONE.check(new FieldErrors(), "x", Money.dkk(600_000)).throwIfAny();
    }

    @Test
    void aPoolTakesTheConfiguredBoundsUnlessTheFormSaysOtherwise_andRefusesAMinimumAboveTheMaximum() {
        PoolForm plain = new PoolForm(null, "P", "U", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), null, null,
                null, null, null, null);
        Pool p = plain.open("pool-x", Money.dkk(500_000), bounds);
        assertEquals(bounds, p.amountBounds());
        PoolForm own = new PoolForm(null, "P", "U", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), null, null,
                null, null, Money.dkk(1_000), null);
        assertEquals(new AmountBounds(Money.dkk(1_000), Money.dkk(100_000)), own.open("pool-y", Money.dkk(500_000), bounds).amountBounds());
        PoolForm upsideDown = new PoolForm(null, "P", "U", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), null, null,
                null, null, Money.dkk(2_000), Money.dkk(1_000));
        assertEquals("maxAmountOre", errors(() -> upsideDown.open("pool-z", Money.dkk(500_000), bounds)).get(0).field());
        assertNull(plain.open("pool-w", Money.dkk(500_000)).minAmountOre());
    }
}
