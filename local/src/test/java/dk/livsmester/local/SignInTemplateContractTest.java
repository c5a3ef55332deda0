package dk.livsmester.local;

import dk.livsmester.localaws.CfnTemplate;
import dk.livsmester.localaws.CfnTemplate.FunctionSpec;
import dk.livsmester.localaws.CfnTemplate.Intrinsic;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sign-in part of template.yaml is code too: the API's JWT authorizer and the functions expect the same client
 * and issuer; the web client is a public code-flow client whose settings come from WebClientSettings only (so that
 * CloudFormation never resets them); the identity providers are optional and keep their secrets in Secrets Manager;
 * the trigger can add users to groups and nothing else; the outputs the pages' settings are made from exist.
 */
class SignInTemplateContractTest {
    static final CfnTemplate TEMPLATE = CfnTemplate.load(CfnTemplate.locate(Path.of("")));

    static Map<?, ?> properties(String logicalId) {
        return (Map<?, ?>) TEMPLATE.resources().get(logicalId).get("Properties");
    }

    static boolean refersTo(Object value, String logicalId) {
        if (value instanceof Intrinsic i) {
            if ((i.function().equals("Ref") || i.function().equals("GetAtt")) && i.logicalId().equals(logicalId)) {
                return true;
            }
            if (i.function().equals("Sub")) {
                Object template = i.argument() instanceof List<?> l ? l.get(0) : i.argument();
                return String.valueOf(template).contains("${" + logicalId + "}") || String.valueOf(template).contains("${" + logicalId + ".");
            }
            return refersTo(i.argument(), logicalId);
        }
        if (value instanceof Map<?, ?> m) {
            return m.values().stream().anyMatch(v -> refersTo(v, logicalId));
        }
        if (value instanceof List<?> l) {
            return l.stream().anyMatch(v -> refersTo(v, logicalId));
        }
        return false;
    }

    @Test
    void theApisAuthorizer_andTheFunctions_expectTheWebClient_andCognitosIssuer() {
        Map<?, ?> authorizers = (Map<?, ?>) ((Map<?, ?>) properties("Api").get("Auth")).get("Authorizers");
        Map<?, ?> jwt = (Map<?, ?>) ((Map<?, ?>) authorizers.get("CognitoJwt")).get("JwtConfiguration");
        List<?> audience = (List<?>) jwt.get("audience");
        assertEquals(1, audience.size());
        assertTrue(refersTo(audience.get(0), "UserPoolClient"), "the authorizer's audience is the web client");
        Map<String, Object> env = TEMPLATE.globalFunctionEnvironment();
        assertTrue(refersTo(env.get("LIVSMESTER_AUTH_CLIENT_ID"), "UserPoolClient"));
        assertEquals(String.valueOf(((Intrinsic) jwt.get("issuer")).argument()),
                String.valueOf(((Intrinsic) env.get("LIVSMESTER_AUTH_ISSUER")).argument()), "one issuer for both checks");
        assertEquals("$request.header.Authorization", ((Map<?, ?>) authorizers.get("CognitoJwt")).get("IdentitySource"));
    }

    @Test
    void theWebClient_isPublic_andAllItsSettingsComeFromWebClientSettings() {
        Map<?, ?> client = properties("UserPoolClient");
        assertEquals(Set.of("UserPoolId", "ClientName", "GenerateSecret"), client.keySet(),
                "CloudFormation would reset what WebClientSettings sets if it set anything else");
        assertEquals(Boolean.FALSE, client.get("GenerateSecret"));
        Map<?, ?> settings = properties("WebClientSettings");
        assertEquals(client.get("ClientName"), settings.get("ClientName"));
        assertTrue(refersTo(settings.get("ClientId"), "UserPoolClient"));
        assertTrue(refersTo(settings.get("ServiceToken"), "WebClientSettingsFunction"));
        assertEquals(List.of("code"), settings.get("AllowedOAuthFlows"));
        assertEquals(List.of("openid", "email", "profile"), settings.get("AllowedOAuthScopes"));
        assertTrue(((List<?>) settings.get("ExplicitAuthFlows")).contains("ALLOW_REFRESH_TOKEN_AUTH"));
        List<?> callbacks = (List<?>) settings.get("CallbackURLs");
        assertTrue(refersTo(callbacks.get(0), "WebDistribution") && String.valueOf(((Intrinsic) callbacks.get(0)).argument()).endsWith("/callback.html"));
        List<?> logout = (List<?>) settings.get("LogoutURLs");
        assertTrue(refersTo(logout.get(0), "WebDistribution") && String.valueOf(((Intrinsic) logout.get(0)).argument()).endsWith("/index.html"));
        assertEquals("COGNITO", ((List<?>) settings.get("SupportedIdentityProviders")).get(0));
    }

