package dk.livsmester.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.livsmester.local.Api.Reply;
import dk.livsmester.localaws.CfnTemplate;
import dk.livsmester.localaws.LocalAws;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthenticationResultType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.NotAuthorizedException;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The thin slice through moto instead of DynamoDB Local and ElasticMQ: the local runtime in moto mode (tables, queues,
 * the user pool and SES created in moto from template.yaml), users created in moto's Cognito sign in as a client
 * would, the functions accept moto's tokens, an application is reviewed from moto's queue and approved against a
 * pool, and the letters are among the e-mails moto's SES has sent. Wiring fidelity only: the races stay on DynamoDB
 * Local (docs/architecture.md, moto mode).
 */
class MotoSliceE2EIT {
    static final String SENDER = "breve@moto-slice.livsmester.example";
    static final String PASSWORD = "Moto-slice-" + UUID.randomUUID() + "-Aa1!";
    static LocalRuntime runtime;
    static URI base;
    static LocalAws.Moto moto;
    static CognitoIdentityProviderClient admin;
    static CognitoIdentityProviderClient app;

    @BeforeAll
    static void start() throws Exception {
        Path root = CfnTemplate.locate(Path.of("")).getParent();
        runtime = LocalRuntime.start(new RuntimeSettings(0, Files.createTempDirectory("livsmester-moto"), root,
                LocalAws.Engine.MOTO, Map.of("MailFrom", SENDER, "AuthDomainPrefix", "livsmester-test")));
        base = runtime.baseUrl();
        moto = runtime.aws().moto().orElseThrow();
        admin = runtime.aws().cognito();
        // A client's sign-in needs no AWS credentials: InitiateAuth is called with the app client's id alone.
        app = CognitoIdentityProviderClient.builder().endpointOverride(moto.endpoint()).region(Region.EU_WEST_1)
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (runtime != null) {
            runtime.close();
        }
    }

    /** As an administrator does it: the user, a permanent password, the group of the role. */
    static void createUser(String poolId, String email, String group) {
        admin.adminCreateUser(b -> b.userPoolId(poolId).username(email).messageAction(MessageActionType.SUPPRESS)
                .userAttributes(AttributeType.builder().name("email").value(email).build(),
                        AttributeType.builder().name("email_verified").value("true").build()));
        admin.adminSetUserPassword(b -> b.userPoolId(poolId).username(email).password(PASSWORD).permanent(true));
        admin.adminAddUserToGroup(b -> b.userPoolId(poolId).username(email).groupName(group));
    }

