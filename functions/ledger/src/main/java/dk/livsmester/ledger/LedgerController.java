package dk.livsmester.ledger;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.budget.Movement;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.domain.budget.PoolForm;
import dk.livsmester.domain.budget.Reconciliation;
import dk.livsmester.platform.http.RequestParts;
import dk.livsmester.platform.views.ApplicationView;
import dk.livsmester.platform.views.ApplicationViews;
import dk.livsmester.reconciliation.ReconciliationService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;

/** HTTP adapter for finance's writes: pools, money after the decision, reconciliation on demand. */
@Controller("/api")
public class LedgerController {
    private final LedgerService ledger;
    private final PoolOpeningService pools;
    private final ReconciliationService reconciliation;
    private final ApplicationViews views;

    public LedgerController(LedgerService ledger, PoolOpeningService pools, ReconciliationService reconciliation,
                            ApplicationViews views) {
        this.ledger = ledger;
        this.pools = pools;
        this.reconciliation = reconciliation;
        this.views = views;
    }

    @Post("/pools")
    public HttpResponse<Pool> open(Caller caller, @Body @Nullable PoolForm form) {
        return HttpResponse.created(pools.open(caller, RequestParts.body(form, "the pool")));
    }

    @Post("/applications/{id}/disbursements")
    public ApplicationView disburse(Caller caller, @PathVariable String id, @Body @Nullable Movement m) {
        return views.of(ledger.disburse(caller, id, RequestParts.body(m, "the disbursement")));
    }

    @Post("/applications/{id}/releases")
    public ApplicationView release(Caller caller, @PathVariable String id, @Body @Nullable Movement m) {
        return views.of(ledger.release(caller, id, RequestParts.body(m, "the release")));
    }

    @Post("/applications/{id}/returns")
    public ApplicationView returnMoney(Caller caller, @PathVariable String id, @Body @Nullable Movement m) {
        return views.of(ledger.returnMoney(caller, id, RequestParts.body(m, "the return")));
    }

    @Post("/applications/{id}/close")
    public ApplicationView close(Caller caller, @PathVariable String id) {
        return views.of(ledger.close(caller, id));
    }

    @Post("/pools/{poolId}/reconciliation")
    public Reconciliation reconcile(Caller caller, @PathVariable String poolId) {
        return reconciliation.reconcile(caller, poolId);
    }
}
