package dk.livsmester.pools;

import dk.livsmester.domain.application.RuleSettings;
import dk.livsmester.domain.budget.Pool;

import java.time.LocalDate;

/**
 * A pool's figures. available + committed + disbursed = total; the pipeline (requested amounts still in review) is
 * shown beside them and never reserved. {@code minAge}/{@code maxAge}: who may apply (the AGE rule's bounds, so the
 * wizard says so at the birth date); {@code citizenConfirmationRequired}: a grant needs the citizen's own confirmation.
 * {@code answerDays}: the team answers an application within this many days,
 * so a page can say so before there is an application. {@code minAmountOre}/{@code maxAmountOre}: the smallest and
 * largest amount one application may ask for (null: no bound), so the wizard says so at the costs.
 */
public record PoolView(String id, String name, String ownerUnit, LocalDate windowFrom, LocalDate windowTo,
                       long totalOre, long availableOre, long committedOre, long disbursedOre, long pipelineOre,
                       int pipelineCount, int answerDays, int minAge, int maxAge,
                       boolean citizenConfirmationRequired, Long minAmountOre, Long maxAmountOre) {
    static PoolView of(Pool p, long pipelineOre, int pipelineCount, int answerDays, RuleSettings rules) {
        return new PoolView(p.id(), p.name(), p.ownerUnit(), p.windowFrom(), p.windowTo(), p.totalOre(),
                p.availableOre(), p.committedOre(), p.disbursedOre(), pipelineOre, pipelineCount, answerDays,
                rules.minAge(), rules.maxAge(), p.needsCitizenConfirmation(), p.minAmountOre(), p.maxAmountOre());
    }
}
