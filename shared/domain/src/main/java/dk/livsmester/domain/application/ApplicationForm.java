package dk.livsmester.domain.application;

import java.util.List;

/** What the web form (or an integrator) sends. {@code submit=false} keeps a draft. */
public record ApplicationForm(String poolId, List<Applicant> applicants, ContactPerson contactPerson,
                              String citizenCentre, Wish wish, SubGoal subGoal, Category category, String appliedFor,
                              Period period, List<CostLine> costLines, Boolean alreadyFinanced, Boolean carAccess,
                              String extendsApplicationId, Boolean submit) {

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
