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
 * Sign-in as the local runtime does it, in one place: the runtime's own OpenID provider standing in for the Cognito
 * user pool (issuer {@code <origin>/local}, its key kept in the data folder), the web client the tokens are for (the
 * origin itself), the demo users, and how the functions are told to check those tokens. The local runtime and the
 * Lambda runtime tests (lambda-tests/) both configure the functions through {@link #functionProperties}, so a change to
 * how tokens are checked reaches both.
 */
public final class LocalAuth implements AuthorizerStandIn {
    /** The paging cursors' key for this run's functions (one run: cursors need not outlive it). */
    private static final String CURSOR_KEY = randomKey();

    private final TokenIssuer tokens;
    private final OpenIdProvider provider;
    private final List<DemoUser> users;

    private LocalAuth(TokenIssuer tokens, OpenIdProvider provider, List<DemoUser> users) {
        this.tokens = tokens;
        this.provider = provider;
        this.users = users;
    }

    /** The provider of {@code origin} with its key in {@code dataDir} (created on the first start), and the demo users. */
    public static LocalAuth load(Path dataDir, String origin) {
        return load(dataDir, origin, java.time.Clock.systemUTC());
    }

    /** As {@link #load(Path, String)}, its tokens issued at the time of {@code clock} (tests of expiry). */
    static LocalAuth load(Path dataDir, String origin, java.time.Clock clock) {
        List<DemoUser> users = LocalRuntime.demoUsers();
        TokenIssuer tokens = TokenIssuer.load(dataDir.resolve("local-signing-key.json"), origin + OpenIdProvider.PREFIX, clock);
        return new LocalAuth(tokens, new OpenIdProvider(tokens, origin, users), users);
    }

    OpenIdProvider provider() {
        return provider;
    }

    public List<DemoUser> users() {
        return users;
    }

    @Override
    public String issuer() {
        return tokens.issuer();
    }

    @Override
    public String clientId() {
        return provider.clientId();
    }

    /** The public keys, as a JWKS document. */
    @Override
    public String jwks() {
        return tokens.jwks();
    }

    public Optional<DemoUser> firstWithRole(String role) {
        return users.stream().filter(u -> u.role().equals(role)).findFirst();
    }

    /** The access token a sign-in gives the first demo user with this role, as {@code POST /local/token} gives it. */
    public String tokenFor(String role) {
        return provider.token(firstWithRole(role).orElseThrow(() -> new IllegalArgumentException("No demo user with role " + role)));
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
     * The functions' auth configuration pointing at this provider, as Micronaut property names: where the keys are
     * ({@code jwksUrl}, served by whoever runs the functions), the issuer to require and the client tokens must be for;
     * and the key that seals paging cursors, which only AWS could resolve from the template.
     * In AWS the template sets the same variables to the Cognito user pool's.
     */
    public Map<String, String> functionProperties(URI jwksUrl) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("livsmester.auth.jwks-url", jwksUrl.toString());
        props.put("livsmester.auth.issuer", issuer());
        props.put("livsmester.auth.client-id", clientId());
        // In AWS a Secrets Manager secret the template generates; here one key for all functions of this run.
        props.put("livsmester.security.cursor-key", CURSOR_KEY);
        return props;
    }

    /** The same configuration as environment variables ({@code livsmester.auth.jwks-url} is LIVSMESTER_AUTH_JWKS_URL). */
    public Map<String, String> functionEnvironment(URI jwksUrl) {
        Map<String, String> env = new LinkedHashMap<>();
        functionProperties(jwksUrl).forEach((k, v) -> env.put(k.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'), v));
        return env;
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.HexFormat.of().formatHex(key);
    }
}
