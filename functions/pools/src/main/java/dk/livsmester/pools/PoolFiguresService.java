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
        return figuresCsv(Csv.MACHINE, figures(poolId), MACHINE_FIGURES);
    }

    /** The same figures for Danish Excel: Danish headings, kroner with a decimal comma, semicolons, a BOM. */
    public String figuresExcelCsv(Caller caller, String poolId) {
        caller.require(Role.FINANCE);
        return figuresCsv(Csv.danishExcel(window.zone()), figures(poolId), EXCEL_FIGURES);
    }

    public String ledgerCsv(Caller caller, String poolId) {
        caller.require(Role.FINANCE);
        return ledgerCsv(Csv.MACHINE, poolId, MACHINE_LEDGER);
    }

    /** The ledger for Danish Excel: local time (the municipality's zone), kroner, semicolons, a BOM. */
    public String ledgerExcelCsv(Caller caller, String poolId) {
        caller.require(Role.FINANCE);
        return ledgerCsv(Csv.danishExcel(window.zone()), poolId, EXCEL_LEDGER);
    }

    private static final Object[] MACHINE_FIGURES = {"section", "key", "valueOre", "committedOre", "disbursedOre", "count"};
    private static final Object[] EXCEL_FIGURES = {"Afsnit", "Nøgle", "Beløb (kr.)", "Bevilget (kr.)", "Udbetalt (kr.)", "Antal"};
    private static final Object[] MACHINE_LEDGER = {"at", "type", "applicationId", "amountOre", "category", "citizenCentre",
            "actor", "reference", "businessKey"};
    private static final Object[] EXCEL_LEDGER = {"Tidspunkt", "Type", "Ansøgning", "Beløb (kr.)", "Kategori", "Borgercenter",
            "Foretaget af", "Reference", "Forretningsnøgle"};

    private static String figuresCsv(Csv csv, FinanceFigures f, Object[] header) {
        List<String> rows = new ArrayList<>();
        rows.add(csv.line(header));
        rows.add(csv.line("pool", "totalOre", Csv.ore(f.totalOre()), "", "", ""));
        rows.add(csv.line("pool", "availableOre", Csv.ore(f.availableOre()), "", "", ""));
        rows.add(csv.line("pool", "committedOre", Csv.ore(f.committedOre()), "", "", ""));
        rows.add(csv.line("pool", "disbursedOre", Csv.ore(f.disbursedOre()), "", "", ""));
        rows.add(csv.line("pool", "pipelineOre", Csv.ore(f.pipelineOre()), "", "", f.pipelineCount()));
        rows.add(csv.line("grants", "medianOre", Csv.ore(f.grants().medianOre()), "", "", f.grants().count()));
        f.byCategory().forEach(b -> rows.add(csv.line("category", b.key(), "", Csv.ore(b.committedOre()), Csv.ore(b.disbursedOre()), b.count())));
        f.byMonth().forEach(b -> rows.add(csv.line("month", b.key(), "", Csv.ore(b.committedOre()), Csv.ore(b.disbursedOre()), b.count())));
        f.byCitizenCentre().forEach(b -> rows.add(csv.line("citizenCentre", b.key(), "", Csv.ore(b.committedOre()), Csv.ore(b.disbursedOre()), b.count())));
        return csv.document(rows);
    }

    private String ledgerCsv(Csv csv, String poolId, Object[] header) {
        pools.get(poolId);
        List<String> rows = new ArrayList<>();
        rows.add(csv.line(header));
        pools.ledger(poolId).stream().sorted(Comparator.comparing(LedgerEntry::at)).forEach(e -> rows.add(csv.line(
                e.at(), e.type(), e.applicationId(), Csv.ore(e.amountOre()), e.category(), e.citizenCentre(), e.actor(),
                e.reference(), e.businessKey())));
        return csv.document(rows);
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
