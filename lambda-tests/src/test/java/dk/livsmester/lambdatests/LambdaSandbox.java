package dk.livsmester.lambdatests;

import dk.livsmester.localaws.CfnTemplate.FunctionSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * One function's execution environment as Lambda's java25 runtime makes it: the deployable jar unpacked into a task
 * folder (Lambda unpacks the code into /var/task, the Runtime Interface Client loads classes from there and its
 * {@code lib/}), a fresh JVM started in that folder with {@code AWSLambda <handler>} on the runtime's own class path,
 * the environment given exactly ({@link #environment}: nothing inherited from this JVM), and the Runtime API at
 * {@code AWS_LAMBDA_RUNTIME_API}. What is not Lambda: no sandbox or microVM, no snapshot (restore/next answers in the
 * same process), memory only as the JVM's view of the machine ({@code -XX:MaxRAM}), and the local JDK, not Corretto.
 */
final class LambdaSandbox implements AutoCloseable {
    static final String MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    static final String JNI_PROPERTY = "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";
    /** The template's Architectures: x86_64, glibc (Amazon Linux 2023). */
    static final String JNI_LIBRARY = "jni/libaws-lambda-jni.linux-x86_64.so";

    /** The AOT cache's name in the task root, as template.yaml's JAVA_TOOL_OPTIONS names it. */
    static final String AOT_CACHE = "function.aot";
    /** -Dlambda.aot.training=true: every JVM records its AOT cache at exit (local/bench/aot-cache.sh). */
    static final boolean AOT_TRAINING = Boolean.getBoolean("lambda.aot.training");

    /** The three parts of the environment, kept apart so that a test can see each is what it should be. */
    record Environment(Map<String, String> template, Map<String, String> localOverrides, Map<String, String> reserved) {
        Map<String, String> all() {
            Map<String, String> env = new LinkedHashMap<>(template);
            env.putAll(localOverrides);
            env.putAll(reserved);
            return env;
        }
    }

    /** How long each step took, measured as Lambda measures its init phase (process start to ready for work). */
    record Timing(long initMs, long restoreMs, long firstInvokeMs) {
    }

    private final FunctionSpec function;
    private final Environment environment;
    private final RuntimeApiEmulator api;
    private final Path log;
    private final Process process;
    private final long startNanos;
    private long readyNanos;
    private volatile long firstInvokeMs = -1;

    private LambdaSandbox(FunctionSpec function, Environment environment, RuntimeApiEmulator api, Path log, Process process,
                          long startNanos) {
        this.function = function;
        this.environment = environment;
        this.api = api;
        this.log = log;
        this.process = process;
        this.startNanos = startNanos;
    }

    /**
     * Lambda's own variables for this function (the reserved ones and those the java runtime always sets), for a
     * runtime API at {@code runtimeApi} and code in {@code taskRoot}. Names and values as on Lambda, except the
     * function's name (the logical id, as the local tables and queues are named) and the local credentials.
     */
    static Map<String, String> reservedVariables(FunctionSpec f, String region, String runtimeApi, Path taskRoot, Path runtimeDir) {
        String version = f.snapStart() ? "1" : "$LATEST";
        Map<String, String> env = new LinkedHashMap<>();
        env.put("_HANDLER", f.handler());
        env.put("AWS_REGION", region);
        env.put("AWS_DEFAULT_REGION", region);
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_" + f.runtime());
        env.put("AWS_LAMBDA_FUNCTION_NAME", f.logicalId());
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", String.valueOf(f.memorySize()));
        env.put("AWS_LAMBDA_FUNCTION_VERSION", version);
        // SnapStart on published versions, invoked through the alias: Lambda initialises such a version as snap-start.
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", f.snapStart() ? "snap-start" : "on-demand");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + f.logicalId());
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", LocalDate.now().toString().replace('-', '/') + "/[" + version + "]"
                + UUID.randomUUID().toString().replace("-", ""));
        // The execution role's credentials in AWS; the local engines accept any.
        env.put("AWS_ACCESS_KEY_ID", "local");
        env.put("AWS_SECRET_ACCESS_KEY", "local");
        env.put("AWS_SESSION_TOKEN", "local");
        env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        env.put("LAMBDA_TASK_ROOT", taskRoot.toString());
        env.put("LAMBDA_RUNTIME_DIR", runtimeDir.toString());
        env.put("LANG", "en_US.UTF-8");
        env.put("TZ", ":UTC");
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("LD_LIBRARY_PATH", taskRoot + ":" + taskRoot.resolve("lib"));
        return env;
    }

    /**
     * Starts the function's JVM and returns at once; {@link #awaitReady} waits for its init. {@code environment}
     * without the reserved part: that needs the Runtime API's address, known only here.
     */
    static LambdaSandbox start(FunctionSpec f, Path taskRoot, Path runtimeDir, Path logDir,
                               Map<String, String> template, Map<String, String> overrides, String region) throws IOException {
        RuntimeApiEmulator api = new RuntimeApiEmulator("arn:aws:lambda:" + region + ":000000000000:function:"
                + f.logicalId() + (f.snapStart() ? ":live" : ""), f.timeoutSeconds());
        Environment env = new Environment(template, overrides, reservedVariables(f, region, api.address(), taskRoot, runtimeDir));
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The JVM sees the function's memory as the machine's, as in Lambda's microVM; the serial collector is
        // documented as the Java runtimes' default. Tiered compilation stays the JVM's default: on java25 Lambda
        // stops it at C1 only for functions without SnapStart or provisioned concurrency, and these all have SnapStart.
        cmd.add("-XX:MaxRAM=" + f.memorySize() + "m");
        cmd.add("-XX:+UseSerialGC");
        // As Lambda's java runtimes start the JVM: org.crac's hooks (SnapStart priming) reach the RIC's own CRaC context.
        cmd.add("-Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac");
        // Each Lambda environment has its own /tmp; here they share one, and the RIC unpacks its native client to
        // the fixed /tmp/.libaws-lambda-jni.so (two JVMs starting at once crashed each other). So: the library
        // unpacked once ahead (the RIC's own property for that), and a /tmp of the environment's own for Java code.
        cmd.add("-D" + JNI_PROPERTY + "=" + nativeClient(runtimeDir));
        Path tmp = logDir.resolveSibling("tmp").resolve(f.logicalId());
        Files.createDirectories(tmp);
        cmd.add("-Djava.io.tmpdir=" + tmp);
        cmd.add("-classpath");
        cmd.add(runtimeClassPath(runtimeDir));
        cmd.add(MAIN);
        cmd.add(f.handler());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(taskRoot.toFile()).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(env.all());
        if (AOT_TRAINING) {
            // A training run (local/bench/aot-cache.sh): the JVM writes the function's AOT cache where the template's
            // JAVA_TOOL_OPTIONS reads it, the task root (Lambda's working directory, /var/task).
            pb.environment().put("JAVA_TOOL_OPTIONS", "-XX:AOTCacheOutput=" + AOT_CACHE);
        }
        Files.createDirectories(logDir);
        Path log = logDir.resolve(f.logicalId() + ".log");
        pb.redirectOutput(log.toFile());
        long t0 = System.nanoTime();
        Process p = pb.start();
        return new LambdaSandbox(f, env, api, log, p, t0);
    }

    /** The runtime's own jars (Lambda's /var/runtime/lib): the RIC, its serialization library and utils-lite, core. */
    static String runtimeClassPath(Path runtimeDir) {
        try (Stream<Path> jars = Files.list(runtimeDir)) {
            List<String> cp = jars.filter(j -> j.toString().endsWith(".jar")).sorted().map(Path::toString).toList();
            if (cp.stream().noneMatch(j -> j.contains("aws-lambda-java-runtime-interface-client"))) {
                throw new IllegalStateException("No Runtime Interface Client in " + runtimeDir + " (the build copies it there)");
            }
            return String.join(java.io.File.pathSeparator, cp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The RIC's native Runtime API client, unpacked from its jar once (next to the runtime's jars). */
    static synchronized Path nativeClient(Path runtimeDir) throws IOException {
        Path lib = runtimeDir.resolve("native").resolve(Path.of(JNI_LIBRARY).getFileName());
        if (Files.isRegularFile(lib)) {
            return lib;
        }
        Path ric;
        try (Stream<Path> jars = Files.list(runtimeDir)) {
            ric = jars.filter(j -> j.getFileName().toString().startsWith("aws-lambda-java-runtime-interface-client")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No Runtime Interface Client in " + runtimeDir));
        }
        Files.createDirectories(lib.getParent());
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(ric.toFile())) {
            ZipEntry e = zip.getEntry(JNI_LIBRARY);
            if (e == null) {
                throw new IllegalStateException(ric + " has no " + JNI_LIBRARY);
            }
            Path part = lib.resolveSibling(lib.getFileName() + ".part");
            Files.copy(zip.getInputStream(e), part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, lib, StandardCopyOption.ATOMIC_MOVE);
        }
        return lib;
    }

    /** Unpacks a deployable jar as Lambda unpacks the code it is given. */
    static void unpack(Path jar, Path taskRoot) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No deployable jar " + jar + ": the package phase builds it (./mvnw package)");
        }
        delete(taskRoot);
        Files.createDirectories(taskRoot);
        try (ZipInputStream zip = new ZipInputStream(new java.io.BufferedInputStream(Files.newInputStream(jar), 1 << 16))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                Path target = taskRoot.resolve(e.getName()).normalize();
                if (!target.startsWith(taskRoot)) {
                    throw new IOException("Entry outside the task root: " + e.getName());
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Waits until the runtime asks for its first invocation, or fails with what it reported to init/error (or
     * restore/error), or with its exit. The init time is from the process start to SnapStart's restore/next, where
     * Lambda's init phase ends and the snapshot would be taken; without SnapStart, to the first /next.
     */
    Timing awaitReady(Duration timeout) throws Exception {
        CompletableFuture<Object> outcome = CompletableFuture.anyOf(api.firstNext(), api.initError(), process.onExit());
        Object first;
        try {
            first = outcome.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException(function.logicalId() + " did not initialise in " + timeout + "; its log: " + tail());
        }
        if (first instanceof RuntimeApiEmulator.InitError err) {
            throw new InitFailed(function.logicalId(), err, tail());
        }
        if (first instanceof Process p) {
            throw new IllegalStateException(function.logicalId() + " exited with " + p.exitValue() + " before asking for work: " + tail());
        }
        readyNanos = (Long) first;
        return timing();
    }

    Timing timing() {
        long restore = api.restoreNextNanos();
        long initEnd = restore > 0 ? restore : readyNanos;
        return new Timing(Duration.ofNanos(initEnd - startNanos).toMillis(),
                restore > 0 ? Duration.ofNanos(readyNanos - restore).toMillis() : 0, firstInvokeMs);
    }

    /** An init that the runtime reported as failed, with what it said. */
    static final class InitFailed extends IllegalStateException {
        final RuntimeApiEmulator.InitError error;

        InitFailed(String function, RuntimeApiEmulator.InitError error, String log) {
            super(function + " reported an " + error.phase() + " error " + error.errorType() + ": " + error.body() + "; log: " + log);
            this.error = error;
        }
    }

    RuntimeApiEmulator.Result invoke(String event) throws Exception {
        RuntimeApiEmulator.Result r = api.invoke(event.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (firstInvokeMs < 0) {
            firstInvokeMs = r.durationMs();
        }
        return r;
    }

    FunctionSpec function() {
        return function;
    }

    /** Exactly what the function's process was given. */
    Environment environment() {
        return environment;
    }

    /** Milliseconds since the process was started (the benchmark's first answer is measured from there). */
    long sinceStartMs() {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
    }

    /** The process's resident memory in KB now (Linux), -1 where /proc cannot tell. */
    long rssKb() {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    /** The process's exit code once it has ended, or -1 if it is still running after {@code timeout}. */
    int awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    /** The last lines the function printed, for a failure's message. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            // A training JVM assembles its AOT cache as it exits, which takes a while.
            boolean training = String.valueOf(environment.all().get("JAVA_TOOL_OPTIONS")).contains("AOTCacheOutput");
            if (!process.waitFor(AOT_TRAINING || training ? 180 : 5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        api.close();
    }
}
