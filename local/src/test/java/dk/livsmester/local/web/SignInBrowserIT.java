package dk.livsmester.local.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing in as a real person would in AWS, against the local runtime's OpenID provider: the code flow with PKCE for
 * every role, each landing on its own start page; signing out at the provider, after which a protected page sends the
 * browser to sign in again; the access token (not the ID token) on the API calls; renewal with the refresh token;
 * `next` that stays on the site (F4); a forged state refused on the callback; axe on the picker and the callback.
 */
class SignInBrowserIT extends BrowserTest {
    /** One demo person per role, and the page each role starts on (auth-model.js HOME). */
    static final Map<String, String[]> PEOPLE = new LinkedHashMap<>();

    static {
        PEOPLE.put("citizen-jonas", new String[]{"Jonas Lykke", "/apply.html"});
        PEOPLE.put("contact-maja", new String[]{"Maja Winther", "/apply.html"});
        PEOPLE.put("team-lise", new String[]{"Lise Dahl", "/team.html"});
        PEOPLE.put("coordinator-rasmus", new String[]{"Rasmus Egholm", "/matching.html"});
        PEOPLE.put("finance-peter", new String[]{"Peter Vang", "/finance.html"});
        PEOPLE.put("guide-ida", new String[]{"Ida Brink", "/guide.html"});
        PEOPLE.put("admin-demo", new String[]{"Demo Administrator", "/team.html"});
    }

    private void signOut() {
        b.leaving();
        b.click(By.id("sign-out"));
        b.ready();
        b.waitForText(By.tagName("main"), "Du er logget ud.");
    }

