package dk.livsmester.local;

import dk.livsmester.local.SecurityRuntime.Reply;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dk.livsmester.local.SecurityRuntime.call;
import static dk.livsmester.local.SecurityRuntime.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** F9 over HTTP: every page and every API answer carries the template's security headers; API answers are no-store. */
class HeadersSecurityE2EIT {
    static final List<String> PAGES = List.of("/", "/index.html", "/apply.html", "/status.html", "/confirm.html", "/team.html",
            "/review.html", "/guides.html", "/matching.html", "/match.html", "/guide.html", "/guide-request.html",
            "/finance.html", "/callback.html", "/js/pages/index.js");

    static void hardened(Reply r, String what) {
        String csp = r.header("Content-Security-Policy");
        assertNotNull(csp, what + " has a CSP");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && !csp.contains("unsafe-eval"),
                what + ": " + csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), what);
        // Only this user pool's hosts: a wildcard would let a page talk to any bucket or API in any account.
        assertTrue(csp.contains("https://livsmester-local.auth.eu-west-1.amazoncognito.com https://cognito-idp.eu-west-1.amazonaws.com"
                + " https://livsmester-dev-attachments-000000000000.s3.eu-west-1.amazonaws.com;") && !csp.contains("*"), what + ": " + csp);
        assertEquals("DENY", r.header("X-Frame-Options"), what);
        assertEquals("nosniff", r.header("X-Content-Type-Options"), what);
        assertEquals("same-origin", r.header("Referrer-Policy"), what);
        assertNotNull(r.header("Permissions-Policy"), what);
        assertNotNull(r.header("Strict-Transport-Security"), what);
    }

    @Test
    void everyPage_isHardened_andRunsNoInlineScript() {
        for (String page : PAGES) {
            Reply r = call("GET", page, null, null);
            assertEquals(200, r.status(), page);
            hardened(r, page);
            if (page.endsWith(".html") || page.equals("/")) {
                assertFalse(r.text().matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), page + " has an inline script");
                assertFalse(r.text().contains(" style=\"") || r.text().contains("<style"), page + " has an inline style");
            }
        }
    }

    @Test
    void everyApiAnswer_isHardened_andNeverCached() {
        String team = token("team-helle");
        for (Reply r : List.of(call("GET", "/api/applications/queue", team, null), call("GET", "/api/pools/pool-2026", team, null),
                call("GET", "/api/applications/app-none", team, null), call("GET", "/api/health", null, null))) {
            hardened(r, "an API answer " + r.status());
            assertEquals("no-store", r.header("Cache-Control"), "an API answer " + r.status());
        }
        hardened(call("GET", "/api/applications/queue", null, null), "the authorizer's 401");
    }
}
