package dk.livsmester.pools;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.NotFoundException;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.application.AnswerWindow;
import dk.livsmester.domain.application.RuleSettings;
import dk.livsmester.platform.config.RulesConfig;
import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.budget.FinanceFigures;
import dk.livsmester.domain.budget.LedgerEntry;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.domain.budget.Reconciliation;
import dk.livsmester.platform.store.ApplicationStore;
import dk.livsmester.platform.store.PoolStore;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What finance and the team read about pools: every signed-in role may see how much money is left (no personal data);
 * the ledger, the figures and the reconciliation are finance's and the team's, the CSV exports finance's.
 */
@Singleton
public class PoolFiguresService {
    static final Set<ApplicationStatus> DECIDED = EnumSet.of(ApplicationStatus.APPROVED,
            ApplicationStatus.PARTIALLY_APPROVED, ApplicationStatus.REJECTED, ApplicationStatus.DISBURSED,
            ApplicationStatus.CLOSED);

    private final PoolStore pools;
    private final ApplicationStore applications;
    private final AnswerWindow window;
    private final RuleSettings rules;
    private final Clock clock;

    public PoolFiguresService(PoolStore pools, ApplicationStore applications, AnswerWindow window, RulesConfig rules,
                              Clock clock) {
        this.rules = rules.toSettings();
        this.pools = pools;
        this.applications = applications;
        this.window = window;
        this.clock = clock;
    }

    public List<PoolView> list(Caller caller) {
        Map<String, long[]> pipeline = pipeline();
        return pools.all().stream().map(p -> view(p, pipeline)).toList();
    }

    public PoolView get(Caller caller, String poolId) {
        return view(pools.get(poolId), pipeline());
    }

    public List<LedgerEntry> ledger(Caller caller, String poolId) {
        caller.require(Role.FINANCE, Role.TEAM);
        pools.get(poolId);
        return pools.ledger(poolId);
    }

    public FinanceFigures figures(Caller caller, String poolId) {
        caller.require(Role.FINANCE, Role.TEAM);
        return figures(poolId);
    }

    public String figuresCsv(Caller caller, String poolId) {
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
        return Csv.table(rows);
    }

    public String ledgerCsv(Caller caller, String poolId) {
        caller.require(Role.FINANCE);
        pools.get(poolId);
        List<String> rows = new ArrayList<>();
        rows.add(Csv.row("at", "type", "applicationId", "amountOre", "category", "citizenCentre", "actor", "reference", "businessKey"));
        pools.ledger(poolId).stream().sorted(Comparator.comparing(LedgerEntry::at)).forEach(e -> rows.add(Csv.row(
                e.at(), e.type(), e.applicationId(), e.amountOre(), e.category(), e.citizenCentre(), e.actor(), e.reference(),
                e.businessKey())));
        return Csv.table(rows);
    }

    public Reconciliation reconciliation(Caller caller, String poolId) {
        caller.require(Role.FINANCE, Role.TEAM);
        pools.get(poolId);
        return pools.latestReconciliation(poolId).orElseThrow(() -> new NotFoundException("reconciliation", poolId));
    }

    private FinanceFigures figures(String poolId) {
        Pool pool = pools.get(poolId);
        List<Application> pipeline = applications.all(ApplicationStatus.PIPELINE).stream()
                .filter(a -> a.poolId().equals(poolId)).toList();
        List<Application> decided = applications.all(DECIDED).stream().filter(a -> a.poolId().equals(poolId)).toList();
        return FinanceFigures.of(pool, pools.ledger(poolId), pipeline, decided, window.dayOf(clock.instant()),
                window.zone());
    }

    private PoolView view(Pool p, Map<String, long[]> pipeline) {
        long[] sums = pipeline.getOrDefault(p.id(), new long[2]);
        return PoolView.of(p, sums[0], (int) sums[1], window.days(), rules);
    }

    /** Requested amounts (and counts) of applications still waiting for a decision, per pool. */
    private Map<String, long[]> pipeline() {
        Map<String, long[]> out = new HashMap<>();
        for (Application a : applications.all(ApplicationStatus.PIPELINE)) {
            long[] sums = out.computeIfAbsent(a.poolId(), k -> new long[2]);
            sums[0] += a.requestedOre();
            sums[1]++;
        }
        return out;
    }
}
