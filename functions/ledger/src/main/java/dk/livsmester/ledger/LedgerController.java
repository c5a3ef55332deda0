package dk.livsmester.ledger;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.ValidationException;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.domain.budget.Reconciliation;
import dk.livsmester.platform.views.ApplicationView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;

/** HTTP adapter for finance's writes: pools, money after the decision, reconciliation. */
@Controller("/api")
public class LedgerController {
    private final LedgerService ledger;
    private final PoolService pools;
    private final ReconciliationService reconciliation;

    public LedgerController(LedgerService ledger, PoolService pools, ReconciliationService reconciliation) {
        this.ledger = ledger;
        this.pools = pools;
        this.reconciliation = reconciliation;
    }

    /** A movement of money: how much, and the reference that makes a retry harmless. */
    public record Movement(Long amountOre, String reference) {
    }

    @Post("/pools")
    public HttpResponse<Pool> open(Caller caller, @Body @Nullable PoolService.PoolForm form) {
        return HttpResponse.created(pools.open(caller, required(form)));
    }

    @Post("/applications/{id}/disbursements")
    public ApplicationView disburse(Caller caller, @PathVariable String id, @Body @Nullable Movement m) {
        return ApplicationView.of(ledger.disburse(caller, id, required(m).amountOre(), m.reference()));
    }

    @Post("/applications/{id}/releases")
    public ApplicationView release(Caller caller, @PathVariable String id, @Body @Nullable Movement m) {
        return ApplicationView.of(ledger.release(caller, id, required(m).amountOre(), m.reference()));
    }

    @Post("/applications/{id}/returns")
    public ApplicationView returnMoney(Caller caller, @PathVariable String id, @Body @Nullable Movement m) {
        return ApplicationView.of(ledger.returnMoney(caller, id, required(m).amountOre(), m.reference()));
    }

    @Post("/applications/{id}/close")
    public ApplicationView close(Caller caller, @PathVariable String id) {
        return ApplicationView.of(ledger.close(caller, id));
    }

    @Post("/pools/{poolId}/reconciliation")
    public Reconciliation reconcile(Caller caller, @PathVariable String poolId) {
        caller.require(Role.FINANCE);
        return reconciliation.run(poolId);
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw ValidationException.single("body", "Indholdet mangler.", "A JSON request body is required.");
        }
        return body;
    }
}
