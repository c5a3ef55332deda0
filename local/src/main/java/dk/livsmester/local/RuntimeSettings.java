package dk.livsmester.local;

import dk.livsmester.localaws.LocalAws;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The local runtime's own settings: PORT (default 8080), DATA_DIR (default .data in the project), LIVSMESTER_LOCAL_AWS
 * (in-process, the default: DynamoDB Local and ElasticMQ; or moto), LIVSMESTER_LOCAL_QUEUES (in-process only:
 * {@code kept}, the default, keeps the queues' messages under DATA_DIR/elasticmq across a stop, a crash and a start;
 * {@code memory} does not) and, for moto mode, LIVSMESTER_LOCAL_PARAMETERS (the template's parameters as
 * {@code sam deploy --parameter-overrides} takes them: {@code Key=Value Key=Value}).
 */
public record RuntimeSettings(int port, Path dataDir, Path projectRoot, LocalAws.Engine aws, Map<String, String> parameters,
                              Queues queues) {
    /** Where ElasticMQ keeps its messages. */
    public enum Queues {
        /** In DATA_DIR/elasticmq: what the runtime started from the command line does (one per JVM). */
        KEPT,
        /** In memory: what runtimes inside a test's JVM do, several of which may run at once. */
        MEMORY;

        static Queues of(String setting) {
            if (setting == null || setting.isBlank() || setting.equalsIgnoreCase("kept")) {
                return KEPT;
            }
            if (setting.equalsIgnoreCase("memory")) {
                return MEMORY;
            }
            throw new IllegalArgumentException("LIVSMESTER_LOCAL_QUEUES is kept (the default) or memory, not " + setting);
        }
    }

    /** MailFrom and AuthDomainPrefix have no default in the template (a deployment must name its own); these are the local ones. */
    static final Map<String, String> DEFAULT_PARAMETERS = Map.of("MailFrom", "breve@livsmester.example",
            "AuthDomainPrefix", "livsmester-local");

    public RuntimeSettings {
        parameters = Map.copyOf(parameters);
    }

    /** In-process engines: what the end-to-end and browser tests start. */
    public RuntimeSettings(int port, Path dataDir, Path projectRoot) {
        this(port, dataDir, projectRoot, LocalAws.Engine.IN_PROCESS, DEFAULT_PARAMETERS, Queues.MEMORY);
    }

    /** An engine and parameters of its own, queues in memory: for runtimes inside a test's JVM. */
    public RuntimeSettings(int port, Path dataDir, Path projectRoot, LocalAws.Engine aws, Map<String, String> parameters) {
        this(port, dataDir, projectRoot, aws, parameters, Queues.MEMORY);
    }

    /** Where ElasticMQ keeps the queues, if on disk. */
    public Path queuesDir() {
        return queues == Queues.KEPT ? dataDir.resolve("elasticmq") : null;
    }

    public static RuntimeSettings fromEnvironment(Path projectRoot) {
        String port = setting("PORT", "8080");
        String dir = setting("DATA_DIR", null);
        Path data = dir == null ? projectRoot.resolve(".data") : Path.of(dir).toAbsolutePath();
        Map<String, String> parameters = new LinkedHashMap<>(DEFAULT_PARAMETERS);
        parameters.putAll(parseParameters(setting("LIVSMESTER_LOCAL_PARAMETERS", "")));
        try {
            return new RuntimeSettings(Integer.parseInt(port), data, projectRoot,
                    LocalAws.Engine.of(setting("LIVSMESTER_LOCAL_AWS", null)), parameters,
                    Queues.of(setting("LIVSMESTER_LOCAL_QUEUES", null)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORT must be a number, not " + port, e);
        }
    }

    static Map<String, String> parseParameters(String overrides) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : overrides.trim().split("\\s+")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("LIVSMESTER_LOCAL_PARAMETERS takes Key=Value pairs, not " + pair);
            }
            out.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return out;
    }

    /** A system property (-DPORT=...) wins over the environment variable of the same name. */
    private static String setting(String name, String fallback) {
        String a = System.getProperty(name);
        if (a != null && !a.isBlank()) {
            return a;
        }
        String b = System.getenv(name);
        if (b != null && !b.isBlank()) {
            return b;
        }
        return fallback;
    }
}
