package dk.livsmester.local.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import java.net.URI;

/**
 * The browser tests' one fixture: a fresh browser before each test, on {@link #runtime()}, closed after it (which
 * also fails the test if a page called the runtime's script endpoints, see {@link Browser#close()}).
 */
abstract class BrowserTest {
    Browser b;

    @BeforeEach
    void openBrowser() {
        b = Browser.open(runtime());
    }

    @AfterEach
    void closeBrowser() {
        if (b != null) {
            b.close();
        }
    }

    /** The local runtime the browser drives: the one the test JVM shares, unless a test class starts one with its own settings. */
    URI runtime() {
        return Browser.runtime();
    }
}
