package dk.livsmester.domain.budget;

import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.DecisionOutcome;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What finance sees of a pool, computed from its ledger and applications: breakdowns by category, month and citizen
 * centre, grant sizes, a burn-down of the available money, and a forecast of the month it runs out.
 */
public record FinanceFigures(String poolId, long totalOre, long availableOre, long committedOre, long disbursedOre,
                             long pipelineOre, int pipelineCount, List<Breakdown> byCategory, List<Breakdown> byMonth,
                             List<Breakdown> byCitizenCentre, GrantStats grants, List<BurnPoint> burnDown,
                             Forecast forecast) {

    /** Net committed (commitments less releases), net disbursed (less returns) and the number of grants. */
    public record Breakdown(String key, long committedOre, long disbursedOre, int count) {
    }

    public record GrantStats(int count, long minOre, long medianOre, long maxOre, long totalOre) {
    }

    public record BurnPoint(LocalDate date, long availableOre) {
    }

    /**
     * {@code expectedPipelineOre} = pipeline × approval ratio × partial-award ratio; {@code runOutMonth} is the first
     * month in which the available money, less that, runs out at the average monthly net commitment, never later than
     * the pool's last month (null: the money lasts the pool's window, or there is too little data to say).
     * {@code basisDays}/{@code basisMonths}: the days and calendar months of ledger history the pace rests on;
     * {@code tooLittleData}: fewer than {@link #MIN_BASIS_DAYS} days, so no month is forecast (unless the pipeline
     * alone takes what is left). {@code leftAtWindowEndOre}: what the pace leaves at the end of the pool's window (null
     * with too little data or no window).
     */
    public record Forecast(double approvalRatio, double partialAwardRatio, long expectedPipelineOre,
                           long monthlyCommitmentOre, String runOutMonth, boolean pipelineExceedsAvailable,
                           int basisDays, int basisMonths, boolean tooLittleData, String windowEndMonth,
                           Long leftAtWindowEndOre) {
    }

    /** A pace measured over less than this many days is not a pace: the forecast says so instead of extrapolating. */
    public static final int MIN_BASIS_DAYS = 28;

    /** @param zone the municipality's time zone: which day and month an entry falls in */
    public static FinanceFigures of(Pool pool, List<LedgerEntry> ledger, List<Application> pipeline,
                                    List<Application> decided, LocalDate today, ZoneId zone) {
        List<LedgerEntry> entries = new ArrayList<>(ledger);
        entries.sort(Comparator.comparing(LedgerEntry::at));
        long pipelineOre = pipeline.stream().mapToLong(Application::requestedOre).sum();
        return new FinanceFigures(pool.id(), pool.totalOre(), pool.availableOre(), pool.committedOre(),
                pool.disbursedOre(), pipelineOre, pipeline.size(),
                breakdown(entries, e -> e.category() == null ? "OTHER" : e.category()),
                breakdown(entries, e -> YearMonth.from(e.at().atZone(zone)).toString()),
                breakdown(entries, e -> e.citizenCentre() == null ? "-" : e.citizenCentre()),
                grants(entries), burnDown(pool, entries, zone), forecast(pool, entries, pipelineOre, decided, today, zone));
    }

    static List<Breakdown> breakdown(List<LedgerEntry> entries, Function<LedgerEntry, String> key) {
        Map<String, long[]> sums = new TreeMap<>();
        for (LedgerEntry e : entries) {
            long[] s = sums.computeIfAbsent(key.apply(e), k -> new long[3]);
            switch (e.type()) {
                case COMMIT -> {
                    s[0] += e.amountOre();
                    s[2]++;
                }
                case RELEASE -> s[0] -= e.amountOre();
                case DISBURSE -> {
                    s[0] -= e.amountOre();
                    s[1] += e.amountOre();
                }
                case RETURN -> s[1] -= e.amountOre();
            }
        }
        List<Breakdown> out = new ArrayList<>();
        sums.forEach((k, s) -> out.add(new Breakdown(k, s[0], s[1], (int) s[2])));
        return out;
    }

    /** Net granted per application (commitment less releases), over the applications that were granted something. */
    static GrantStats grants(List<LedgerEntry> entries) {
        Map<String, Long> net = new HashMap<>();
        for (LedgerEntry e : entries) {
            if (e.type() == LedgerEntryType.COMMIT) {
                net.merge(e.applicationId(), e.amountOre(), Long::sum);
            } else if (e.type() == LedgerEntryType.RELEASE) {
                net.merge(e.applicationId(), -e.amountOre(), Long::sum);
            }
        }
        List<Long> sizes = net.values().stream().filter(v -> v > 0).sorted().toList();
        if (sizes.isEmpty()) {
            return new GrantStats(0, 0, 0, 0, 0);
        }
        int n = sizes.size();
        long median = n % 2 == 1 ? sizes.get(n / 2) : (sizes.get(n / 2 - 1) + sizes.get(n / 2)) / 2;
        return new GrantStats(n, sizes.get(0), median, sizes.get(n - 1), sizes.stream().mapToLong(Long::longValue).sum());
    }

    /** The available money at the end of each day with a ledger entry, starting from the full pool. */
    static List<BurnPoint> burnDown(Pool pool, List<LedgerEntry> entries, ZoneId zone) {
        TreeMap<LocalDate, Long> byDay = new TreeMap<>();
        long available = pool.totalOre();
        if (entries.isEmpty()) {
            return List.of();
        }
        byDay.put(entries.get(0).at().atZone(zone).toLocalDate().minusDays(1), available);
        for (LedgerEntry e : entries) {
            if (e.type() == LedgerEntryType.COMMIT) {
                available -= e.amountOre();
            } else if (e.type() == LedgerEntryType.RELEASE || e.type() == LedgerEntryType.RETURN) {
                available += e.amountOre();
            }
            byDay.put(e.at().atZone(zone).toLocalDate(), available);
        }
        List<BurnPoint> out = new ArrayList<>();
        byDay.forEach((d, a) -> out.add(new BurnPoint(d, a)));
        return out;
    }

    static Forecast forecast(Pool pool, List<LedgerEntry> entries, long pipelineOre, List<Application> decided,
                             LocalDate today, ZoneId zone) {
        long granted = decided.stream().filter(a -> a.decision() != null && a.decision().outcome().grantsMoney()).count();
        long rejected = decided.stream().filter(a -> a.decision() != null && a.decision().outcome() == DecisionOutcome.REJECTED).count();
        double approvalRatio = granted + rejected == 0 ? 1.0 : (double) granted / (granted + rejected);
        long grantedSum = 0;
        long requestedSum = 0;
        for (Application a : decided) {
            if (a.decision() != null && a.decision().outcome().grantsMoney()) {
                grantedSum += a.decision().grantedOre();
                requestedSum += a.requestedOre();
            }
        }
        double partialRatio = requestedSum == 0 ? 1.0 : (double) grantedSum / requestedSum;
        long expected = Math.round(pipelineOre * approvalRatio * partialRatio);
        long netCommitted = 0;
        LocalDate first = null;
        for (LedgerEntry e : entries) {
            if (e.type() == LedgerEntryType.COMMIT) {
                netCommitted += e.amountOre();
            } else if (e.type() == LedgerEntryType.RELEASE || e.type() == LedgerEntryType.RETURN) {
                netCommitted -= e.amountOre();
            }
            if (first == null) {
                first = e.at().atZone(zone).toLocalDate();
            }
        }
        long monthly = 0;
        int basisDays = 0;
        int basisMonths = 0;
        long left = pool.availableOre() - expected;
        if (first != null) {
            basisDays = (int) Math.max(1, ChronoUnit.DAYS.between(first, today) + 1);
            basisMonths = (int) Math.max(1, ChronoUnit.MONTHS.between(YearMonth.from(first), YearMonth.from(today)) + 1);
            monthly = Math.max(0, netCommitted / basisMonths);
        }
        boolean tooLittle = basisDays < MIN_BASIS_DAYS;
        YearMonth now = YearMonth.from(today);
        YearMonth last = pool.windowTo() == null ? now.plusMonths(59) : YearMonth.from(pool.windowTo());
        String runOut = null;
        if (left <= 0) {
            runOut = now.toString();
        } else if (!tooLittle && monthly > 0) {
            YearMonth month = now.plusMonths((left + monthly - 1) / monthly - 1);
            runOut = month.isAfter(last) ? null : month.toString();
        }
        Long leftAtEnd = null;
        if (!tooLittle && pool.windowTo() != null) {
            long monthsToEnd = Math.max(0, ChronoUnit.MONTHS.between(now, last) + 1);
            leftAtEnd = Math.max(0, left - monthly * monthsToEnd);
        }
        return new Forecast(approvalRatio, partialRatio, expected, monthly, runOut, expected > pool.availableOre(),
                basisDays, basisMonths, tooLittle, pool.windowTo() == null ? null : last.toString(), leftAtEnd);
    }
}
