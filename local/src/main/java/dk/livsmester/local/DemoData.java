package dk.livsmester.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.livsmester.domain.Money;
import dk.livsmester.domain.budget.Pool;
import dk.livsmester.platform.store.PoolRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The demo data set, loaded on the first start only: one pool of 500,000 DKK and 19 peer guides (the pilot trained
 * 19). Every person is invented. Guides are registered through the API as the demo coordinator, like a real one would.
 */
final class DemoData {
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
    static final String POOL_ID = "pool-2026";
    static final String GUIDE_WITH_LOGIN = "Ida Brink";
    /** The demo user (demo-users.json) who is that guide. */
    static final String GUIDE_ACCOUNT = "guide-ida";
    private static final ObjectMapper JSON = new ObjectMapper();

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
    static boolean loadIfEmpty(PoolRepository pools, URI base, DemoSignIn signIn, List<DemoUser> users) {
        if (pools.find(POOL_ID).isPresent()) {
            return false;
        }
        HttpClient http = HttpClient.newHttpClient();
        DemoUser coordinator = users.stream().filter(u -> u.role().equals("coordinator")).findFirst().orElseThrow();
        DemoUser guide = users.stream().filter(u -> u.sub().equals(GUIDE_ACCOUNT)).findFirst().orElseThrow();
        String token = signIn.token(coordinator);
        for (G g : GUIDES) {
            boolean organisation = g.name().startsWith("Foreningen");
            Map<String, Object> body = new HashMap<>(Map.of("name", g.name(),
                    "kind", organisation ? "VOLUNTEER_ORGANISATION" : "PEER", "taskTypes", g.tasks(),
                    "disabilityExperience", g.disability(), "languages", List.of("da"), "area", g.area(),
                    "availability", g.slots(), "capacity", g.capacity(), "status", "ACTIVE"));
            if (g.name().equals(GUIDE_WITH_LOGIN)) {
                // The demo guide user is this guide: she can answer her matches and pause herself. Her account is the
                // subject her tokens carry (moto generates its own).
                body.put("account", signIn.subject(guide));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/guides"))
                        .header("Authorization", "Bearer " + token)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() != 201) {
                    throw new IllegalStateException("Demo guide not registered: " + r.statusCode() + " " + r.body());
                }
            } catch (IOException e) {
                throw new IllegalStateException("Demo guide not registered", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        // The pool last: its presence means the demo data is complete.
        pools.create(Pool.open(POOL_ID, "Livsmestermidler 2026", "Voksenhandicap", LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31), Money.dkk(500_000)));
        LOG.info("demo data loaded pool={} guides={}", POOL_ID, GUIDES.size());
        return true;
    }
}
