package dk.livsmester.pools;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.budget.FinanceFigures;
import dk.livsmester.domain.budget.LedgerEntry;
import dk.livsmester.domain.budget.Reconciliation;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;

import java.util.List;

/** HTTP adapter for pool figures: bind, call the service, map (the CSV exports as attachments). */
@Controller("/api/pools")
public class PoolsController {
    private final PoolFiguresService service;

    public PoolsController(PoolFiguresService service) {
        this.service = service;
    }

    @Get
    public List<PoolView> list(Caller caller) {
        return service.list(caller);
    }

    @Get("/{poolId}")
    public PoolView get(Caller caller, @PathVariable String poolId) {
        return service.get(caller, poolId);
    }

    @Get("/{poolId}/ledger")
    public List<LedgerEntry> ledger(Caller caller, @PathVariable String poolId) {
        return service.ledger(caller, poolId);
    }

    @Get("/{poolId}/figures")
    public FinanceFigures figures(Caller caller, @PathVariable String poolId) {
        return service.figures(caller, poolId);
    }

    @Get(value = "/{poolId}/figures.csv", produces = "text/csv")
    public HttpResponse<String> figuresCsv(Caller caller, @PathVariable String poolId) {
        return csv(poolId + "-figures.csv", service.figuresCsv(caller, poolId));
    }

    @Get(value = "/{poolId}/ledger.csv", produces = "text/csv")
    public HttpResponse<String> ledgerCsv(Caller caller, @PathVariable String poolId) {
        return csv(poolId + "-ledger.csv", service.ledgerCsv(caller, poolId));
    }

    @Get(value = "/{poolId}/figures-excel.csv", produces = "text/csv")
    public HttpResponse<String> figuresExcelCsv(Caller caller, @PathVariable String poolId) {
        return csv(poolId + "-tal-excel.csv", service.figuresExcelCsv(caller, poolId));
    }

    @Get(value = "/{poolId}/ledger-excel.csv", produces = "text/csv")
    public HttpResponse<String> ledgerExcelCsv(Caller caller, @PathVariable String poolId) {
        return csv(poolId + "-posteringer-excel.csv", service.ledgerExcelCsv(caller, poolId));
    }

    @Get("/{poolId}/reconciliation")
    public Reconciliation reconciliation(Caller caller, @PathVariable String poolId) {
        return service.reconciliation(caller, poolId);
    }

    /** A CSV as an attachment (also the evaluation's). */
    static HttpResponse<String> csv(String filename, String body) {
        return HttpResponse.ok(body).contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }
}
