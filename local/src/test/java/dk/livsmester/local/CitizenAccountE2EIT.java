package dk.livsmester.local;

import com.fasterxml.jackson.databind.JsonNode;
import dk.livsmester.local.Api.Reply;
import dk.livsmester.localaws.CfnTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The citizen's own account over HTTP on the local runtime, with the demo data's support relation (Maja Winther
 * supports Emil Sandgaard): Maja applies for Emil; Emil, signed in as himself, sees it at once without any code; the
 * team cannot grant it until Emil has confirmed it in his account; the team's queue shows both confirmations apart.
 * A guide request Maja makes for Emil is Emil's to follow.
 */
class CitizenAccountE2EIT {
    static LocalRuntime runtime;
    static URI base;

    @BeforeAll
    static void start() throws Exception {
        runtime = LocalRuntime.start(new RuntimeSettings(0, Files.createTempDirectory("livsmester-citizen"),
                CfnTemplate.locate(Path.of("")).getParent()));
        base = runtime.baseUrl();
    }

    @AfterAll
    static void stop() {
        if (runtime != null) {
            runtime.close();
        }
    }

    static String tokenOf(String sub) throws Exception {
        return Api.call(base, "POST", "/local/token", null, Map.of("sub", sub)).body().get("token").asText();
    }

    static Reply call(String method, String path, String token, Object body) throws Exception {
        return Api.call(base, method, path, token, body);
    }

    @Test
    void anApplicationMadeForTheCitizen_isTheirsToSeeAndConfirm_andOnlyThenGranted() throws Exception {
        String maja = tokenOf("contact-maja");
        String emil = tokenOf("citizen-emil");
        String nora = tokenOf("citizen-nora");
        String team = tokenOf("team-helle");

        JsonNode relations = call("GET", "/api/support-relations", maja, null).body();
        assertEquals(1, relations.size(), String.valueOf(relations));
        String emilSubject = relations.get(0).get("citizenSubject").asText();
        assertEquals("Emil Sandgaard", relations.get(0).get("citizenName").asText());

        String form = Files.readString(CfnTemplate.locate(Path.of("")).getParent().resolve("events/application-ebike.json"))
                .trim().replaceFirst("\\}$", ",\"citizenSubject\":\"" + emilSubject + "\"}");
        Reply refused = call("POST", "/api/applications", maja,
                form.replace(emilSubject, "citizen-nora"));
        assertEquals(404, refused.status(), "a citizen Maja does not support: as unknown as one that does not exist");

        Reply created = call("POST", "/api/applications", maja, form);
        assertEquals(201, created.status(), String.valueOf(created.body()));
        String id = created.body().get("id").asText();

        JsonNode mine = call("GET", "/api/applications?mine=true", emil, null).body().get("items");
        assertEquals(List.of(id), ids(mine), "in Emil's 'Mine ansøgninger' at once, no code");
        assertEquals(404, call("GET", "/api/applications/" + id, nora, null).status(), "not another citizen's");
        Api.await(base, "/api/applications/" + id, emil, a -> a.get("status").asText().equals("IN_REVIEW"), 30);
        assertEquals(200, call("GET", "/api/applications/" + id + "/letters", emil, null).status(), "his letters too");

        Reply early = call("POST", "/api/applications/" + id + "/decision", team, Map.of("outcome", "APPROVED"));
        assertEquals(409, early.status(), String.valueOf(early.body()));
        assertEquals("CITIZEN_NOT_CONFIRMED", early.body().get("code").asText());
        assertTrue(early.body().get("messageDa").asText().contains("Borgeren har ikke selv bekræftet"));

        assertEquals(404, call("POST", "/api/applications/" + id + "/consent", nora, null).status());
        Reply yes = call("POST", "/api/applications/" + id + "/consent", emil, null);
        assertEquals(200, yes.status(), String.valueOf(yes.body()));

        JsonNode queued = null;
        for (JsonNode a : call("GET", "/api/applications/queue", team, null).body()) {
            if (a.get("id").asText().equals(id)) {
                queued = a;
            }
        }
        assertTrue(queued != null, "in the team's queue");
        Map<String, JsonNode> byRole = new java.util.HashMap<>();
        queued.get("confirmations").forEach(c -> byRole.put(c.get("role").asText(), c));
        assertEquals(emilSubject, byRole.get("citizen").get("subject").asText());
        assertEquals("ACCOUNT", byRole.get("citizen").get("method").asText());
        assertTrue(byRole.get("citizen").hasNonNull("at"));
        assertEquals("SUBMIT", byRole.get("contact-person").get("method").asText());

        Reply granted = call("POST", "/api/applications/" + id + "/decision", team, Map.of("outcome", "APPROVED"));
        assertEquals(200, granted.status(), String.valueOf(granted.body()));
        assertEquals("APPROVED", granted.body().get("status").asText());
    }

    @Test
    void aGuideRequestMadeForTheCitizen_isVisibleToThem() throws Exception {
        String maja = tokenOf("contact-maja");
        String emil = tokenOf("citizen-emil");
        String emilSubject = call("GET", "/api/support-relations", maja, null).body().get(0).get("citizenSubject").asText();
        String form = Files.readString(CfnTemplate.locate(Path.of("")).getParent().resolve("events/guide-request-bus-training.json"))
                .trim().replaceFirst("\\}$", ",\"citizenSubject\":\"" + emilSubject + "\"}");
        Reply created = call("POST", "/api/guide-requests", maja, form);
        assertEquals(201, created.status(), String.valueOf(created.body()));
        String id = created.body().get("id").asText();
        assertTrue(ids(call("GET", "/api/guide-requests?mine=true", emil, null).body().get("items")).contains(id));
        Reply own = call("GET", "/api/guide-requests/" + id, emil, null);
        assertEquals(200, own.status());
        assertTrue(!own.body().has("excludedGuideIds"), "the citizen's view: no other guides' ids");
        assertEquals(404, call("GET", "/api/guide-requests/" + id, tokenOf("citizen-nora"), null).status());
        Reply asked = call("POST", "/api/guide-requests/" + id + "/question", tokenOf("coordinator-rasmus"),
                Map.of("question", "Hvilke dage passer dig bedst?"));
        assertEquals(200, asked.status(), String.valueOf(asked.body()));
        Reply answered = call("POST", "/api/guide-requests/" + id + "/answer", emil, Map.of("answer", "Tirsdag og torsdag"));
        assertEquals(200, answered.status(), String.valueOf(answered.body()));
        assertTrue(!answered.body().has("excludedGuideIds") && answered.body().has("guideFound"),
                "the citizen's answer is answered with their own view: " + answered.body());
        Reply ownRequest = call("POST", "/api/guide-requests", emil, form.replace(",\"citizenSubject\":\"" + emilSubject + "\"", ""));
        assertEquals(201, ownRequest.status(), "a citizen asks for a guide themselves: " + ownRequest.body());
    }

    private static List<String> ids(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(a -> out.add(a.get("id").asText()));
        return out;
    }
}