    static AuthenticationResultType signIn(String clientId, String email, String password) {
        return app.initiateAuth(b -> b.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", email, "PASSWORD", password))).authenticationResult();
    }

    static Reply call(String method, String path, String token, Object body) throws Exception {
        return Api.call(base, method, path, token, body);
    }

    @Test
    void usersOfMotosPool_signIn_anApplicationIsApprovedAgainstThePool_andTheLettersAreSentBySes() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String contactEmail = "kontakt-" + run + "@example.org";
        String citizenEmail = "borger-" + run + "@example.org";
        createUser(moto.userPoolId(), contactEmail, "contact-person");
        createUser(moto.userPoolId(), "team-" + run + "@example.org", "team");
        createUser(moto.userPoolId(), "finance-" + run + "@example.org", "finance");
        assertThrows(NotAuthorizedException.class, () -> signIn(moto.clientId(), contactEmail, PASSWORD + "x"),
                "moto checks the password");
        String contact = signIn(moto.clientId(), contactEmail, PASSWORD).idToken();
        AuthenticationResultType teamSignIn = signIn(moto.clientId(), "team-" + run + "@example.org", PASSWORD);
        // Finance calls with the access token (token_use access, client_id), the others with ID tokens (aud).
        String finance = signIn(moto.clientId(), "finance-" + run + "@example.org", PASSWORD).accessToken();

        String poolId = "pool-moto-" + run;
        Reply opened = call("POST", "/api/pools", finance, Map.of("id", poolId, "name", "Livsmestermidler moto",
                "ownerUnit", "Voksenhandicap", "windowFrom", "2026-01-01", "windowTo", "2027-12-31", "totalOre", 10_000_000));
        assertEquals(201, opened.status(), String.valueOf(opened.body()));
        JsonNode pool = call("GET", "/api/pools/" + poolId, finance, null).body();
        assertEquals(10_000_000, pool.get("availableOre").asLong());

        String form = Files.readString(CfnTemplate.locate(Path.of("")).getParent().resolve("events/application-ebike.json"))
                .replace("\"pool-2026\"", "\"" + poolId + "\"")
                .replace("emil@example.org", citizenEmail)
                .replace("maja@example.org", contactEmail);
        Reply created = call("POST", "/api/applications", contact, form);
        assertEquals(201, created.status(), String.valueOf(created.body()));
        String id = created.body().get("id").asText();
        long grant = 1_200_000;

        // Submitted → the outbox → moto's ReviewQueue → the event-source emulator → the review function.
        Api.await(base, "/api/applications/" + id, contact, a -> a.get("status").asText().equals("IN_REVIEW"), 60);

        // The team signs in again with its refresh token (the flow the template's client allows besides SRP).
        String team = app.initiateAuth(b -> b.clientId(moto.clientId()).authFlow(AuthFlowType.REFRESH_TOKEN_AUTH)
                .authParameters(Map.of("REFRESH_TOKEN", teamSignIn.refreshToken()))).authenticationResult().idToken();
        // The citizen confirmed in person (a grant needs the citizen's own confirmation).
        assertEquals(200, call("POST", "/api/applications/" + id + "/in-person-confirmation", team,
                Map.of("reason", "Bekræftet på mødet")).status());
        Reply decided = call("POST", "/api/applications/" + id + "/decision", team, Map.of("outcome", "APPROVED"));
        assertEquals(200, decided.status(), String.valueOf(decided.body()));
        assertEquals(grant, decided.body().get("grantedOre").asLong());

        JsonNode after = call("GET", "/api/pools/" + poolId, finance, null).body();
        assertEquals(10_000_000 - grant, after.get("availableOre").asLong(), "the grant is committed against the pool");
        assertEquals(grant, after.get("committedOre").asLong());

        // The receipt and the decision letter, each e-mailed through SES v2 (the notifications function's own
        // configuration from the template: LIVSMESTER_MAIL_ENABLED, LIVSMESTER_MAIL_FROM = the MailFrom parameter).
        JsonNode letters = Api.await(base, "/api/applications/" + id + "/letters", contact, l -> l.size() == 2
                && l.get(0).hasNonNull("emailedAt") && l.get(1).hasNonNull("emailedAt"), 60);
        Set<String> subjects = new HashSet<>();
        letters.forEach(l -> subjects.add(l.get("subjectDa").asText() + " / " + l.get("subjectEn").asText()));
        List<JsonNode> sent = sentFrom(SENDER, citizenEmail);
        assertEquals(2, sent.size(), "a letter marked e-mailed was sent by SES first: " + sent);
        for (JsonNode m : sent) {
            assertTrue(subjects.contains(m.get("subject").asText()), m.get("subject").asText());
            List<String> to = new ArrayList<>();
            m.get("destinations").get("ToAddresses").forEach(a -> to.add(a.asText()));
            assertEquals(Set.of(citizenEmail, contactEmail), new HashSet<>(to));
        }
    }

    /**
     * moto signs the tokens of every pool with one key (kid "dummy", shipped with moto), so the issuer is what tells a
     * token of this pool from another's; a key outside the JWKS is refused whatever the claims say.
     */
    @Test
    void tokensNotIssuedByThisPool_areRefused() throws Exception {
        String other = admin.createUserPool(b -> b.poolName("another-pool")).userPool().id();
        String otherClient = admin.createUserPoolClient(b -> b.userPoolId(other).clientName("other")).userPoolClient()
                .clientId();
        admin.createGroup(b -> b.userPoolId(other).groupName("team"));
        String email = "team-" + UUID.randomUUID() + "@example.org";
        createUser(other, email, "team");
        String foreign = signIn(otherClient, email, PASSWORD).idToken();
        assertEquals(401, call("GET", "/api/applications?status=IN_REVIEW", foreign, null).status(),
                "signed with moto's key, but another pool's issuer");

        RSAKey key = new RSAKeyGenerator(2048).keyID("dummy").generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("dummy").build(),
                new JWTClaimsSet.Builder().issuer(runtime.aws().properties().get("livsmester.auth.issuer"))
                        .subject(UUID.randomUUID().toString()).audience(moto.clientId()).claim("token_use", "id")
                        .claim("cognito:groups", List.of("team")).issueTime(new Date())
                        .expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
        forged.sign(new RSASSASigner(key));
        assertEquals(401, call("GET", "/api/applications?status=IN_REVIEW", forged.serialize(), null).status(),
                "the right claims and kid, but not moto's key");

        createUser(moto.userPoolId(), email, "team");
        String own = signIn(moto.clientId(), email, PASSWORD).idToken();
        assertNotEquals(401, call("GET", "/api/applications?status=IN_REVIEW", own, null).status(), "this pool's own");
    }

    /** The messages moto's SES has sent from this sender to this recipient (SES v2 keeps them with v1's). */
    static List<JsonNode> sentFrom(String sender, String recipient) throws Exception {
        JsonNode data = Api.JSON.readTree(Api.HTTP.send(java.net.http.HttpRequest.newBuilder(
                        moto.endpoint().resolve("/moto-api/data.json")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body());
        List<JsonNode> out = new ArrayList<>();
        data.path("ses").path("Message").forEach(m -> {
            if (m.path("source").asText().equals(sender) && m.path("destinations").path("ToAddresses").toString()
                    .contains("\"" + recipient + "\"")) {
                out.add(m);
            }
        });
        return out;
    }
}
