package dk.livsmester.domain.application;

import dk.livsmester.domain.Text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/** The rule texts and severities, read from {@code livsmester-rules.properties} (configuration, not code). */
public final class RuleCatalog {
    private final Properties props;

    private RuleCatalog(Properties props) {
        this.props = props;
    }

    public static RuleCatalog load() {
        try (InputStream in = RuleCatalog.class.getResourceAsStream("/livsmester-rules.properties")) {
            if (in == null) {
                throw new IllegalStateException("livsmester-rules.properties is missing from the classpath");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new RuleCatalog(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Finding finding(String code, Map<String, String> params) {
        return new Finding(code, severity(code), text(code, params));
    }

    public Finding advisory(String key, String code) {
        return new Finding(code, Severity.ADVISORY, text(key, Map.of()));
    }

    public Severity severity(String code) {
        return Severity.valueOf(require(code + ".severity"));
    }

    public Text text(String key, Map<String, String> params) {
        return Text.of(fill(require(key + ".da"), params), fill(require(key + ".en"), params));
    }

    private String require(String key) {
        String v = props.getProperty(key);
        if (v == null) {
            throw new IllegalStateException("Rule catalogue has no " + key);
        }
        return v;
    }

    private static String fill(String template, Map<String, String> params) {
        String out = template;
        for (Map.Entry<String, String> e : params.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue());
        }
        return out;
    }
}
