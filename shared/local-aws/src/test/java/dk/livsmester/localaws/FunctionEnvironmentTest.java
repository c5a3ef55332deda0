package dk.livsmester.localaws;

import dk.livsmester.localaws.CfnTemplate.Intrinsic;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A function's environment is the template's Globals overlaid with its own, resolved as CloudFormation would. */
class FunctionEnvironmentTest {
    static final Provisioner.Resources LOCAL = new Provisioner.Resources(Map.of("BudgetTable", "BudgetTable"),
            Map.of("ReviewQueue", "http://127.0.0.1:1/000000000000/ReviewQueue"),
            Map.of("ReviewQueue", "arn:aws:sqs:elasticmq:000000000000:ReviewQueue"));

    @Test
    void intrinsicsResolveAgainstLocalResourcesParametersAndPseudoParameters() {
        Map<String, String> params = Map.of("MailFrom", "letters@example.invalid");
        assertEquals("BudgetTable", LOCAL.value(new Intrinsic("Ref", "BudgetTable"), params).orElseThrow());
        assertEquals("http://127.0.0.1:1/000000000000/ReviewQueue", LOCAL.value(new Intrinsic("Ref", "ReviewQueue"), params).orElseThrow());
        assertEquals("ReviewQueue", LOCAL.value(new Intrinsic("GetAtt", "ReviewQueue.QueueName"), params).orElseThrow());
        assertEquals("letters@example.invalid", LOCAL.value(new Intrinsic("Ref", "MailFrom"), params).orElseThrow());
        assertEquals("arn:aws:dynamodb:eu-west-1:000000000000:table/BudgetTable",
                LOCAL.value(new Intrinsic("Sub", "arn:aws:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${BudgetTable}"), params).orElseThrow());
        assertEquals("${literal}-x", LOCAL.value(new Intrinsic("Sub", List.of("${!literal}-${V}", Map.of("V", "x"))), params).orElseThrow());
        assertTrue(LOCAL.value(new Intrinsic("Sub", "https://cognito-idp.${AWS::Region}.amazonaws.com/${UserPool}"), params).isEmpty(),
                "what only AWS has does not resolve");
        assertTrue(LOCAL.value(new Intrinsic("Ref", "Unknown"), Map.of()).isEmpty());
    }

    @Test
    void theNotificationsFunctionGetsTheGlobalsAndItsOwnVariables_andOnlyCognitoAndTheCursorSecretAreLeftUnresolved() {
        CfnTemplate template = CfnTemplate.load(CfnTemplate.locate(Path.of("")));
        CfnTemplate.FunctionSpec notifications = template.functions().stream()
                .filter(f -> f.logicalId().equals("NotificationsFunction")).findFirst().orElseThrow();
        Provisioner.Resources resources = new Provisioner.Resources(
                Map.of("ApplicationsTable", "ApplicationsTable", "BudgetTable", "BudgetTable", "GuidesTable", "GuidesTable",
                        "EventsTable", "EventsTable", "SupportTable", "SupportTable", "NoticesTable", "NoticesTable",
                        "ReadLogTable", "ReadLogTable"),
                Map.of("ReviewQueue", "u/ReviewQueue", "NotificationsQueue", "u/NotificationsQueue", "MatchingQueue", "u/MatchingQueue",
                        "EsdhQueue", "u/EsdhQueue"),
                Map.of());
        Map<String, String> parameters = template.parameterValues(Map.of("MailFrom", "letters@example.invalid"));
        // As LocalAws resolves a function's environment: the Fn::Ifs decided for the parameters first.
        Provisioner.Resources.Resolved env = resources.resolveAll(template.decideIfs(notifications.environment(), parameters),
                parameters);
        assertFalse(env.values().containsKey("JAVA_TOOL_OPTIONS"), "no AOT cache unless AotCache=on");
        assertEquals("true", env.values().get("LIVSMESTER_MAIL_ENABLED"));
        assertEquals("letters@example.invalid", env.values().get("LIVSMESTER_MAIL_FROM"));
        assertEquals("lambda", env.values().get("MICRONAUT_ENVIRONMENTS"));
        assertEquals("u/NotificationsQueue", env.values().get("LIVSMESTER_QUEUES_NOTIFICATIONS"));
        // Cognito's and the cursor key's (a Secrets Manager reference) only AWS resolves; locally LocalAuth sets them.
        assertEquals(Set.of("LIVSMESTER_AUTH_JWKS_URL", "LIVSMESTER_AUTH_ISSUER", "LIVSMESTER_AUTH_CLIENT_ID",
                "LIVSMESTER_SECURITY_CURSOR_KEY"), env.unresolved());
        assertEquals(1024, notifications.memorySize());
        assertEquals("java25", notifications.runtime());
        assertTrue(notifications.snapStart());
        Provisioner.Resources.Resolved noMailFrom = resources.resolveAll(notifications.environment(), template.parameterValues(Map.of()));
        assertFalse(noMailFrom.values().containsKey("LIVSMESTER_MAIL_FROM"), "a parameter without a default needs a value");
    }
}
