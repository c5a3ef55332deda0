package dk.livsmester.pools;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV in two dialects, with formula-looking cells neutralised so a spreadsheet never runs them. {@link #MACHINE}: RFC
 * 4180 (comma, amounts in øre, instants in UTC), for programs. {@link #danishExcel}: what Danish Excel opens as it is
 * (semicolon, a byte order mark so it reads UTF-8, kroner with a decimal comma, local time).
 */
final class Csv {
    static final Csv MACHINE = new Csv(',', null, "");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final char separator;
    private final ZoneId zone;
    private final String start;

    private Csv(char separator, ZoneId zone, String start) {
        this.separator = separator;
        this.zone = zone;
        this.start = start;
    }

    static Csv danishExcel(ZoneId zone) {
        return new Csv(';', zone, "\uFEFF");
    }

    /** An amount of money: øre for programs, kroner ("1234,50") for Danish Excel. */
    record Ore(long ore) {
    }

    static Ore ore(long ore) {
        return new Ore(ore);
    }

    /** The legacy entry points of the machine dialect. */
    static String row(Object... cells) {
        return MACHINE.line(cells);
    }

    static String table(List<String> rows) {
        return String.join("", rows);
    }

    String line(Object... cells) {
        return java.util.Arrays.stream(cells).map(this::cell).collect(Collectors.joining(String.valueOf(separator))) + "\r\n";
    }

    String document(List<String> rows) {
        return start + String.join("", rows);
    }

    String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Ore(long o)) {
            return zone == null ? Long.toString(o) : BigDecimal.valueOf(o, 2).toPlainString().replace('.', ',');
        }
        if (value instanceof Instant at && zone != null) {
            return LOCAL.format(at.atZone(zone));
        }
        if (value instanceof Double d && zone != null) {
            return String.valueOf(d).replace('.', ',');
        }
        String s = String.valueOf(value);
        if (!(value instanceof Number) && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(separator) >= 0 || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
