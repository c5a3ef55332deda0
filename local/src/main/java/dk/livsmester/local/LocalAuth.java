package dk.livsmester.local;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sign-in as the local runtime does it, in one place: the token issuer that stands in for the Cognito user pool (its
 * key kept in the data folder), the demo users, the app client the tokens are for, and how the functions are told to
 * check those tokens. The local runtime and the Lambda runtime tests (lambda-tests/) both configure the functions
 * through {@link #functionProperties}, so a change to how tokens are checked reaches both.
 */
public final class LocalAuth {
    /** The issuer of local tokens. */
    public static final String ISSUER = "livsmester-local";
    /**
     * The app client local tokens are for (their {@code aud}), standing in for the template's {@code UserPoolClient}.
     * {@link TokenIssuer} signs tokens for it; the gateway's authorizer test fails if the two ever differ.
     */
    public static final String CLIENT_ID = "livsmester-local";

    private final TokenIssuer tokens;
    private final List<DemoUser> users;

    private LocalAuth(TokenIssuer tokens, List<DemoUser> users) {
        this.tokens = tokens;
        this.users = users;
    }

    /** The local issuer with its key in {@code dataDir} (created on the first start), and the demo users. */
    public static LocalAuth load(Path dataDir) {
        return new LocalAuth(TokenIssuer.load(dataDir.resolve("local-signing-key.json"), ISSUER), LocalRuntime.demoUsers());
    }

    public TokenIssuer tokens() {
        return tokens;
    }

    public List<DemoUser> users() {
        return users;
    }

    public String issuer() {
        return tokens.issuer();
    }

    public String clientId() {
        return CLIENT_ID;
    }

    /** The public keys, as a JWKS document. */
    public String jwks() {
        return tokens.jwks();
    }

    public Optional<DemoUser> firstWithRole(String role) {
        return users.stream().filter(u -> u.role().equals(role)).findFirst();
    }

    /** A signed token for the first demo user with this role, as {@code POST /local/token} gives it. */
    public String tokenFor(String role) {
        return tokens.sign(firstWithRole(role).orElseThrow(() -> new IllegalArgumentException("No demo user with role " + role)));
    }

    /**
     * The claims API Gateway's JWT authorizer hands a function for this token (strings, arrays as {@code [a b]}),
     * checked as the local gateway checks it; for building events as API Gateway would send them.
     */
    public Map<String, String> authorizerClaims(String token) {
        HttpApiAuthorizer.Outcome o = new HttpApiAuthorizer("authorization", issuer(), Set.of(clientId()), jwks())
                .authorize(Map.of("authorization", token), List.of());
        if (!o.allowed()) {
            throw new IllegalArgumentException("The authorizer would refuse this token: " + o.error());
        }
        return o.claims();
    }

    /**
     * The functions' auth configuration pointing at this issuer, as Micronaut property names: where the keys are
     * ({@code jwksUrl}, served by whoever runs the functions) and the issuer to require. In AWS the template sets the
     * same variables to the Cognito user pool's.
     */
    public Map<String, String> functionProperties(URI jwksUrl) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("livsmester.auth.jwks-url", jwksUrl.toString());
        props.put("livsmester.auth.issuer", issuer());
        return props;
    }

    /** The same configuration as environment variables ({@code livsmester.auth.jwks-url} is LIVSMESTER_AUTH_JWKS_URL). */
    public Map<String, String> functionEnvironment(URI jwksUrl) {
        Map<String, String> env = new LinkedHashMap<>();
        functionProperties(jwksUrl).forEach((k, v) -> env.put(k.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'), v));
        return env;
    }
}
