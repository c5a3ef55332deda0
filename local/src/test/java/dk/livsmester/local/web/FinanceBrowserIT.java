package dk.livsmester.local.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finance: the pool as one bar, the burn-down, the tables, reconciliation and CSV. The figures, CSV and
 * reconciliation endpoints are added by another part of the system: the test checks the page against whichever the
 * API has, so it keeps testing the real thing once they land.
 */
class FinanceBrowserIT {
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
    void thePoolAtAGlance_burnDown_tables_reconciliationAndCsv() throws Exception {
        String app = Browser.submittedApplication("Karla Toft", "En elcykel til arbejde", "TRANSPORT", 1_200_000);
        String team = Browser.token("team-karim");
        Browser.call("POST", "/api/applications/" + app + "/decision", team, Map.of("outcome", "APPROVED"));
        Browser.submittedApplication("Theo Munk", "Et højskoleophold", "EDUCATION", 2_500_000);
        String finance = Browser.token("finance-peter");
        long available = Browser.call("GET", "/api/pools/pool-2026", finance, null).get("availableOre").asLong();
        boolean figures = Browser.apiHas("/api/pools/pool-2026/figures", finance);
        boolean reconciliation = Browser.apiHas("/api/pools/pool-2026/reconciliation", finance);

        b.signIn("finance-peter");
        b.waitForText(By.id("pool-figures"), "500.000 kr.");
        assertEquals(dkk(available), b.text(By.cssSelector("[data-figure='availableOre']")));
        assertTrue(!b.text(By.cssSelector("[data-figure='pipelineOre']")).equals("0 kr."), "the pipeline holds the waiting application");
        assertTrue((Boolean) b.js("return !!window.Chart && Chart.getChart(document.getElementById('pool-bar')).data.datasets.length === 4"),
                "the pool is one stacked bar of four parts, drawn by Chart.js");
        assertTrue((Boolean) b.js("return Chart.getChart(document.getElementById('burn-chart')).data.datasets[0].data.length >= 2"),
                "the burn-down has points");
        assertTrue(b.text(By.id("by-category")).contains("Transport"), "the table by category lists the grant");
        assertTrue(b.text(By.id("by-centre")).contains("Borgercenter Syd"));
        if (figures) {
            assertTrue(b.byId("forecast-text").getText().length() > 0, "the forecast from the API is shown");
        } else {
            assertTrue(b.text(By.tagName("main")).contains("Beregnet ud fra posteringerne."), "figures from the ledger are labelled");
            assertTrue(b.text(By.cssSelector("section[aria-labelledby='burn']")).contains("Den del er ikke klar endnu"),
                    "the forecast says it is not available yet");
        }
        if (reconciliation) {
            b.click(By.id("run-recon"));
            b.waitForText(By.tagName("main"), "Afstemningen er kørt.");
        } else {
            assertTrue(b.text(By.cssSelector("section[aria-labelledby='recon']")).contains("Den del er ikke klar endnu"));
        }
        b.axe("finance dashboard");
        b.fullPageScreenshot("readme-finance-dashboard", 1280);

        Path csv = Browser.DOWNLOADS.resolve("pool-2026-ledger.csv");
        Files.deleteIfExists(csv);
        b.click(By.id("csv-ledger"));
        b.waitForText(By.id("export-note"), "Filen er hentet.");
        b.waitUntil("the CSV download", d -> Files.isRegularFile(csv));
        String content = Files.readString(csv);
        assertTrue(content.contains(app), "the ledger CSV has the grant: " + content);

        b.click(By.id("switch-language"));
        b.waitForText(By.tagName("h1"), "The pool");
        assertEquals("en", b.js("return document.documentElement.lang"));
        b.axe("finance dashboard in English");
        b.screenshot("finance-english");
    }

    private static String dkk(long ore) {
        return String.format(java.util.Locale.forLanguageTag("da-DK"), "%,d kr.", ore / 100);
    }
}
