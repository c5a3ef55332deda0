package dk.livsmester.pools;

import dk.livsmester.domain.budget.Pool;

import java.time.LocalDate;

/**
 * A pool's figures. available + committed + disbursed = total; the pipeline (requested amounts still in review) is
 * shown beside them and never reserved. {@code answerDays}: the team answers an application within this many days,
 * so a page can say so before there is an application.
 */
public record PoolView(String id, String name, String ownerUnit, LocalDate windowFrom, LocalDate windowTo,
                       long totalOre, long availableOre, long committedOre, long disbursedOre, long pipelineOre,
                       int pipelineCount, int answerDays) {
    static PoolView of(Pool p, long pipelineOre, int pipelineCount, int answerDays) {
        return new PoolView(p.id(), p.name(), p.ownerUnit(), p.windowFrom(), p.windowTo(), p.totalOre(),
                p.availableOre(), p.committedOre(), p.disbursedOre(), pipelineOre, pipelineCount, answerDays);
    }
}
