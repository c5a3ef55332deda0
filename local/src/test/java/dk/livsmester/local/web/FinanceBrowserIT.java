package dk.livsmester.local.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finance: the pool as one bar, the burn-down with the forecast, the tables, reconciliation and CSV, each figure as
 * the API computes it (the page's words are checked against the API's own answer).
 */
class FinanceBrowserIT extends BrowserTest {
    static final Locale DANISH = Locale.forLanguageTag("da-DK");

    @Test
    void thePoolAtAGlance_burnDown_forecast_tables_reconciliationAndCsv() throws Exception {
        String app = Browser.submittedApplication("Karla Toft", "En elcykel til arbejde", "TRANSPORT", 1_200_000);
        String team = Browser.token("team-karim");
        Browser.call("POST", "/api/applications/" + app + "/decision", team, Map.of("outcome", "APPROVED"));
        Browser.submittedApplication("Theo Munk", "Et højskoleophold", "EDUCATION", 2_500_000);
        String finance = Browser.token("finance-peter");
        long available = Browser.call("GET", "/api/pools/pool-2026", finance, null).get("availableOre").asLong();
        JsonNode figures = Browser.call("GET", "/api/pools/pool-2026/figures", finance, null);
        JsonNode forecast = figures.get("forecast");
        JsonNode grants = figures.get("grants");

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
        String thisMonth = DateTimeFormatter.ofPattern("MMMM yyyy", DANISH).format(LocalDate.now(ZoneId.of("Europe/Copenhagen")));
        assertTrue(b.text(By.id("by-month")).contains(thisMonth), "the grant is in this month's row: " + b.text(By.id("by-month")));
        assertEquals(grants.get("count").asInt() + " bevillinger: mindste " + dkk(grants.get("minOre").asLong()) + ", median "
                + dkk(grants.get("medianOre").asLong()) + ", største " + dkk(grants.get("maxOre").asLong()), b.text(By.id("grant-stats")));

        // The forecast is the API's: the month the money runs out (with the dashed line to it), and what it is based on.
        String forecastText = b.text(By.id("forecast-text"));
        if (forecast.hasNonNull("runOutMonth")) {
            String month = DateTimeFormatter.ofPattern("MMMM yyyy", DANISH).format(YearMonth.parse(forecast.get("runOutMonth").asText()));
            assertTrue(forecastText.startsWith("Puljen slipper op omkring " + month + "."), forecastText);
        } else if (forecast.get("tooLittleData").asBoolean()) {
            // A day or two of ledger is no pace: the page says so instead of a month.
            assertTrue(forecastText.startsWith("For lidt data til at sige, hvornår puljen slipper op: posteringerne dækker kun "
                    + forecast.get("basisDays").asInt() + " dage"), forecastText);
        } else {
            assertTrue(forecastText.startsWith("Puljen slipper ikke op med det nuværende tempo."), forecastText);
        }
        assertTrue(forecastText.contains("Beregnet ud fra " + Math.round(forecast.get("approvalRatio").asDouble() * 100) + " % godkendte"),
                forecastText);
        assertEquals(forecast.hasNonNull("runOutMonth") ? 2L : 1L,
                b.js("return Chart.getChart(document.getElementById('burn-chart')).data.datasets.length"),
                "the burn-down has the actual line, and the dashed forecast when the money runs out");

        // Reconciliation: none has run in this runtime yet (the daily one runs a day after the start); finance runs one.
        assertEquals("Der er ikke afstemt endnu.", b.text(By.cssSelector("section[aria-labelledby='recon'] p")));
        b.click(By.id("run-recon"));
        b.waitForText(By.tagName("main"), "Afstemningen er kørt.");
        assertTrue(b.text(By.id("recon-result")).startsWith("Puljen stemmer med posteringerne."), b.text(By.id("recon-result")));
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
        assertTrue(b.text(By.tagName("main")).contains("The reconciliation has run."), "its message follows the language");
        assertFalse(b.text(By.tagName("main")).contains("Afstemningen er kørt."));
        b.axe("finance dashboard in English");
        b.screenshot("finance-english");
    }

    /** Kroner as the pages write them: "12.000 kr.", "7.500,50 kr.". */
    private static String dkk(long ore) {
        return ore % 100 == 0 ? String.format(DANISH, "%,d kr.", ore / 100) : String.format(DANISH, "%,.2f kr.", ore / 100.0);
    }
}
