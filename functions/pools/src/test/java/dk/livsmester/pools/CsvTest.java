package dk.livsmester.pools;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvTest {
    final Csv excel = Csv.danishExcel(ZoneId.of("Europe/Copenhagen"));

    @Test
    void danishExcel_semicolons_kronerWithADecimalComma_localTime_andABom() {
        String doc = excel.document(List.of(excel.line("Beløb (kr.)", "Tidspunkt"),
                excel.line(Csv.ore(123_450), Instant.parse("2026-07-01T10:15:00Z")),
                excel.line(Csv.ore(-5), Instant.parse("2026-01-15T23:30:00Z"))));
        assertTrue(doc.startsWith("\uFEFF"));
        // Summer time is UTC+2, winter time UTC+1; a negative amount stays a number (no formula guard).
        assertEquals("\uFEFFBeløb (kr.);Tidspunkt\r\n1234,50;2026-07-01 12:15:00\r\n-0,05;2026-01-16 00:30:00\r\n", doc);
    }

    @Test
    void danishExcel_quotesCellsWithASemicolon_andGuardsFormulas() {
        assertEquals("\"a;b\";'=SUM(A1);a,b\r\n", excel.line("a;b", "=SUM(A1)", "a,b"));
    }

    @Test
    void theMachineDialectStaysAsItWas() {
        assertEquals("12345,2026-07-01T10:15:00Z,\"a,b\",'-\r\n",
                Csv.row(Csv.ore(12_345), Instant.parse("2026-07-01T10:15:00Z"), "a,b", "-"));
    }
}