    @Test
    void theIdentityProviders_areOptional_mapAttributes_andKeepTheirSecretsInSecretsManager() {
        Map<String, Map<String, Object>> providers = TEMPLATE.resourcesOfType("AWS::Cognito::UserPoolIdentityProvider");
        assertEquals(Set.of("CitizenIdentityProvider", "StaffSamlIdentityProvider", "StaffOidcIdentityProvider"), providers.keySet());
        List<?> supported = (List<?>) properties("WebClientSettings").get("SupportedIdentityProviders");
        providers.forEach((id, r) -> {
            assertTrue(r.get("Condition") instanceof String, id + " is created only when its parameters are given");
            Map<?, ?> p = (Map<?, ?>) r.get("Properties");
            assertFalse(((Map<?, ?>) p.get("AttributeMapping")).isEmpty(), id + " maps attributes");
            Object secret = ((Map<?, ?>) p.get("ProviderDetails")).get("client_secret");
            if (secret != null) {
                assertTrue(String.valueOf(((Intrinsic) secret).argument()).startsWith("{{resolve:secretsmanager:"),
                        id + ": the client secret is a dynamic reference to Secrets Manager");
            }
            assertTrue(supported.stream().anyMatch(s -> refersTo(s, id)), id + " is offered by the web client when it exists");
        });
        Map<?, ?> citizen = (Map<?, ?>) properties("CitizenIdentityProvider").get("AttributeMapping");
        assertFalse(citizen.values().stream().anyMatch(v -> String.valueOf(v).toLowerCase().contains("cpr")), "no CPR number");
    }

    @Test
    void theTrigger_mayOnlyAddUsersToGroups_inThisStacksPool_andAnswersWithinCognitosFiveSeconds() {
        FunctionSpec trigger = TEMPLATE.functions().stream().filter(f -> f.logicalId().equals("IdentityFunction")).findFirst().orElseThrow();
        assertTrue(trigger.timeoutSeconds() <= 5);
        Map<?, ?> props = properties("IdentityFunction");
        Map<?, ?> event = (Map<?, ?>) ((Map<?, ?>) props.get("Events")).get("FirstSignIn");
        assertEquals("Cognito", event.get("Type"));
        assertEquals("PostConfirmation", ((Map<?, ?>) event.get("Properties")).get("Trigger"));
        List<?> policies = (List<?>) props.get("Policies");
        assertEquals(1, policies.size());
        List<?> statements = (List<?>) ((Map<?, ?>) policies.get(0)).get("Statement");
        assertEquals(1, statements.size());
        Map<?, ?> statement = (Map<?, ?>) statements.get(0);
        assertEquals("cognito-idp:AdminAddUserToGroup", statement.get("Action"));
        Map<?, ?> tag = (Map<?, ?>) ((Map<?, ?>) statement.get("Condition")).get("StringEquals");
        assertTrue(tag.containsKey("aws:ResourceTag/livsmester-stack"));
        assertTrue(((Map<?, ?>) properties("UserPool").get("UserPoolTags")).containsKey("livsmester-stack"),
                "the pool carries the tag the trigger's policy asks for");
        // The pool names the trigger; if the trigger named the pool (or its client), the stack could not be created.
        Map<?, ?> own = (Map<?, ?>) ((Map<?, ?>) props.get("Environment")).get("Variables");
        for (String v : List.of("LIVSMESTER_AUTH_JWKS_URL", "LIVSMESTER_AUTH_ISSUER", "LIVSMESTER_AUTH_CLIENT_ID")) {
            assertEquals("", own.get(v), v + " is blanked in the trigger");
        }
        Map<Object, Object> withoutEvents = new java.util.HashMap<>(props);
        withoutEvents.remove("Events");
        assertFalse(refersTo(withoutEvents, "UserPool") || refersTo(withoutEvents, "UserPoolClient"), "only the event names the pool");
    }

    @Test
    void theOutputs_thatThePagesSettingsAreMadeFrom_exist() {
        Map<String, Object> outputs = TEMPLATE.outputs();
        for (String key : List.of("AuthIssuer", "UserPoolClientId", "AuthDomainUrl", "WebUrl")) {
            assertTrue(outputs.containsKey(key), key + " (web/auth-config.mjs reads it)");
        }
        assertTrue(refersTo(((Map<?, ?>) outputs.get("AuthDomainUrl")).get("Value"), "UserPoolDomain"));
        assertEquals(2, ((Map<?, ?>) TEMPLATE.resources().get("UserPoolDomain").get("Properties")).get("ManagedLoginVersion"),
                "managed login, which handles an administrator-created user's new password");
    }
}
