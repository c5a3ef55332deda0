package dk.livsmester.local.web;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.livsmester.local.LocalRuntime;
import dk.livsmester.local.RuntimeSettings;
import dk.livsmester.localaws.CfnTemplate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Level;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A browser test's browser and what the tests share: one local runtime for the whole test JVM (fresh data folder, free
 * port), Debian's Chromium headless through Debian's chromedriver (never a downloaded browser or driver), keyboard
 * helpers, the axe scan and the screenshot each test leaves under target/browser-screenshots. The tests get theirs
 * from {@link BrowserTest}.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("livsmester.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("livsmester.chromedriver", "/usr/bin/chromedriver"));
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Path TARGET = Path.of("target");
    static final Path SHOTS = TARGET.resolve("browser-screenshots");
    static final Path DOWNLOADS = TARGET.resolve("browser-downloads");
    static final Path AXE_REPORT = TARGET.resolve("axe-report.txt");
    /** The local OpenID provider's authorization endpoint: the demo-person picker. */
    static final String PICKER = "/local/oauth2/authorize";
    private static LocalRuntime runtime;
    private static boolean prepared;

    final WebDriver driver;
    final URI base;
    private final Path profile;
    private final List<Request> requests = new ArrayList<>();
    /** Whether the last {@link #signIn} went through the privacy notice (the person had not read its current version). */
    boolean noticeShown;

    /** A request the browser sent: its method, address and headers (from Chromium's Network.requestWillBeSent). */
    record Request(String method, URI url, Map<String, String> headers) {
    }

    private Browser(WebDriver driver, URI base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    /** The project's root folder (where template.yaml is). */
    static Path projectRoot() {
        return CfnTemplate.locate(Path.of("")).getParent();
    }

    /** The shared runtime: started once, stopped when the test JVM ends. */
    static synchronized URI runtime() {
        if (runtime == null) {
            try {
                runtime = LocalRuntime.start(new RuntimeSettings(0, Files.createTempDirectory("livsmester-browser"), projectRoot()));
                Runtime.getRuntime().addShutdownHook(new Thread(runtime::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return runtime.baseUrl();
    }

    /** Once per test JVM, before the first browser: the pages are built, and the axe report is of this run's scans only. */
    private static synchronized void prepare() throws IOException {
        if (!prepared) {
            assertTrue(Files.isRegularFile(projectRoot().resolve("web/dist/apply.html")),
                    "web/dist is missing: build the web module first (./mvnw -B verify builds it before local)");
            Files.createDirectories(SHOTS);
            Files.createDirectories(DOWNLOADS);
            Files.deleteIfExists(AXE_REPORT);
            prepared = true;
        }
    }

    /** A fresh headless Chromium on the runtime at {@code base}. Fails, never skips, when Chromium or its driver is not installed. */
    static Browser open(URI base) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            fail("The browser tests need Debian's Chromium and chromedriver at " + CHROMIUM + " and " + CHROMEDRIVER
                    + ". Install them with: apt-get update && apt-get install -y chromium chromium-driver (.ci/run does this).");
        }
        try {
            prepare();
            Path profile = Files.createTempDirectory("livsmester-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=da-DK");
            options.setExperimentalOption("prefs", Map.of("download.default_directory", DOWNLOADS.toAbsolutePath().toString(),
                    "download.prompt_for_download", false));
            // Chromium's network events, so that every test can say what the pages requested (see close()).
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.PERFORMANCE, Level.ALL);
            // The console too, so that a test can say no page logged an error (consoleErrors()).
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            return new Browser(driver, base, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- pages ------------------------------------------------------------------------------------------------

    /** Opens a page and waits until it has drawn itself (body[data-ready]). */
    Browser go(String path) {
        driver.get(base.resolve(path).toString());
        return ready();
    }

    /** Waits for a page that has drawn itself and is not the page before a navigation (see {@link #leaving}). */
    Browser ready() {
        waitUntil("the page to be ready", d -> "true".equals(js(
                "return window.__leaving ? '' : (document.body && document.body.dataset.ready || '')")));
        return this;
    }

    /** Marks the current page before an action that navigates, so ready() waits for the next page, not this one. */
    void leaving() {
        js("window.__leaving = true");
    }

    /**
     * Signs in as a demo person through the OpenID Connect code flow, clicking as a person with a mouse would: the
     * start page sends the browser to the local provider's picker (after signing out at the provider whoever is signed
     * in), the person's button is clicked there, and the callback page redeems the code and goes on to their home page;
     * at a person's first sign-in through the privacy notice, which is acknowledged as a person would ("Jeg har læst
     * det"), so every test lands where it did before the notice existed. Every sign-in checks that the notice was
     * shown exactly when the API said this person had not read its current version.
     */
    Browser signIn(String sub) {
        return signIn(sub, true);
    }

    /** As {@link #signIn(String)}; with {@code acknowledge} false it stops on the privacy notice when that is shown. */
    Browser signIn(String sub, boolean acknowledge) {
        boolean due = call(base, "GET", "/api/privacy-notice", token(base, sub), null).get("due").asBoolean();
        go("/index.html");
        if (!driver.findElements(By.id("sign-out")).isEmpty()) {
            leaving();
            click(By.id("sign-out"));
            ready();
        }
        if (!driver.findElements(By.id("sign-in")).isEmpty()) {
            leaving();
            click(By.id("sign-in"));
            ready();
        }
        waitUntil("the provider's sign-in page", d -> d.getCurrentUrl().contains(PICKER));
        leaving();
        click(By.cssSelector("button.sign-in[data-sub='" + sub + "']"));
        waitUntil("the sign-in to finish", d -> {
            String url = d.getCurrentUrl();
            return !url.contains(PICKER) && !url.contains("/callback.html") && !url.endsWith("/index.html");
        });
        ready();
        noticeShown = driver.getCurrentUrl().contains("/privacy-notice.html");
        assertEquals(due, noticeShown, sub + ": the privacy notice is shown at sign-in exactly while it is unread");
        if (noticeShown && acknowledge) {
            leaving();
            click(By.id("notice-ack"));
            waitUntil("the page after the privacy notice", d -> !d.getCurrentUrl().contains("/privacy-notice.html"));
            ready();
        }
        return this;
    }

    WebElement find(By by) {
        waitUntil("an element " + by, d -> !d.findElements(by).isEmpty());
        return driver.findElement(by);
    }

    WebElement byId(String id) {
        return find(By.id(id));
    }

    void click(By by) {
        WebElement e = find(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        e.click();
    }

    void type(String id, String text) {
        WebElement e = byId(id);
        e.clear();
        e.sendKeys(text);
    }

    String text(By by) {
        return find(by).getText();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void waitUntil(String what, Predicate<WebDriver> condition) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(100))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::test);
        } catch (org.openqa.selenium.TimeoutException e) {
            screenshot("timeout-" + System.nanoTime());
            throw new AssertionError("Timed out waiting for " + what + " on " + driver.getCurrentUrl(), e);
        }
    }

    void waitForText(By by, String text) {
        waitUntil("'" + text + "' in " + by, d -> d.findElements(by).stream().anyMatch(e -> e.getText().contains(text)));
    }

    /**
     * Answers some API calls inside the page with fixed JSON, for every page opened after this: states of the API
     * that take weeks to reach on a runtime (a match quiet for 14 days), in the shapes of the OpenAPI document.
     * stubs: "METHOD /path?query" → response body (200), or {@link #respond} for another status or for an answer
     * that changes other stubs once it was given (what the server would answer after the change). Every stubbed
     * call is recorded with its JSON body ({@link #stubCalls}); both survive navigation within the tab.
     */
    void stubApi(Map<String, Object> stubs) {
        try {
            String json = JSON.writeValueAsString(stubs);
            ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                    (() => {
                      const base = %s;
                      const read = (k, d) => { try { return JSON.parse(sessionStorage.getItem(k)) ?? d; } catch { return d; } };
                      const real = window.fetch.bind(window);
                      window.fetch = (input, init) => {
                        const u = new URL(typeof input === 'string' ? input : input.url, location.href);
                        const key = ((init && init.method) || 'GET').toUpperCase() + ' ' + u.pathname + u.search;
                        const stubs = Object.assign({}, base, read('__stubThen', {}));
                        if (!Object.prototype.hasOwnProperty.call(stubs, key)) {
                          return real(input, init);
                        }
                        const calls = read('__stubCalls', []);
                        calls.push({ key, body: init && init.body ? JSON.parse(init.body) : null });
                        sessionStorage.setItem('__stubCalls', JSON.stringify(calls));
                        let s = stubs[key];
                        let status = 200;
                        if (s && typeof s === 'object' && !Array.isArray(s) && s.__stub) {
                          status = s.status;
                          if (s.then) {
                            sessionStorage.setItem('__stubThen', JSON.stringify(Object.assign(read('__stubThen', {}), s.then)));
                          }
                          s = s.body;
                        }
                        return Promise.resolve(new Response(JSON.stringify(s), {status, headers: {'Content-Type': 'application/json'}}));
                      };
                    })();
                    """.formatted(json)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stubbed answer with a status, and the stubs it replaces once given ("then"; may be empty). */
    static Map<String, Object> respond(int status, Object body, Map<String, Object> then) {
        return Map.of("__stub", true, "status", status, "body", body, "then", then);
    }

    /** The stubbed calls the pages in this tab made, oldest first: {key: "METHOD /path", body: JSON or null}. */
    List<JsonNode> stubCalls() {
        try {
            Object raw = js("return sessionStorage.getItem('__stubCalls') || '[]'");
            List<JsonNode> out = new ArrayList<>();
            JSON.readTree(String.valueOf(raw)).forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body of the last stubbed call with this key ("POST /api/..."), or fails if the page never made it. */
    JsonNode lastCall(String key) {
        List<JsonNode> calls = stubCalls();
        for (int i = calls.size() - 1; i >= 0; i--) {
            if (key.equals(calls.get(i).get("key").asText())) {
                return calls.get(i).get("body");
            }
        }
        throw new AssertionError("the page never called " + key + "; it called " + calls);
    }

    // ---- keyboard ---------------------------------------------------------------------------------------------

    WebElement active() {
        return driver.switchTo().activeElement();
    }

    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Types into whatever has focus, key by key, as a keyboard does. */
    void keys(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    /**
     * Presses Tab until the focused element matches, checking on the way that every element that gets focus shows it.
     * Fails when the element cannot be reached by Tab within 60 presses.
     */
    WebElement tabTo(String what, Predicate<WebElement> matches) {
        for (int i = 0; i < 60; i++) {
            press(Keys.TAB);
            WebElement a = active();
            assertTrue(focusVisible(), "focus is not visible on " + describe(a));
            if (matches.test(a)) {
                return a;
            }
        }
        throw new AssertionError(what + " cannot be reached with the Tab key on " + driver.getCurrentUrl());
    }

    WebElement tabToId(String id) {
        return tabTo("#" + id, e -> id.equals(e.getAttribute("id")));
    }

    /** True if the focused element draws a focus ring (for DKFDS radios and check boxes: on their label's box). */
    boolean focusVisible() {
        return Boolean.TRUE.equals(js("""
                const el = document.activeElement;
                if (!el || el === document.body) return false;
                const shown = (s) => (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none');
                if (el.type === 'radio' || el.type === 'checkbox') {
                  const label = document.querySelector('label[for="' + el.id + '"]');
                  return !!label && (shown(getComputedStyle(label, '::before')) || shown(getComputedStyle(label)));
                }
                return shown(getComputedStyle(el));
                """));
    }

    String describe(WebElement e) {
        return e.getTagName() + "#" + e.getAttribute("id") + " '" + e.getText() + "'";
    }

    // ---- evidence ---------------------------------------------------------------------------------------------

    /** Runs axe (WCAG 2.0/2.1 A and AA rules) and fails on any serious or critical violation; logs the rest. */
    void axe(String pageName) {
        axe(pageName, false);
    }

    /** Runs axe and fails on any violation at all, whatever its impact. */
    void axeClean(String pageName) {
        axe(pageName, true);
    }

    private void axe(String pageName, boolean failOnAny) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
        assertTrue(!results.isErrored(), "axe failed to run on " + pageName + ": " + results.getErrorMessage());
        List<String> failing = new ArrayList<>();
        StringBuilder report = new StringBuilder(pageName + " (" + driver.getCurrentUrl() + "): "
                + results.getViolations().size() + " violation(s), " + results.getPasses().size() + " rule(s) passed\n");
        for (Rule r : results.getViolations()) {
            StringBuilder line = new StringBuilder("  " + r.getImpact() + " " + r.getId() + ": " + r.getHelp());
            for (CheckedNode n : r.getNodes()) {
                line.append("\n      ").append(n.getTarget()).append(" ").append(n.getHtml());
            }
            report.append(line).append('\n');
            if (failOnAny || "serious".equals(r.getImpact()) || "critical".equals(r.getImpact())) {
                failing.add(line.toString());
            }
        }
        try {
            Files.writeString(AXE_REPORT, report, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(List.of(), failing, "axe found " + (failOnAny ? "" : "serious or critical ") + "violations on " + pageName);
    }

    /** Saves the page as the test leaves it (a build artifact under target/, never committed). */
    Path screenshot(String name) {
        try {
            Path file = SHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A screenshot of the whole page (for the README): the window grows to the page's height first. */
    Path fullPageScreenshot(String name, int width) {
        long height = ((Number) js("return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)")).longValue();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, (int) Math.min(height + 40, 4000)));
        Path p = screenshot(name);
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        return p;
    }

    // ---- API set-up (what other people did before the test's person arrives) ------------------------------------

    static JsonNode call(String method, String path, String token, Object body) {
        return call(runtime(), method, path, token, body);
    }

    /** A call to the API of the runtime at {@code base}; a status of 300 or more is an {@link ApiStatus}. */
    static JsonNode call(URI base, String method, String path, String token, Object body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            if (body != null) {
                b.header("Content-Type", "application/json");
                b.method(method, HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : JSON.writeValueAsString(body)));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode node = r.body() == null || r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
            if (r.statusCode() >= 300) {
                throw new ApiStatus(r.statusCode(), node);
            }
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static final class ApiStatus extends RuntimeException {
        final int status;

        ApiStatus(int status, JsonNode body) {
            super(status + " " + body);
            this.status = status;
        }
    }

    static String token(String sub) {
        return token(runtime(), sub);
    }

    /** The person has read the privacy notice already (for a test that signs in by hand and expects no notice). */
    static void noticeRead(String sub) {
        String token = token(sub);
        String version = call("GET", "/api/privacy-notice", token, null).get("version").asText();
        call("POST", "/api/privacy-notice/acknowledgements", token, Map.of("version", version));
    }

    /** An access token of a demo person, from the runtime's script endpoint (tests only: the pages sign in). */
    static String token(URI base, String sub) {
        return call(base, "POST", "/local/token", null, Map.of("sub", sub)).get("token").asText();
    }

    static JsonNode await(String path, String token, Predicate<JsonNode> done) {
        return await(runtime(), path, token, done);
    }

    /** Polls a GET until {@code done} holds (reviews and letters come through the queues), or fails after 30 s. */
    static JsonNode await(URI base, String path, String token, Predicate<JsonNode> done) {
        long until = System.currentTimeMillis() + 30_000;
        JsonNode last = null;
        while (System.currentTimeMillis() < until) {
            last = call(base, "GET", path, token, null);
            if (done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Timed out waiting on " + path + "; last: " + last);
    }

    /** A submitted application by the demo contact person Anders Fjord, for an invented citizen; waits for review. */
    static String submittedApplication(String citizen, String headline, String category, long amountOre) {
        return submittedApplication(citizen, headline, category, amountOre, true);
    }

    static String submittedApplication(String citizen, String headline, String category, long amountOre, boolean carAccess) {
        return submittedApplication(runtime(), "contact-anders", citizen, headline, category, amountOre, carAccess);
    }

    /** A submitted application for an invented citizen, sent by the demo person {@code sender}; waits for review. */
    static String submittedApplication(URI base, String sender, String citizen, String headline, String category, long amountOre,
                                       boolean carAccess) {
        String body = """
                {"poolId":"pool-2026","applicants":[{"name":"%s","birthDate":"2001-05-06","address":"Prøvevej 7, 8000 Aarhus C",
                "email":"borger@example.org","phone":"+45 20 20 20 20","receivesAdultDisabilitySupport":true}],
                "contactPerson":{"name":"Anders Fjord","role":"kontaktperson","email":"anders@example.org","phone":"+45 31 31 31 31"},
                "citizenCentre":"Borgercenter Syd","wish":{"headline":"%s","description":"Jeg vil gerne prøve noget nyt sammen med andre.",
                "howItHelps":"Jeg kommer ud og møder andre mennesker."},
                "subGoal":{"text":"Jeg deltager i en fast aktivitet hver uge.","lifeTheme":"Socialt liv","baseline":3,"target":7},
                "category":"%s","appliedFor":"%s","period":{"from":"2026-12-01","to":"2027-05-31"},
                "costLines":[{"item":"Holdgebyr","amountOre":%d,"supplier":"Foreningen"}],"alreadyFinanced":false,"carAccess":%s,"submit":true}
                """.formatted(citizen, headline, category, headline, amountOre, carAccess);
        String token = token(base, sender);
        String id = call(base, "POST", "/api/applications", token, body).get("id").asText();
        await(base, "/api/applications/" + id, token, a -> a.get("status").asText().equals("IN_REVIEW"));
        // An invented citizen without a login: the team records that they confirmed in person, so it can be granted
        // (a citizen who sent it herself confirmed it by sending).
        JsonNode sent = call(base, "GET", "/api/applications/" + id, token, null);
        if (!sent.get("confirmations").findValuesAsText("role").contains("citizen")) {
            call(base, "POST", "/api/applications/" + id + "/in-person-confirmation", token(base, "team-lise"),
                    "{\"reason\":\"Borgeren bekræftede på mødet\"}");
        }
        return id;
    }

    /** What the pages logged to the console as errors since the last call: an uncaught exception, a failed load. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    /** Every request the browser has sent so far, oldest first. */
    List<Request> requests() {
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode message = JSON.readTree(entry.getMessage()).path("message");
                if (!"Network.requestWillBeSent".equals(message.path("method").asText())) {
                    continue;
                }
                JsonNode request = message.path("params").path("request");
                if (!request.path("url").asText().startsWith("http")) {
                    continue; // data: and about: addresses are not requests to a server
                }
                Map<String, String> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                request.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
                requests.add(new Request(request.path("method").asText(), URI.create(request.path("url").asText()), headers));
            } catch (IOException | IllegalArgumentException e) {
                // Not a request event we can read (a data: URL, for one): nothing to record.
            }
        }
        return List.copyOf(requests);
    }

    /**
     * Ends the browser; fails the test if a page called the local runtime's script endpoints (/local/token,
     * /local/users): the pages sign in through the OpenID Connect code flow only, as they must in AWS.
     */
    @Override
    public void close() {
        List<String> scriptCalls;
        try {
            scriptCalls = requests().stream().filter(r -> r.url().getPath().equals("/local/token")
                    || r.url().getPath().equals("/local/users")).map(r -> r.method() + " " + r.url()).toList();
        } finally {
            driver.quit();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // A leftover temp profile is harmless.
            }
        }
        assertEquals(List.of(), scriptCalls, "a page called the local runtime's script endpoints");
    }

    static File file(Path p) {
        return p.toFile();
    }
}
