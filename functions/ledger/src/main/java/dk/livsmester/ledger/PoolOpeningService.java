package dk.livsmester.ledger;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.ConflictException;
import dk.livsmester.domain.Ids;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.Text;
import dk.livsmester.domain.budget.AmountBounds;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.domain.budget.PoolForm;
import dk.livsmester.platform.config.PoolsConfig;
import dk.livsmester.platform.store.PoolStore;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finance opens a pool (a new year, another programme). It lives with the ledger: it is one of finance's writes to
 * BudgetTable, which this function may write and the pools function (read only) may not.
 */
@Singleton
public class PoolOpeningService {
    private static final Logger LOG = LoggerFactory.getLogger(PoolOpeningService.class);

    private final PoolStore pools;
    private final PoolsConfig config;

    public PoolOpeningService(PoolStore pools, PoolsConfig config) {
        this.pools = pools;
        this.config = config;
    }

    public Pool open(Caller caller, PoolForm form) {
        caller.require(Role.FINANCE);
        Pool pool = form.open(Ids.newId("pool"), config.getDefaultTotalOre(), 
                new AmountBounds(config.getDefaultMinAmountOre(), config.getDefaultMaxAmountOre()));
        if (!pools.create(pool)) {
            throw new ConflictException("POOL_EXISTS", Text.of("Der findes allerede en pulje med det id.", "A pool with this id exists."));
        }
        LOG.info("pool opened poolId={} totalOre={}", pool.id(), pool.totalOre());
        return pool;
    }
}
