package dk.livsmester.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.livsmester.domain.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The demo data set, loaded on the first start only: one pool of 500,000 DKK, 19 peer guides (the pilot trained
 * 19) and the demo contact person's support of the demo citizen. Every person is invented. It goes in through the API as people would: the guides registered by the demo
 * coordinator, the pool opened by the demo finance officer.
 */
final class DemoData {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    static final String POOL_ID = "pool-2026";
    static final String GUIDE_WITH_LOGIN = "Ida Brink";
    /** The demo user (demo-users.json) who is that guide. */
    static final String GUIDE_ACCOUNT = "guide-ida";
    /** The demo contact person and the demo citizen she supports (demo-users.json). */
    static final String SUPPORTING_CONTACT = "contact-maja";
    static final String SUPPORTED_CITIZEN = "citizen-emil";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private record G(String name, List<String> tasks, List<String> disability, String area, List<String> slots, int capacity) {
    }

    private static final List<G> GUIDES = List.of(
            new G("Mikkel Aagaard", List.of("BUS_TRAINING", "CITY_TRAINING"), List.of("AUTISM"), "Vest", List.of("MON_AM", "WED_AM"), 2),
            new G("Line Brøndum", List.of("VISITING_FRIEND", "ACCOMPANIMENT"), List.of("INTELLECTUAL_DISABILITY"), "Midtbyen", List.of("TUE_PM", "THU_PM"), 2),
            new G("Kasper Hvid", List.of("IT", "TALKS"), List.of("AUTISM"), "Nord", List.of("MON_PM", "FRI_AM"), 3),
            new G("Signe Ravn", List.of("SHOPPING", "CITY_TRAINING"), List.of("ACQUIRED_BRAIN_INJURY"), "Syd", List.of("WED_PM", "SAT_AM"), 1),
            new G("Thomas Lund", List.of("EXERCISE", "ACCOMPANIMENT"), List.of("PHYSICAL"), "Vest", List.of("TUE_AM", "THU_EVE"), 2),
            new G("Camilla Bøgh", List.of("WISHES_AND_GOALS", "TALKS"), List.of("AUTISM", "OTHER"), "Midtbyen", List.of("MON_AM", "TUE_AM"), 2),
            new G("Jakob Mørk", List.of("BUS_TRAINING"), List.of("INTELLECTUAL_DISABILITY"), "Nord", List.of("WED_AM", "FRI_AM"), 2),
            new G("Amalie Frost", List.of("VISITING_FRIEND", "SHOPPING"), List.of("AUTISM"), "Syd", List.of("THU_PM", "SUN_PM"), 1),
            new G("Oliver Skov", List.of("IT"), List.of("PHYSICAL"), "Midtbyen", List.of("MON_EVE", "WED_EVE"), 3),
            new G("Ida Brink", List.of("ACCOMPANIMENT", "BUS_TRAINING"), List.of("INTELLECTUAL_DISABILITY"), "Vest", List.of("TUE_PM", "FRI_PM"), 2),
            new G("Mads Kjær", List.of("EXERCISE"), List.of("AUTISM"), "Nord", List.of("SAT_AM", "SUN_AM"), 2),
            new G("Laura Holt", List.of("CITY_TRAINING", "SHOPPING"), List.of("INTELLECTUAL_DISABILITY"), "Midtbyen", List.of("MON_PM", "THU_AM"), 2),
            new G("Frederik Dam", List.of("TALKS", "IT"), List.of("ACQUIRED_BRAIN_INJURY"), "Syd", List.of("WED_AM"), 1),
            new G("Julie Moos", List.of("VISITING_FRIEND"), List.of("PHYSICAL"), "Vest", List.of("TUE_EVE", "SAT_PM"), 2),
            new G("Nikolaj Eng", List.of("BUS_TRAINING", "ACCOMPANIMENT"), List.of("AUTISM"), "Syd", List.of("MON_AM", "THU_AM"), 2),
            new G("Cecilie Rask", List.of("WISHES_AND_GOALS"), List.of("INTELLECTUAL_DISABILITY"), "Nord", List.of("TUE_AM", "FRI_AM"), 1),
            new G("Victor Bach", List.of("EXERCISE", "CITY_TRAINING"), List.of("OTHER"), "Midtbyen", List.of("WED_PM", "SAT_AM"), 2),
            new G("Emma Lind", List.of("SHOPPING", "ACCOMPANIMENT"), List.of("AUTISM"), "Vest", List.of("THU_PM", "FRI_PM"), 2),
            new G("Foreningen Følgesvend", List.of("ACCOMPANIMENT", "VISITING_FRIEND", "EXERCISE"), List.of(), "Midtbyen", List.of("MON_PM", "WED_PM", "SAT_PM"), 4));

