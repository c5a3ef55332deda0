package dk.livsmester.domain;

import dk.livsmester.domain.budget.FinanceFigures;
import dk.livsmester.domain.budget.LedgerEntry;
import dk.livsmester.domain.budget.LedgerEntryType;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.domain.budget.Reconciliation;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FinanceFiguresTest {
    static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

    static LedgerEntry e(LedgerEntryType t, String app, long dkk, String day, String category) {
        return new LedgerEntry("p", t + "#" + app + day, t, app, Money.dkk(dkk), category, "Vest",
                "finance", Instant.parse(day + "T10:00:00Z"), null);
    }

    final Pool pool = new Pool("p", "P", "U", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31),
            Money.dkk(500_000), Money.dkk(400_000), Money.dkk(80_000), Money.dkk(20_000), 5);
    final List<LedgerEntry> ledger = List.of(
            e(LedgerEntryType.COMMIT, "a", 50_000, "2026-09-10", "TRANSPORT"),
            e(LedgerEntryType.COMMIT, "b", 60_000, "2026-10-02", "SERVICE_DOG"),
            e(LedgerEntryType.RELEASE, "b", 10_000, "2026-10-20", "SERVICE_DOG"),
            e(LedgerEntryType.DISBURSE, "a", 20_000, "2026-11-01", "TRANSPORT"));

    @Test
    void breakdownsAreNetOfReleases_andAddUpToThePool() {
        FinanceFigures f = FinanceFigures.of(pool, ledger, List.of(), List.of(), LocalDate.of(2026, 11, 23), CPH);
        assertEquals(Money.dkk(80_000), f.byCategory().stream().mapToLong(FinanceFigures.Breakdown::committedOre).sum());
        assertEquals(Money.dkk(20_000), f.byCategory().stream().mapToLong(FinanceFigures.Breakdown::disbursedOre).sum());
        assertEquals(List.of("2026-09", "2026-10", "2026-11"), f.byMonth().stream().map(FinanceFigures.Breakdown::key).toList());
        assertEquals(2, f.grants().count());
        assertEquals(Money.dkk(50_000), f.grants().medianOre());
        assertEquals(Money.dkk(400_000), f.burnDown().get(f.burnDown().size() - 1).availableOre());
        assertEquals(Money.dkk(500_000), f.burnDown().get(0).availableOre());
    }

    @Test
    void forecast_runsOutWhenTheMonthlyPaceMeetsWhatIsLeft() {
        FinanceFigures f = FinanceFigures.of(pool, ledger, List.of(), List.of(), LocalDate.of(2026, 11, 23), CPH);
        // 100,000 DKK net over three months (Sep–Nov): 33,333.33 DKK a month (rounded down to the øre), so the
        // 400,000 DKK left last just over 12 months counted from November 2026: the 13th month, November 2027.
        assertEquals(Money.dkk(100_000) / 3, f.forecast().monthlyCommitmentOre());
        assertEquals("2027-11", f.forecast().runOutMonth());
        assertFalse(f.forecast().pipelineExceedsAvailable());
        FinanceFigures empty = FinanceFigures.of(Pool.open("q", "Q", "U", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
                Money.dkk(500_000)), List.of(), List.of(), List.of(), LocalDate.of(2026, 11, 23), CPH);
        assertNull(empty.forecast().runOutMonth());
    }

    @Test
    void forecast_saysHowMuchDataItRestsOn_andOneDayIsTooLittle() {
        FinanceFigures f = FinanceFigures.of(pool, ledger, List.of(), List.of(), LocalDate.of(2026, 11, 23), CPH);
        // 10 September to 23 November, both included.
        assertEquals(75, f.forecast().basisDays());
        assertEquals(3, f.forecast().basisMonths());
        assertFalse(f.forecast().tooLittleData());
        assertEquals("2027-12", f.forecast().windowEndMonth());
        // One grant of 60,000 DKK yesterday: a "pace" of 60,000 DKK a month would run out in seven months; too little data.
        FinanceFigures oneDay = FinanceFigures.of(pool, List.of(e(LedgerEntryType.COMMIT, "c", 60_000, "2026-11-22", "TRANSPORT")),
                List.of(), List.of(), LocalDate.of(2026, 11, 23), CPH);
        assertEquals(2, oneDay.forecast().basisDays());
        assertTrue(oneDay.forecast().tooLittleData());
        assertNull(oneDay.forecast().runOutMonth());
        assertNull(oneDay.forecast().leftAtWindowEndOre());
    }

    @Test
    void forecast_neverRunsPastThePoolsWindow_andSaysWhatIsLeftAtItsEnd() {
        // 400,000 DKK left at 33,333 DKK a month would last into November 2027; this pool ends in June 2027.
        Pool shortPool = new Pool("p", "P", "U", LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 30),
                Money.dkk(500_000), Money.dkk(400_000), Money.dkk(80_000), Money.dkk(20_000), 5);
        FinanceFigures f = FinanceFigures.of(shortPool, ledger, List.of(), List.of(), LocalDate.of(2026, 11, 23), CPH);
        assertNull(f.forecast().runOutMonth());
        assertEquals("2027-06", f.forecast().windowEndMonth());
        // November 2026 to June 2027 is eight months of the pace.
        assertEquals(Money.dkk(400_000) - 8 * (Money.dkk(100_000) / 3), f.forecast().leftAtWindowEndOre());
        // Within the window the month is said, and nothing is left at its end.
        FinanceFigures inside = FinanceFigures.of(pool, ledger, List.of(), List.of(), LocalDate.of(2026, 11, 23), CPH);
        assertEquals("2027-11", inside.forecast().runOutMonth());
        assertEquals(0L, inside.forecast().leftAtWindowEndOre());
    }

    @Test
    void reconciliation_findsDriftWhenTheStoredFiguresDoNotFollowTheLedger() {
        assertTrue(Reconciliation.of(pool, ledger, Instant.now()).ok());
        Pool tampered = new Pool("p", "P", "U", null, null, Money.dkk(500_000), Money.dkk(401_000), Money.dkk(79_000),
                Money.dkk(20_000), 6);
        Reconciliation r = Reconciliation.of(tampered, ledger, Instant.now());
        assertFalse(r.ok());
        assertEquals(Money.dkk(2_000), r.driftOre());
    }
}