    private static JsonNode payload(String jwt) {
        try {
            return Browser.JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyRole_signsInThroughTheCodeFlow_landsOnItsStartPage_andSignsOutAtTheProvider() {
        for (Map.Entry<String, String[]> p : PEOPLE.entrySet()) {
            b.signIn(p.getKey());
            assertEquals(p.getValue()[1], URI.create(b.driver.getCurrentUrl()).getPath(), p.getKey() + " lands on the role's start page");
            assertTrue(b.text(By.cssSelector(".user-line")).contains(p.getValue()[0]), "the header names " + p.getValue()[0]);

            signOut();
            assertEquals(0L, b.js("return Object.keys(sessionStorage).filter(k => k.startsWith('oidc.user') || k === 'livsmester.session').length"),
                    "no tokens are left in the tab");
            // A protected page now sends the browser to sign in again (and would bring it back there).
            b.driver.get(b.base.resolve(p.getValue()[1]).toString());
            b.waitUntil("the provider's sign-in page", d -> d.getCurrentUrl().contains(Browser.PICKER));
            b.ready();
        }
        List<Browser.Request> requests = b.requests();
        assertEquals(PEOPLE.size(), requests.stream().filter(r -> r.method().equals("POST")
                && r.url().getPath().equals("/local/oauth2/token")).count(), "one code redeemed per sign-in");
        assertEquals(PEOPLE.size(), requests.stream().filter(r -> r.url().getPath().equals("/local/logout")).count(),
                "each sign-out ended the session at the provider");
        List<Browser.Request> api = requests.stream().filter(r -> r.url().getPath().startsWith("/api/")
                && r.headers().containsKey("Authorization")).toList();
        assertFalse(api.isEmpty(), "the pages called the API with a token");
        for (Browser.Request r : api) {
            JsonNode token = payload(r.headers().get("Authorization").substring("Bearer ".length()));
            assertEquals("access", token.get("token_use").asText(), "the access token goes to the API: " + r.url());
            assertEquals(b.base.toString().replaceFirst("/$", ""), token.get("client_id").asText());
        }
    }

    @Test
    void aPageOnTheSite_isWhereSignInLands_butNextToAnotherHostIsRefused() {
        // Signed in by hand below, so Emil has read the privacy notice before (PrivacyNoticeBrowserIT shows it).
        Browser.noticeRead("citizen-emil");
        b.go("/index.html?next=" + URLEncoder.encode("/status.html", StandardCharsets.UTF_8));
        assertTrue(b.driver.getCurrentUrl().contains(Browser.PICKER));
        b.leaving();
        b.click(By.cssSelector("button.sign-in[data-sub='citizen-emil']"));
        b.waitUntil("the page asked for", d -> d.getCurrentUrl().endsWith("/status.html"));
        b.ready();

        // F4: "/\host/owned" and "/<tab>/host/owned" are other sites to a browser; the person lands on their own page.
        for (String evil : List.of("/%5Chost/owned", "/%09/host/owned")) {
            b.go("/index.html");
            signOut();
            b.go("/index.html?next=" + evil);
            b.leaving();
            b.click(By.cssSelector("button.sign-in[data-sub='citizen-emil']"));
            b.waitUntil("the sign-in to finish", d -> d.getCurrentUrl().endsWith("/apply.html"));
            assertTrue(b.driver.getCurrentUrl().startsWith(b.base.toString()), "still on the site: " + b.driver.getCurrentUrl());
            b.ready();
        }
    }

    @Test
    void anExpiringAccessToken_isRenewedWithTheRefreshToken_beforeTheNextCall() {
        b.signIn("finance-peter");
        long before = b.requests().stream().filter(r -> r.url().getPath().equals("/local/oauth2/token")).count();
        // The page's copy says the token runs out now: the next API call renews it first.
        b.js("const s = JSON.parse(sessionStorage.getItem('livsmester.session')); s.expiresAt = Math.floor(Date.now() / 1000);"
                + "sessionStorage.setItem('livsmester.session', JSON.stringify(s));");
        String old = String.valueOf(b.js("return JSON.parse(sessionStorage.getItem('livsmester.session')).token"));
        b.go("/finance.html");
        b.waitForText(By.tagName("main"), "kr.");
        List<Browser.Request> token = b.requests().stream().filter(r -> r.url().getPath().equals("/local/oauth2/token")).toList();
        assertEquals(before + 1, token.size(), "one refresh");
        String renewed = String.valueOf(b.js("return JSON.parse(sessionStorage.getItem('livsmester.session')).token"));
        assertFalse(renewed.equals(old), "a new access token");
        assertEquals("finance", payload(renewed).get("cognito:groups").get(0).asText());
        assertTrue(b.driver.getCurrentUrl().endsWith("/finance.html"), "no new sign-in was needed");
    }

    @Test
    void aForgedStateOnTheCallback_isRefusedWithAClearMessage_andThePickerAndCallbackPassAxe() {
        b.go("/index.html");
        assertTrue(b.driver.getCurrentUrl().contains(Browser.PICKER), "signed out, the start page goes on to sign in");
        assertEquals("da", b.js("return document.documentElement.lang"));
        assertTrue(b.text(By.tagName("h2")).contains("Borger"));
        b.axeClean("the local provider's sign-in page");
        b.screenshot("sign-in-picker");
        b.leaving();
        b.click(By.id("switch-language"));
        b.ready();
        assertTrue(b.text(By.tagName("main")).contains("Sign in as Nora Bech"));
        b.axeClean("the local provider's sign-in page, English");

        b.go("/callback.html?code=made-up&state=forged");
        b.waitForText(By.id("callback-error"), "Svaret fra log ind passer ikke til det, denne browser bad om.");
        assertTrue(b.driver.findElements(By.id("sign-out")).isEmpty(), "nobody was signed in");
        b.axeClean("the callback page refusing a forged state");
        b.screenshot("callback-forged-state");
        b.click(By.id("switch-language"));
        b.waitForText(By.id("callback-error"), "The answer from the sign-in does not match what this browser asked for.");
        b.axeClean("the callback page refusing a forged state, English");
        assertEquals(0L, b.requests().stream().filter(r -> r.url().getPath().equals("/local/oauth2/token")).count(),
                "a forged state never reaches the token endpoint");

        b.leaving();
        b.click(By.id("sign-in-again"));
        b.waitUntil("the provider's sign-in page", d -> d.getCurrentUrl().contains(Browser.PICKER));
        b.ready();
        b.leaving();
        b.click(By.id("cancel"));
        b.waitForText(By.id("callback-error"), "You cancelled the sign-in.");
    }
}
