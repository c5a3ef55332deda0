package dk.livsmester.local;

import com.fasterxml.jackson.databind.JsonNode;
import dk.livsmester.local.Api.Reply;
import dk.livsmester.localaws.CfnTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Attachments end to end on the local runtime (S3Proxy in its JVM, the bucket's events routed to
 * AttachmentCheckFunction): Maja (contact person) attaches the sub-goal annex and Emil (the citizen) a quote to the
 * application Maja makes for him; the team lists and opens both once checked; a photo that is not what it claims is
 * refused with a reason (Danish and English) and its object is gone from the store; after the grant Emil attaches a
 * receipt, which finance sees, and only it, before paying out. Several files uploaded one after another, and several
 * at once, all become ready: the check function's S3 calls keep working after its first file.
 */
class AttachmentsE2EIT {
    static LocalRuntime runtime;
    static URI base;

    @BeforeAll
    static void start() throws Exception {
        runtime = LocalRuntime.start(new RuntimeSettings(0, Files.createTempDirectory("livsmester-attach"),
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

    static byte[] file(String head, int size) {
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) 7);
        byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(h, 0, b, 0, h.length);
        return b;
    }

    /** Announces, uploads as the page does (PUT to the presigned URL), and returns the attachment's id. */
    static String attach(String id, String token, String kind, String type, byte[] bytes) throws Exception {
        Reply announced = Api.call(base, "POST", "/api/applications/" + id + "/attachments", token,
                Map.of("kind", kind, "contentType", type, "size", bytes.length, "fileName", kind.toLowerCase() + ".bin"));
        assertEquals(201, announced.status(), String.valueOf(announced.body()));
        JsonNode upload = announced.body();
        HttpResponse<Void> put = Api.HTTP.send(HttpRequest.newBuilder(URI.create(upload.get("url").asText()))
                        .header("Content-Type", upload.get("contentType").asText())
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, put.statusCode());
        return upload.get("attachment").get("id").asText();
    }

    static JsonNode settled(String id, String token, int count) throws Exception {
        return Api.await(base, "/api/applications/" + id + "/attachments", token, list -> {
            int done = 0;
            for (JsonNode a : list) {
                done += a.get("status").asText().equals("PENDING") ? 0 : 1;
            }
            return list.size() == count && done == count;
        }, 30);
    }

    static JsonNode byId(JsonNode list, String attachmentId) {
        for (JsonNode a : list) {
            if (a.get("id").asText().equals(attachmentId)) {
                return a;
            }
        }
        throw new AssertionError(attachmentId + " not in " + list);
    }

    static byte[] download(String id, String attachmentId, String token) throws Exception {
        Reply link = Api.call(base, "GET", "/api/applications/" + id + "/attachments/" + attachmentId + "/download", token, null);
        assertEquals(200, link.status(), String.valueOf(link.body()));
        HttpResponse<byte[]> got = Api.HTTP.send(HttpRequest.newBuilder(URI.create(link.body().get("url").asText())).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, got.statusCode());
        return got.body();
    }

    @Test
    void theApplicantsAttach_theTeamOpens_andFinanceSeesTheReceipt() throws Exception {
        String maja = tokenOf("contact-maja");
        String emil = tokenOf("citizen-emil");
        String nora = tokenOf("citizen-nora");
        String team = tokenOf("team-helle");
        String finance = Api.token(base, "finance");
        String id = applicationFor(maja);

        byte[] annex = file("%PDF-1.7\n", 4_000);
        byte[] quote = file("\u0089PNG\r\n\u001a\n", 3_000);
        String annexId = attach(id, maja, "SUBGOAL_ANNEX", "application/pdf", annex);
        String quoteId = attach(id, emil, "QUOTE", "image/png", quote);
        String fakeId = attach(id, emil, "COST_DOCUMENTATION", "image/jpeg", file("<html>", 500));

        JsonNode list = settled(id, team, 3);
        assertEquals("READY", byId(list, annexId).get("status").asText());
        assertEquals("READY", byId(list, quoteId).get("status").asText());
        JsonNode fake = byId(list, fakeId);
        assertEquals("REFUSED", fake.get("status").asText());
        assertTrue(fake.get("refusal").get("da").asText().contains("JPEG") && fake.get("refusal").get("en").asText()
                .contains("not a real JPEG"), String.valueOf(fake));
        assertEquals(409, Api.call(base, "GET", "/api/applications/" + id + "/attachments/" + fakeId + "/download",
                team, null).status(), "a refused file is never downloadable");
        assertTrue(objectGone(id, fakeId), "the refused file's object is deleted");
        assertArrayEquals(annex, download(id, annexId, team));
        assertArrayEquals(quote, download(id, quoteId, team));
        assertEquals(404, Api.call(base, "GET", "/api/applications/" + id + "/attachments", nora, null).status(),
                "another citizen learns nothing");
        assertEquals(List.of(), ids(Api.call(base, "GET", "/api/applications/" + id + "/attachments", finance, null).body()),
                "finance sees receipts, not the application's documents");

        Api.await(base, "/api/applications/" + id, emil, a -> a.get("status").asText().equals("IN_REVIEW"), 30);
        assertEquals(200, Api.call(base, "POST", "/api/applications/" + id + "/consent", emil, null).status());
        Reply granted = Api.call(base, "POST", "/api/applications/" + id + "/decision", team, Map.of("outcome", "APPROVED"));
        assertEquals(200, granted.status(), String.valueOf(granted.body()));

        Reply lateQuote = Api.call(base, "POST", "/api/applications/" + id + "/attachments", emil,
                Map.of("kind", "QUOTE", "contentType", "image/png", "size", 10));
        assertEquals(400, lateQuote.status(), "after the decision only receipts");
        byte[] receipt = file("\u00ff\u00d8\u00ff\u00e0", 2_000);
        String receiptId = attach(id, emil, "RECEIPT", "image/jpeg", receipt);
        settled(id, team, 4);
        // Before paying out: the grant is in finance's list of granted applications, with its receipt ready.
        assertEquals("APPROVED", Api.call(base, "GET", "/api/applications/" + id, team, null).body().get("status").asText());
        JsonNode approved = Api.call(base, "GET", "/api/applications?status=APPROVED&limit=50", finance, null).body();
        assertTrue(ids(approved.get("items")).contains(id), "finance sees the grant it is to pay out");
        JsonNode financeSees = Api.call(base, "GET", "/api/applications/" + id + "/attachments", finance, null).body();
        assertEquals(List.of(receiptId), ids(financeSees));
        assertEquals("READY", financeSees.get(0).get("status").asText());
        assertArrayEquals(receipt, download(id, receiptId, finance));
        assertEquals(404, Api.call(base, "GET", "/api/applications/" + id + "/attachments/" + annexId + "/download",
                finance, null).status());
    }

    @Test
    void severalFilesInARow_andSeveralAtOnce_allBecomeReady() throws Exception {
        String maja = tokenOf("contact-maja");
        String team = tokenOf("team-helle");
        String id = applicationFor(maja);
        List<String> ids = new java.util.ArrayList<>();
        List<byte[]> files = new java.util.ArrayList<>();
        // One after another, each awaited: the check's second, third, ... file.
        for (int i = 0; i < 4; i++) {
            byte[] pdf = file("%PDF-1.7\n", 1_000 + 97 * i);
            ids.add(attach(id, maja, "COST_DOCUMENTATION", "application/pdf", pdf));
            files.add(pdf);
            JsonNode list = settled(id, team, ids.size());
            assertEquals("READY", byId(list, ids.get(i)).get("status").asText(), "file " + (i + 1) + ": " + list);
        }
        // Then three at once, between two polls of the bucket.
        for (int i = 0; i < 3; i++) {
            byte[] png = file("\u0089PNG\r\n\u001a\n", 20_000 + 13 * i);
            ids.add(attach(id, maja, "QUOTE", "image/png", png));
            files.add(png);
        }
        JsonNode list = settled(id, team, ids.size());
        for (int i = 0; i < ids.size(); i++) {
            assertEquals("READY", byId(list, ids.get(i)).get("status").asText(), "file " + (i + 1) + ": " + list);
            assertArrayEquals(files.get(i), download(id, ids.get(i), team));
        }
    }

    /** An application Maja (contact person) makes for Emil, as the wizard sends it. */
    static String applicationFor(String maja) throws Exception {
        String emilSubject = Api.call(base, "GET", "/api/support-relations", maja, null).body().get(0)
                .get("citizenSubject").asText();
        String form = Files.readString(CfnTemplate.locate(Path.of("")).getParent().resolve("events/application-ebike.json"))
                .trim().replaceFirst("\\}$", ",\"citizenSubject\":\"" + emilSubject + "\"}");
        Reply created = Api.call(base, "POST", "/api/applications", maja, form);
        assertEquals(201, created.status(), String.valueOf(created.body()));
        return created.body().get("id").asText();
    }

    /** No object under the attachment's key in the store. */
    static boolean objectGone(String applicationId, String attachmentId) {
        String bucket = runtime.aws().bucketName("AttachmentsBucket");
        String key = "applications/" + applicationId + "/" + attachmentId;
        return runtime.aws().s3().listObjectsV2(b -> b.bucket(bucket).prefix(key)).contents().isEmpty();
    }

    static List<String> ids(JsonNode list) {
        List<String> out = new java.util.ArrayList<>();
        list.forEach(a -> out.add(a.get("id").asText()));
        return out;
    }
}
