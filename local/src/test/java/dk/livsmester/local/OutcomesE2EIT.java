package dk.livsmester.local;

import com.fasterxml.jackson.databind.JsonNode;
import dk.livsmester.local.Api.Reply;
import dk.livsmester.localaws.CfnTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14's outcomes over HTTP: the demo pool's amount bounds on apply and on decision (400 naming the field and the
 * bound, nothing written), the honest forecast, the finance CSVs for Danish Excel, the evaluation for the management
 * (and refused to others), and the public decisions report without sign-in, its small cells suppressed.
 */
class OutcomesE2EIT {
    static LocalRuntime runtime;
    static URI base;

    @BeforeAll
    static void start() throws Exception {
        Path root = CfnTemplate.locate(Path.of("")).getParent();
        runtime = LocalRuntime.start(new RuntimeSettings(0, Files.createTempDirectory("livsmester-outcomes"), root));
        base = runtime.baseUrl();
    }

    @AfterAll
    static void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    static Reply call(String method, String path, String token, Object body) throws Exception {
        return Api.call(base, method, path, token, body);
    }

    static String token(String role) throws Exception {
        return Api.token(base, role);
    }

    @Test
    void boundsForecastExcelCsvEvaluationAndThePublicReport() throws Exception {
        String contact = token("contact-person");
        String team = token("team");
        String finance = token("finance");
        JsonNode pool = call("GET", "/api/pools/pool-2026", contact, null).body();
        assertEquals(50_000, pool.get("minAmountOre").asLong(), "the demo pool takes the configured bounds");
        assertEquals(10_000_000, pool.get("maxAmountOre").asLong());
        int before = call("GET", "/api/applications?mine=true&limit=100", contact, null).body().get("items").size();

        // 100 DKK and 600,000 DKK: refused naming the field and the bound, in both languages, nothing written.
        Reply tooLittle = call("POST", "/api/applications", contact, LocalRuntimeE2EIT.applicationJson("For lidt", 10_000));
        assertEquals(400, tooLittle.status(), tooLittle.body().toString());
        JsonNode e = tooLittle.body().get("errors").get(0);
        assertEquals("costLines", e.get("field").asText());
        assertEquals("Beløbet skal være mindst 500 kr. i denne pulje.", e.get("da").asText());
        assertEquals("costLines must be at least DKK 500 in this pool.", e.get("en").asText());
        Reply tooMuch = call("POST", "/api/applications", contact, LocalRuntimeE2EIT.applicationJson("For meget", 60_000_000));
        assertEquals(400, tooMuch.status());
        assertEquals("costLines must be at most DKK 100,000 in this pool.", tooMuch.body().get("errors").get(0).get("en").asText());
        assertEquals(before, call("GET", "/api/applications?mine=true&limit=100", contact, null).body().get("items").size());

        // A grant below the pool's minimum: 400 naming grantedOre; the application stays undecided and no money moves.
        String id = call("POST", "/api/applications", contact, LocalRuntimeE2EIT.applicationJson("Sangtimer", 1_200_000))
                .body().get("id").asText();
        Api.await(base, "/api/applications/" + id, team, a -> a.get("status").asText().equals("IN_REVIEW"), 30);
        assertEquals(200, call("POST", "/api/applications/" + id + "/in-person-confirmation", team,
                Map.of("reason", "Bekræftet på mødet")).status());
        Reply small = call("POST", "/api/applications/" + id + "/decision", team,
                Map.of("outcome", "PARTIALLY_APPROVED", "grantedOre", 10_000, "text", "Lidt"));
        assertEquals(400, small.status(), small.body().toString());
        assertEquals("grantedOre", small.body().get("errors").get(0).get("field").asText());
        assertEquals("IN_REVIEW", call("GET", "/api/applications/" + id, team, null).body().get("status").asText());
        assertEquals(50_000_000, call("GET", "/api/pools/pool-2026", finance, null).body().get("availableOre").asLong());
        assertEquals(200, call("POST", "/api/applications/" + id + "/decision", team, Map.of("outcome", "APPROVED")).status());

        // One day of ledger is no pace: the forecast says so and names no month.
        JsonNode forecast = call("GET", "/api/pools/pool-2026/figures", finance, null).body().get("forecast");
        assertTrue(forecast.get("tooLittleData").asBoolean(), forecast.toString());
        assertEquals(1, forecast.get("basisDays").asInt());
        assertFalse(forecast.hasNonNull("runOutMonth"), forecast.toString());

        // The CSVs for Danish Excel beside the machine CSVs.
        HttpResponse<String> excel = Api.send(base, "GET", "/api/pools/pool-2026/figures-excel.csv", finance, null, Map.of());
        assertEquals(200, excel.statusCode());
        assertTrue(excel.body().startsWith("\uFEFFAfsnit;Nøgle;Beløb (kr.);Bevilget (kr.);Udbetalt (kr.);Antal\r\n"), excel.body());
        assertTrue(excel.body().contains("pool;totalOre;500000,00;;;\r\n"), excel.body());
        assertTrue(excel.body().contains("category;ACTIVITIES;;12000,00;0,00;1\r\n"), excel.body());
        HttpResponse<String> ledger = Api.send(base, "GET", "/api/pools/pool-2026/ledger-excel.csv", finance, null, Map.of());
        String entry = ledger.body().split("\r\n")[1];
        assertTrue(entry.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2};COMMIT;" + id + ";12000,00;ACTIVITIES;.*"), entry);
        HttpResponse<String> machine = Api.send(base, "GET", "/api/pools/pool-2026/figures.csv", finance, null, Map.of());
        assertTrue(machine.body().startsWith("section,key,valueOre,committedOre,disbursedOre,count\r\npool,totalOre,50000000,,,\r\n"));
        assertEquals(403, call("GET", "/api/pools/pool-2026/figures-excel.csv", team, null).status());

        // The evaluation: the team, the coordinator and finance read it; citizens and guides do not.
        JsonNode ev = call("GET", "/api/evaluation?poolId=pool-2026", team, null).body();
        assertEquals(1, ev.get("received").asInt(), ev.toString());
        assertEquals(1, ev.get("outcomes").get("approved").asInt());
        assertEquals(1, ev.get("timeToDecision").get("decided").asInt());
        assertEquals(0, ev.get("timeToDecision").get("breaches").asInt());
        assertEquals(19, ev.get("guideCohorts").get(0).get("certified").asInt(), ev.get("guideCohorts").toString());
        assertEquals(200, call("GET", "/api/evaluation", token("coordinator"), null).status());
        assertEquals(200, call("GET", "/api/evaluation", finance, null).status());
        assertEquals(403, call("GET", "/api/evaluation", token("citizen"), null).status());
        assertEquals(403, call("GET", "/api/evaluation", token("guide"), null).status());
        Reply badDate = call("GET", "/api/evaluation?from=1.3.2026", team, null);
        assertEquals(400, badDate.status());
        assertEquals("from", badDate.body().get("errors").get(0).get("field").asText());
        assertEquals(404, call("GET", "/api/evaluation?poolId=no-such-pool", team, null).status());
        assertEquals(0, call("GET", "/api/evaluation?citizenCentre=Borgercenter%20Syd", team, null).body().get("received").asInt());
        HttpResponse<String> evCsv = Api.send(base, "GET", "/api/evaluation.csv", team, null, Map.of());
        assertTrue(evCsv.body().startsWith("metric,key,value\r\nreceived,total,1\r\n"), evCsv.body());

        // The public report: no sign-in, and one decision is a cell about one person, so it is not shown.
        Reply report = call("GET", "/api/public/decisions-report", null, null);
        assertEquals(200, report.status());
        assertEquals(5, report.body().get("minPeople").asInt());
        JsonNode total = report.body().get("total").get("total");
        assertEquals("SMALL", total.get("mark").asText());
        assertFalse(total.hasNonNull("count"));
        HttpResponse<String> reportCsv = Api.send(base, "GET", "/api/public/decisions-report.csv", null, null, Map.of());
        assertEquals(200, reportCsv.statusCode());
        assertTrue(reportCsv.body().contains("categoryOutcome,ACTIVITIES,APPROVED,,SMALL\r\n"), reportCsv.body());
        assertTrue(reportCsv.body().contains("categoryOutcome,TRANSPORT,APPROVED,0,SHOWN\r\n"), reportCsv.body());
    }
}
