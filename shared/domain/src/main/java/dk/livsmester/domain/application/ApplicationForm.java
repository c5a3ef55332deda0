package dk.livsmester.domain.application;

import java.util.List;

/**
 * What the web form (or an integrator) sends. {@code submit=false} keeps a draft. {@code citizenSubject}: a contact
 * person applying for a citizen they support names the citizen's sign-in subject (a citizen applying needs none).
 */
public record ApplicationForm(String poolId, List<Applicant> applicants, ContactPerson contactPerson,
                              String citizenCentre, Wish wish, SubGoal subGoal, Category category, String appliedFor,
                              Period period, List<CostLine> costLines, Boolean alreadyFinanced, Boolean carAccess,
                              String extendsApplicationId, Boolean submit, String citizenSubject) {

    /** A form for no particular citizen's account. */
    public ApplicationForm(String poolId, List<Applicant> applicants, ContactPerson contactPerson, String citizenCentre,
                           Wish wish, SubGoal subGoal, Category category, String appliedFor, Period period,
                           List<CostLine> costLines, Boolean alreadyFinanced, Boolean carAccess,
                           String extendsApplicationId, Boolean submit) {
        this(poolId, applicants, contactPerson, citizenCentre, wish, subGoal, category, appliedFor, period, costLines,
                alreadyFinanced, carAccess, extendsApplicationId, submit, null);
    }

    public boolean wantsSubmit() {
        return Boolean.TRUE.equals(submit);
    }

    public long requestedOre() {
        if (costLines == null) {
            return 0;
        }
        long sum = 0;
        for (CostLine line : costLines) {
            if (line != null && line.amountOre() != null) {
                sum = Math.addExact(sum, line.amountOre());
            }
        }
        return sum;
    }
}
