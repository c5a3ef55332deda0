package dk.livsmester.localaws;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * moto (the AWS emulator LocalStack's services grew out of) as a child process: {@code moto_server} on a free loopback
 * port, its output in a log file, stopped with this object. An independent model of AWS next to DynamoDB Local and
 * ElasticMQ: where the project's own model shares a mistake with the code, moto may not.
 */
public final class MotoServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MotoServer.class);
    /** The version .ci/run installs and the differences in docs/architecture.md were found with. */
    public static final String INSTALL_HINT = "moto_server is needed for moto mode: python3 -m pip install "
            + "'moto[server]==5.2.1' (.ci/run installs it), or set MOTO_SERVER to its path";
    static final Duration START_TIMEOUT = Duration.ofSeconds(40);

    private final Process process;
    private final int port;
    private final Path log;

    private MotoServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts {@code moto_server} (or the program {@code MOTO_SERVER} names) and waits until it answers. */
    public static MotoServer start(Path logDir) {
        String program = System.getenv("MOTO_SERVER");
        return start(program == null || program.isBlank() ? "moto_server" : program, logDir);
    }

    static MotoServer start(String program, Path logDir) {
        int port = Ports.free();
        Path log;
        Process process;
        try {
            Files.createDirectories(logDir);
            log = logDir.resolve("moto_server.log");
            process = new ProcessBuilder(List.of(program, "-H", "127.0.0.1", "-p", String.valueOf(port)))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException(INSTALL_HINT + " (" + e.getMessage() + ")", e);
        }
        MotoServer server = new MotoServer(process, port, log);
        try {
            server.awaitAnswer();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        LOG.info("moto_server started port={} pid={} log={}", port, process.pid(), log);
        return server;
    }

    private void awaitAnswer() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long until = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException(INSTALL_HINT + ". It exited with " + process.exitValue() + ": " + logTail());
            }
            try {
                try {
                    // Any HTTP answer means it is up; the reset endpoint answers a GET with 400 and changes nothing.
                    http.send(HttpRequest.newBuilder(endpoint().resolve("/moto-api/reset")).timeout(Duration.ofSeconds(2))
                            .GET().build(), HttpResponse.BodyHandlers.discarding());
                    return;
                } catch (IOException notYet) {
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for moto_server", e);
            }
        }
        throw new IllegalStateException("moto_server did not answer on port " + port + " within " + START_TIMEOUT
                .toSeconds() + " s: " + logTail());
    }

    private String logTail() {
        try {
            String text = Files.readString(log, StandardCharsets.UTF_8).strip();
            return text.length() > 1500 ? "…" + text.substring(text.length() - 1500) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public Path log() {
        return log;
    }

    /** Stops the process this object started (and any child it forked), politely first. */
    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("moto_server stopped port={}", port);
    }
}
