package dk.livsmester.local;

import dk.livsmester.localaws.LocalAws;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AuthFlowType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * moto mode's sign-in: every demo user becomes a user of the template's pool in moto (created by the administrator,
 * a permanent password, the group of its role), and a token is what Cognito's InitiateAuth gives the app client,
 * called without AWS credentials as a browser would. moto generates each user's {@code sub}.
 */
final class MotoSignIn implements DemoSignIn, AuthorizerStandIn, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MotoSignIn.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Account(String username, String password, String subject) {
    }

    private final CognitoIdentityProviderClient client;
    private final String clientId;
    private final String issuer;
    private final URI jwksUrl;
    private final Map<String, Account> accounts;

    private MotoSignIn(CognitoIdentityProviderClient client, String clientId, String issuer, URI jwksUrl,
                       Map<String, Account> accounts) {
        this.client = client;
        this.clientId = clientId;
        this.issuer = issuer;
        this.jwksUrl = jwksUrl;
        this.accounts = accounts;
    }

    static MotoSignIn create(LocalAws aws, List<DemoUser> users) {
        LocalAws.Moto moto = aws.moto().orElseThrow();
        CognitoIdentityProviderClient admin = aws.cognito();
        Map<String, Account> accounts = new LinkedHashMap<>();
        for (DemoUser u : users) {
            // The pool signs in by e-mail (UsernameAttributes); the demo users' addresses are invented.
            String email = u.sub() + "@demo.livsmester.example";
            // Upper, lower, digit and symbol: moto requires all four unless the policy says otherwise.
            byte[] secret = new byte[12];
            RANDOM.nextBytes(secret);
            String password = "Demo-" + HexFormat.of().formatHex(secret) + "-Aa1!";
            var created = admin.adminCreateUser(b -> b.userPoolId(moto.userPoolId()).username(email)
                    .messageAction(MessageActionType.SUPPRESS)
                    .userAttributes(attr("email", email), attr("email_verified", "true"), attr("name", u.name())));
            admin.adminSetUserPassword(b -> b.userPoolId(moto.userPoolId()).username(email).password(password).permanent(true));
            admin.adminAddUserToGroup(b -> b.userPoolId(moto.userPoolId()).username(email).groupName(u.role()));
            String sub = created.user().attributes().stream().filter(a -> a.name().equals("sub")).findFirst()
                    .orElseThrow().value();
            accounts.put(u.sub(), new Account(email, password, sub));
        }
        LOG.info("demo users created in moto's user pool count={}", accounts.size());
        CognitoIdentityProviderClient anonymous = CognitoIdentityProviderClient.builder()
                .endpointOverride(moto.endpoint())
                .region(Region.of(aws.properties().get("livsmester.aws.region")))
                .credentialsProvider(AnonymousCredentialsProvider.create())
                .httpClient(UrlConnectionHttpClient.create())
                .build();
        return new MotoSignIn(anonymous, moto.clientId(), aws.properties().get("livsmester.auth.issuer"),
                URI.create(aws.properties().get("livsmester.auth.jwks-url")), accounts);
    }

    private static AttributeType attr(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }

    private Account account(DemoUser user) {
        Account a = accounts.get(user.sub());
        if (a == null) {
            throw new IllegalArgumentException("Not a demo user: " + user.sub());
        }
        return a;
    }

    /** What InitiateAuth gives the app client: the access token is the API's bearer, as the pages send it. */
    @Override
    public DemoSignIn.Tokens tokens(DemoUser user) {
        Account a = account(user);
        var result = client.initiateAuth(b -> b.clientId(clientId).authFlow(AuthFlowType.USER_PASSWORD_AUTH)
                .authParameters(Map.of("USERNAME", a.username(), "PASSWORD", a.password()))).authenticationResult();
        return new DemoSignIn.Tokens(result.accessToken(), result.idToken(), result.expiresIn());
    }

    @Override
    public String subject(DemoUser user) {
        return account(user).subject();
    }

    @Override
    public String issuer() {
        return issuer;
    }

    @Override
    public String clientId() {
        return clientId;
    }

    /** moto's keys, as the JWT authorizer would fetch them from the pool's JWKS URL. */
    @Override
    public String jwks() {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(jwksUrl).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
