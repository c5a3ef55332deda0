package dk.livsmester.local.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pages against the contracts of endpoints other work adds (finance figures and forecast, reconciliation, the
 * team's queue, "my applications"): the browser answers those calls with contract-shaped JSON, everything else goes
 * to the real local runtime. So the pages' use of these contracts is tested before the endpoints land here.
 */
class ContractStubsBrowserIT {
    Browser b;

    @BeforeEach
    void open() {
        b = Browser.open();
    }

    @AfterEach
    void close() {
        b.close();
    }

    @Test
    void finance_showsTheForecastTablesAndReconciliationOfTheFiguresContract() {
        b.stubApi(Map.of(
                "GET /api/pools/pool-2026/figures", Map.ofEntries(
                        Map.entry("totalOre", 50_000_000), Map.entry("availableOre", 31_000_000), Map.entry("committedOre", 12_000_000),
                        Map.entry("disbursedOre", 7_000_000), Map.entry("pipelineOre", 4_000_000),
                        Map.entry("byCategory", List.of(Map.of("key", "SERVICE_DOG", "committedOre", 8_500_000, "disbursedOre", 0, "count", 1),
                                Map.of("key", "TRANSPORT", "committedOre", 3_500_000, "disbursedOre", 7_000_000, "count", 6))),
                        Map.entry("byMonth", List.of(Map.of("key", "2026-10", "committedOre", 9_000_000, "disbursedOre", 2_000_000, "count", 4),
                                Map.of("key", "2026-11", "committedOre", 3_000_000, "disbursedOre", 5_000_000, "count", 3))),
                        Map.entry("byCitizenCentre", List.of(Map.of("key", "Borgercenter Vest", "committedOre", 12_000_000, "disbursedOre", 7_000_000, "count", 7))),
                        Map.entry("grants", Map.of("count", 7, "minOre", 160_000, "medianOre", 1_200_000, "maxOre", 8_500_000)),
                        Map.entry("burnDown", List.of(Map.of("date", "2026-01-01", "availableOre", 50_000_000),
                                Map.of("date", "2026-10-15", "availableOre", 39_000_000), Map.of("date", "2026-11-20", "availableOre", 31_000_000))),
                        Map.entry("forecast", Map.of("runOutMonth", "2027-09", "approvalRatio", 0.6, "partialAwardRatio", 0.8, "expectedPipelineOre", 1_920_000))),
                "GET /api/pools/pool-2026/reconciliation", Map.of("poolId", "pool-2026", "at", "2026-11-23T06:00:00Z", "driftOre", 0, "ok", true),
                "POST /api/pools/pool-2026/reconciliation", Map.of("poolId", "pool-2026", "at", "2026-11-23T12:00:00Z", "driftOre", 0, "ok", true)));
        b.signIn("finance-peter");
        b.waitForText(By.id("forecast-text"), "Puljen slipper op omkring september 2027.");
        assertTrue(b.text(By.id("forecast-text")).contains("60 % godkendte"));
        assertTrue(b.text(By.id("by-category")).contains("Servicehund"));
        assertTrue(b.text(By.id("by-month")).contains("oktober 2026"));
        assertTrue(b.text(By.id("by-centre")).contains("Borgercenter Vest"));
        assertTrue(b.text(By.id("grant-stats")).contains("7 bevillinger: mindste 1.600 kr., median 12.000 kr., største 85.000 kr."));
        assertFalse(b.text(By.tagName("main")).contains("Beregnet ud fra posteringerne."), "the API's figures are used, not the ledger");
        assertEquals(2L, b.js("return Chart.getChart(document.getElementById('burn-chart')).data.datasets.length"),
                "the burn-down has the actual line and the dashed forecast");
        assertTrue(b.text(By.id("recon-result")).contains("Puljen stemmer med posteringerne."));
        b.click(By.id("run-recon"));
        b.waitForText(By.tagName("main"), "Afstemningen er kørt.");
        b.axe("finance with the figures contract");
        b.screenshot("finance-contract");
    }

    @Test
    void team_showsTheQueueContractInItsOrder_overdueFirstAndMarkedInWords() {
        b.stubApi(Map.of("GET /api/applications/queue", Map.of("items", List.of(
                Map.of("id", "app-late", "status", "IN_REVIEW", "requestedOre", 450_000, "dueDate", "2026-11-01", "overdue", true,
                        "wish", Map.of("headline", "Svømmehold"), "applicants", List.of(Map.of("name", "Otto Lund")),
                        "findings", List.of(Map.of("code", "R1", "severity", "BLOCKING", "text", "x", "textEn", "x"))),
                Map.of("id", "app-soon", "status", "IN_REVIEW", "requestedOre", 120_000, "dueDate", "2026-12-01", "overdue", false,
                        "wish", Map.of("headline", "Buskort"), "applicants", List.of(Map.of("name", "Asta Møller")), "findings", List.of())))));
        b.signIn("team-lise");
        List<WebElement> rows = b.driver.findElements(By.cssSelector("#queue tbody tr"));
        assertEquals(2, rows.size());
        assertTrue(rows.get(0).getText().contains("Over fristen") && rows.get(0).getText().contains("Svømmehold"), rows.get(0).getText());
        assertTrue(rows.get(0).getText().contains("1 blokerer (R1)"));
        assertFalse(rows.get(1).getText().contains("Over fristen"));
        assertTrue(b.text(By.cssSelector("#queue caption")).contains("2 ansøgninger venter, 1 er over fristen"));
        b.axe("team queue with an overdue application");
        b.screenshot("team-queue-contract");
    }

    @Test
    void citizen_listsTheirApplicationsFromTheMineContract_andAWrongRoleIsSentToSignIn() {
        b.stubApi(Map.of("GET /api/applications?mine=true", Map.of("items", List.of(
                Map.of("id", "app-x", "status", "IN_REVIEW", "dueDate", "2026-12-07", "wish", Map.of("headline", "Sangtimer"))))));
        b.signIn("citizen-sofie");
        b.go("/status.html");
        b.waitForText(By.cssSelector(".app-list"), "Sangtimer: Teamet kigger på den – Du får svar senest 7. december 2026.");
        assertTrue(b.driver.findElements(By.cssSelector("main .form-hint")).isEmpty(), "no 'from this computer' note: the API's list is used");
        b.driver.get(b.base.resolve("/finance.html").toString());
        b.waitUntil("the sign-in page", d -> d.getCurrentUrl().contains("/index.html?next="));
        b.ready();
        assertTrue(b.text(By.tagName("main")).contains("Du har ikke adgang til den side."));
        b.screenshot("wrong-role");
    }
}
