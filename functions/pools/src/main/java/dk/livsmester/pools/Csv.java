package dk.livsmester.pools;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 CSV, with formula-looking cells neutralised so a spreadsheet never runs them. */
final class Csv {
    private Csv() {
    }

    static String row(Object... cells) {
        return java.util.Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String table(List<String> rows) {
        return String.join("", rows);
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = String.valueOf(value);
        if (!(value instanceof Number) && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            s = "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
