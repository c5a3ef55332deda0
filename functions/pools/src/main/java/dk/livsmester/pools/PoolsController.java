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

import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.budget.FinanceFigures;
import dk.livsmester.domain.budget.Reconciliation;
import io.micronaut.http.HttpResponse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;

/** Pool figures. Every signed-in role may see how much money is left (it holds no personal data). */
@Controller("/api/pools")
public class PoolsController {
    static final Set<ApplicationStatus> DECIDED = EnumSet.of(ApplicationStatus.APPROVED, ApplicationStatus.PARTIALLY_APPROVED,
            ApplicationStatus.REJECTED, ApplicationStatus.DISBURSED, ApplicationStatus.CLOSED);
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

    @Get("/{poolId}/figures")
    public FinanceFigures figures(Caller caller, @PathVariable String poolId) {
        caller.require(Role.FINANCE, Role.TEAM);
        return figures(poolId);
    }

    @Get(value = "/{poolId}/figures.csv", produces = "text/csv")
    public HttpResponse<String> figuresCsv(Caller caller, @PathVariable String poolId) {
        caller.require(Role.FINANCE);
        FinanceFigures f = figures(poolId);
        List<String> rows = new ArrayList<>();
        rows.add(Csv.row("section", "key", "valueOre", "committedOre", "disbursedOre", "count"));
        rows.add(Csv.row("pool", "totalOre", f.totalOre(), "", "", ""));
        rows.add(Csv.row("pool", "availableOre", f.availableOre(), "", "", ""));
        rows.add(Csv.row("pool", "committedOre", f.committedOre(), "", "", ""));
        rows.add(Csv.row("pool", "disbursedOre", f.disbursedOre(), "", "", ""));
        rows.add(Csv.row("pool", "pipelineOre", f.pipelineOre(), "", "", f.pipelineCount()));
        rows.add(Csv.row("grants", "medianOre", f.grants().medianOre(), "", "", f.grants().count()));
        f.byCategory().forEach(b -> rows.add(Csv.row("category", b.key(), "", b.committedOre(), b.disbursedOre(), b.count())));
        f.byMonth().forEach(b -> rows.add(Csv.row("month", b.key(), "", b.committedOre(), b.disbursedOre(), b.count())));
        f.byCitizenCentre().forEach(b -> rows.add(Csv.row("citizenCentre", b.key(), "", b.committedOre(), b.disbursedOre(), b.count())));
        return csv(poolId + "-figures.csv", Csv.table(rows));
    }

    @Get(value = "/{poolId}/ledger.csv", produces = "text/csv")
    public HttpResponse<String> ledgerCsv(Caller caller, @PathVariable String poolId) {
        caller.require(Role.FINANCE);
        pools.get(poolId);
        List<String> rows = new ArrayList<>();
        rows.add(Csv.row("at", "type", "applicationId", "amountOre", "category", "citizenCentre", "actor", "reference", "businessKey"));
        pools.ledger(poolId).stream().sorted(java.util.Comparator.comparing(LedgerEntry::at)).forEach(e -> rows.add(Csv.row(
                e.at(), e.type(), e.applicationId(), e.amountOre(), e.category(), e.citizenCentre(), e.actor(), e.reference(),
                e.businessKey())));
        return csv(poolId + "-ledger.csv", Csv.table(rows));
    }

    @Get("/{poolId}/reconciliation")
    public Reconciliation reconciliation(Caller caller, @PathVariable String poolId) {
        caller.require(Role.FINANCE, Role.TEAM);
        pools.get(poolId);
        return pools.latestReconciliation(poolId).orElseThrow(() -> new NotFoundException("afstemning/reconciliation", poolId));
    }

    private FinanceFigures figures(String poolId) {
        Pool pool = pools.get(poolId);
        List<Application> pipeline = applications.listAll(ApplicationStatus.PIPELINE).stream()
                .filter(a -> a.poolId().equals(poolId)).toList();
        List<Application> decided = applications.listAll(DECIDED).stream().filter(a -> a.poolId().equals(poolId)).toList();
        return FinanceFigures.of(pool, pools.ledger(poolId), pipeline, decided, LocalDate.now(Application.ZONE));
    }

    private static HttpResponse<String> csv(String filename, String body) {
        return HttpResponse.ok(body).contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
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