    private DemoData() {
    }

    /** Loads the demo data if the pool is not there yet; returns true if it did. */
    static boolean loadIfEmpty(URI base, DemoSignIn signIn, List<DemoUser> users) {
        String financeToken = signIn.token(role(users, "finance"));
        if (send(base, "GET", "/api/pools/" + POOL_ID, financeToken, null) == 200) {
            return false;
        }
        DemoUser guide = users.stream().filter(u -> u.sub().equals(GUIDE_ACCOUNT)).findFirst().orElseThrow();
        String token = signIn.token(role(users, "coordinator"));
        for (G g : GUIDES) {
            boolean organisation = g.name().startsWith("Foreningen");
            Map<String, Object> body = new HashMap<>(Map.of("name", g.name(),
                    "kind", organisation ? "VOLUNTEER_ORGANISATION" : "PEER", "taskTypes", g.tasks(),
                    "disabilityExperience", g.disability(), "languages", List.of("da"), "area", g.area(),
                    "availability", g.slots(), "capacity", g.capacity(), "status", "ACTIVE"));
            // Trained in an earlier cohort: an active guide starts with the path it walked (record seen, OCN).
            body.putAll(Map.of("criminalRecordSeenOn", "2025-08-18", "cohort", "Hold 2025-2", "ocnCertifiedOn", "2025-11-03"));
            if (g.name().equals(GUIDE_WITH_LOGIN)) {
                // The demo guide user is this guide: she can answer her matches and pause herself. Her account is the
                // subject her tokens carry (moto generates its own).
                body.put("account", signIn.subject(guide));
            }
            require(201, send(base, "POST", "/api/guides", token, body), "Demo guide " + g.name());
        }
        // The demo contact person supports the demo citizen: she can apply and ask for a guide for him, and he sees it
        // in his own account. Registered by staff, by sign-in subject (no CPR number).
        DemoUser contact = users.stream().filter(u -> u.sub().equals(SUPPORTING_CONTACT)).findFirst().orElseThrow();
        DemoUser citizen = users.stream().filter(u -> u.sub().equals(SUPPORTED_CITIZEN)).findFirst().orElseThrow();
        require(201, send(base, "POST", "/api/support-relations", signIn.token(role(users, "team")), Map.of(
                "contactSubject", signIn.subject(contact), "contactName", contact.name(),
                "citizenSubject", signIn.subject(citizen), "citizenName", citizen.name())), "The demo support relation");
        // The pool last: its presence means the demo data is complete.
        require(201, send(base, "POST", "/api/pools", financeToken, Map.of("id", POOL_ID,
                "name", "Livsmestermidler 2026", "ownerUnit", "Voksenhandicap", "windowFrom", "2026-01-01",
                "windowTo", "2027-12-31", "totalOre", Money.dkk(500_000))), "The demo pool");
        LOG.info("demo data loaded pool={} guides={}", POOL_ID, GUIDES.size());
        return true;
    }

    private static DemoUser role(List<DemoUser> users, String role) {
        return users.stream().filter(u -> u.role().equals(role)).findFirst().orElseThrow();
    }

    private static void require(int expected, int status, String what) {
        if (status != expected) {
            throw new IllegalStateException(what + " was not stored: HTTP " + status);
        }
    }

    private static int send(URI base, String method, String path, String token, Object body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token);
            if (body != null) {
                b.header("Content-Type", "application/json");
            }
            HttpResponse<String> r = HTTP.send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 500) {
                LOG.warn("demo data call failed method={} path={} status={}", method, path, r.statusCode());
            }
            return r.statusCode();
        } catch (IOException e) {
            throw new IllegalStateException("Demo data not loaded: " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
