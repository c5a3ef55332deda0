package dk.livsmester.pools;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.budget.LedgerEntry;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.platform.store.ApplicationRepository;
import dk.livsmester.platform.store.Page;
import dk.livsmester.platform.store.PoolRepository;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Pool figures. Every signed-in role may see how much money is left (it holds no personal data). */
@Controller("/api/pools")
public class PoolsController {
    private final PoolRepository pools;
    private final ApplicationRepository applications;

    public PoolsController(PoolRepository pools, ApplicationRepository applications) {
        this.pools = pools;
        this.applications = applications;
    }

    @Get
    public List<PoolView> list(Caller caller) {
        Map<String, long[]> pipeline = pipeline();
        return pools.list().stream().map(p -> view(p, pipeline)).toList();
    }

    @Get("/{poolId}")
    public PoolView get(Caller caller, @PathVariable String poolId) {
        return view(pools.get(poolId), pipeline());
    }

    @Get("/{poolId}/ledger")
    public List<LedgerEntry> ledger(Caller caller, @PathVariable String poolId) {
        caller.require(Role.FINANCE, Role.TEAM);
        pools.get(poolId);
        return pools.ledger(poolId);
    }

    private static PoolView view(Pool p, Map<String, long[]> pipeline) {
        long[] sums = pipeline.getOrDefault(p.id(), new long[2]);
        return PoolView.of(p, sums[0], (int) sums[1]);
    }

    /** Requested amounts (and counts) of applications still waiting for a decision, per pool. */
    private Map<String, long[]> pipeline() {
        Map<String, long[]> out = new HashMap<>();
        for (ApplicationStatus s : ApplicationStatus.PIPELINE) {
            String cursor = null;
            do {
                Page<Application> page = applications.listByStatus(s, 100, cursor);
                for (Application a : page.items()) {
                    long[] sums = out.computeIfAbsent(a.poolId(), k -> new long[2]);
                    sums[0] += a.requestedOre();
                    sums[1]++;
                }
                cursor = page.nextCursor();
            } while (cursor != null);
        }
        return out;
    }
}
