package dk.livsmester.domain.budget;

import java.time.LocalDate;

/**
 * A fixed pot of money. Invariant: {@code available + committed + disbursed == total}, none negative.
 * All amounts are øre. {@code citizenConfirmationRequired}: a grant needs the citizen's own confirmation (null: yes,
 * the default; finance may open a pool without it). {@code approvalNextStepsDa}/{@code En}: what the approval letter
 * says the citizen does next to get the money (null: the general text). {@code minAmountOre}/{@code maxAmountOre}: the
 * smallest and largest amount one application may ask for and one grant may give (null: no bound; pools stored before
 * the bounds existed have none).
 */
public record Pool(String id, String name, String ownerUnit, LocalDate windowFrom, LocalDate windowTo,
                   long totalOre, long availableOre, long committedOre, long disbursedOre, long version,
                   Boolean citizenConfirmationRequired, String approvalNextStepsDa, String approvalNextStepsEn,
                   Long minAmountOre, Long maxAmountOre) {

    /** A pool without amount bounds. */
    public Pool(String id, String name, String ownerUnit, LocalDate windowFrom, LocalDate windowTo, long totalOre,
                long availableOre, long committedOre, long disbursedOre, long version, Boolean citizenConfirmationRequired,
                String approvalNextStepsDa, String approvalNextStepsEn) {
        this(id, name, ownerUnit, windowFrom, windowTo, totalOre, availableOre, committedOre, disbursedOre, version,
                citizenConfirmationRequired, approvalNextStepsDa, approvalNextStepsEn, null, null);
    }

    /** A pool with the default setting: grants need the citizen's own confirmation. */
    public Pool(String id, String name, String ownerUnit, LocalDate windowFrom, LocalDate windowTo, long totalOre,
                long availableOre, long committedOre, long disbursedOre, long version) {
        this(id, name, ownerUnit, windowFrom, windowTo, totalOre, availableOre, committedOre, disbursedOre, version, null,
                null, null);
    }

    public static Pool open(String id, String name, String ownerUnit, LocalDate from, LocalDate to, long totalOre) {
        return open(id, name, ownerUnit, from, to, totalOre, null);
    }

    public static Pool open(String id, String name, String ownerUnit, LocalDate from, LocalDate to, long totalOre,
                            Boolean citizenConfirmationRequired) {
        return open(id, name, ownerUnit, from, to, totalOre, citizenConfirmationRequired, null, null);
    }

    public static Pool open(String id, String name, String ownerUnit, LocalDate from, LocalDate to, long totalOre,
                            Boolean citizenConfirmationRequired, String approvalNextStepsDa, String approvalNextStepsEn) {
        return open(id, name, ownerUnit, from, to, totalOre, citizenConfirmationRequired, approvalNextStepsDa,
                approvalNextStepsEn, AmountBounds.NONE);
    }

    public static Pool open(String id, String name, String ownerUnit, LocalDate from, LocalDate to, long totalOre,
                            Boolean citizenConfirmationRequired, String approvalNextStepsDa, String approvalNextStepsEn,
                            AmountBounds bounds) {
        if (totalOre <= 0) {
            throw new IllegalArgumentException("A pool's total must be positive");
        }
        return new Pool(id, name, ownerUnit, from, to, totalOre, totalOre, 0, 0, 0, citizenConfirmationRequired,
                approvalNextStepsDa, approvalNextStepsEn, bounds.minOre(), bounds.maxOre());
    }

    /** The amounts this pool takes in one application or grant. */
    public AmountBounds amountBounds() {
        return new AmountBounds(minAmountOre, maxAmountOre);
    }

    /** Whether a grant from this pool needs the citizen's own confirmation (on unless switched off). */
    public boolean needsCitizenConfirmation() {
        return !Boolean.FALSE.equals(citizenConfirmationRequired);
    }

    /** The three places money in a pool can be. */
    public enum Figure {
        AVAILABLE("availableOre"), COMMITTED("committedOre"), DISBURSED("disbursedOre");

        private final String attribute;

        Figure(String attribute) {
            this.attribute = attribute;
        }

        /** The stored attribute that holds this figure. */
        public String attribute() {
            return attribute;
        }
    }

    public boolean balances() {
        return availableOre >= 0 && committedOre >= 0 && disbursedOre >= 0
                && availableOre + committedOre + disbursedOre == totalOre;
    }
}
