package dk.livsmester.localaws;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolClientType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;
import software.amazon.awssdk.services.sesv2.model.VerificationStatus;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * moto mode's provisioning: every table, queue, the user pool with its client and groups, and the sender's SES
 * identity come from template.yaml and its parameters, and the functions' configuration points at them.
 */
class MotoProvisionerIT {
    static final String SENDER = "breve@provisioner.livsmester.example";
    static CfnTemplate template;
    static LocalAws aws;
    static LocalAws.Moto moto;

    @BeforeAll
    static void start() throws Exception {
        template = CfnTemplate.load(CfnTemplate.locate(Path.of("")));
        aws = LocalAws.moto(template, Map.of("MailFrom", SENDER, "AuthDomainPrefix", "livsmester-test"), Files.createTempDirectory("moto-provisioner"));
        moto = aws.moto().orElseThrow();
    }

    @AfterAll
    static void stop() {
        if (aws != null) {
            aws.close();
        }
    }

    @Test
    void tablesAndQueues_areTheTemplates() {
        for (CfnTemplate.TableSpec t : template.tables()) {
            var table = aws.dynamo().describeTable(b -> b.tableName(t.logicalId())).table();
            Set<String> indexes = table.hasGlobalSecondaryIndexes() ? table.globalSecondaryIndexes().stream()
                    .map(GlobalSecondaryIndexDescription::indexName).collect(Collectors.toSet()) : Set.of();
            assertEquals(t.indexes().stream().map(CfnTemplate.Index::name).collect(Collectors.toSet()), indexes, t.logicalId());
        }
        for (CfnTemplate.QueueSpec q : template.queues()) {
            Map<QueueAttributeName, String> a = aws.sqs().getQueueAttributes(b -> b.queueUrl(aws.queueUrl(q.logicalId()))
                    .attributeNames(QueueAttributeName.ALL)).attributes();
            assertEquals(String.valueOf(q.visibilityTimeout()), a.get(QueueAttributeName.VISIBILITY_TIMEOUT), q.logicalId());
            if (q.deadLetterTarget() != null) {
                String redrive = a.get(QueueAttributeName.REDRIVE_POLICY);
                assertTrue(redrive.contains(aws.resources().queueArns().get(q.deadLetterTarget())), redrive);
                assertTrue(redrive.replace(" ", "").contains("\"maxReceiveCount\":" + q.maxReceiveCount())
                        || redrive.replace(" ", "").contains("\"maxReceiveCount\":\"" + q.maxReceiveCount() + "\""), redrive);
            }
        }
    }

    @Test
    void theUserPool_itsClientAndGroups_areTheTemplates() {
        CognitoIdentityProviderClient cognito = aws.cognito();
        UserPoolType pool = cognito.describeUserPool(b -> b.userPoolId(moto.userPoolId())).userPool();
        assertEquals("livsmester-dev", pool.name(), "UserPoolName livsmester-${Stage} with Stage's default");
        assertEquals(List.of("email"), pool.usernameAttributesAsStrings());
        assertTrue(pool.adminCreateUserConfig().allowAdminCreateUserOnly());
        assertEquals(12, pool.policies().passwordPolicy().minimumLength());

        UserPoolClientType client = cognito.describeUserPoolClient(b -> b.userPoolId(moto.userPoolId())
                .clientId(moto.clientId())).userPoolClient();
        List<String> flows = CfnTemplate.list(template.resourceSpecs("AWS::Cognito::UserPoolClient").get(0)
                .properties().get("ExplicitAuthFlows")).stream().map(String::valueOf).toList();
        assertEquals(flows, client.explicitAuthFlowsAsStrings());
        assertTrue(client.clientSecret() == null, "GenerateSecret: false");

        Set<String> declared = template.resourceSpecs("AWS::Cognito::UserPoolGroup").stream()
                .map(g -> String.valueOf(g.properties().get("GroupName"))).collect(Collectors.toSet());
        Set<String> groups = cognito.listGroups(b -> b.userPoolId(moto.userPoolId())).groups().stream()
                .map(GroupType::groupName).collect(Collectors.toSet());
        assertEquals(declared, groups);
        assertTrue(groups.containsAll(Set.of("contact-person", "team", "finance")));
    }

    @Test
    void theSender_isAVerifiedIdentity_andNoOtherAddressMaySend() {
        try (SesV2Client ses = Ports.local(SesV2Client.builder(), moto.endpoint()).build()) {
            // moto says SUCCESS but VerifiedForSendingStatus false (AWS says true once verified): the status is checked.
            assertEquals(VerificationStatus.SUCCESS, ses.getEmailIdentity(b -> b.emailIdentity(SENDER)).verificationStatus());
            assertThrows(MessageRejectedException.class, () -> ses.sendEmail(b -> b.fromEmailAddress("other@livsmester.example")
                    .destination(d -> d.toAddresses("someone@example.org"))
                    .content(c -> c.simple(m -> m.subject(t -> t.data("x")).body(x -> x.text(t -> t.data("x")))))),
                    "only a verified sender sends, so the provisioning is what lets letters out");
        }
        assertEquals(Set.of(SENDER), moto.senders());
    }

    @Test
    void theFunctionsConfiguration_pointsAtMoto_withTheTemplatesIssuer() throws Exception {
        Map<String, String> p = aws.properties();
        assertEquals("https://cognito-idp.eu-west-1.amazonaws.com/" + moto.userPoolId(), p.get("livsmester.auth.issuer"),
                "the template's issuer, resolved against moto's pool");
        assertEquals(moto.endpoint() + "/" + moto.userPoolId() + "/.well-known/jwks.json", p.get("livsmester.auth.jwks-url"));
        HttpResponse<String> jwks = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                p.get("livsmester.auth.jwks-url"))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, jwks.statusCode());
        assertTrue(jwks.body().contains("\"RS256\""), jwks.body());
        assertEquals(moto.clientId(), p.get("livsmester.auth.client-id"));
        assertEquals("true", p.get("livsmester.mail.enabled"), "the notifications function's own variable");
        assertEquals(SENDER, p.get("livsmester.mail.from"));
        assertEquals(moto.endpoint().toString(), p.get("livsmester.mail.endpoint"));
        assertEquals(moto.endpoint().toString(), p.get("livsmester.aws.dynamodb-endpoint"));
        assertEquals(moto.endpoint().toString(), p.get("livsmester.aws.sqs-endpoint"));
        assertEquals(aws.queueUrl("ReviewQueue"), p.get("livsmester.queues.review"));
        assertEquals("14", p.get("livsmester.guides.inactivity-days"), "LIVSMESTER_GUIDES_INACTIVITY_DAYS");
    }

    @Test
    void parameters_areCheckedAsCloudFormationDoes_beforeMotoStarts() {
        assertThrows(IllegalArgumentException.class, () -> Provisioner.parameterValues(template, Map.of()),
                "MailFrom has no default");
        assertThrows(IllegalArgumentException.class, () -> Provisioner.parameterValues(template,
                Map.of("MailFrom", "not an address")), "AllowedPattern");
        assertThrows(IllegalArgumentException.class, () -> Provisioner.parameterValues(template,
                Map.of("MailFrom", SENDER, "AuthDomainPrefix", "livsmester-test", "Nope", "x")), "an undeclared parameter");
        assertEquals("dev", Provisioner.parameterValues(template, Map.of("MailFrom", SENDER, "AuthDomainPrefix", "livsmester-test")).get("Stage"));
    }

    @Test
    void withoutMoto_theErrorSaysHowToInstallIt() throws Exception {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> MotoServer.start(
                "/nonexistent/moto_server", Files.createTempDirectory("no-moto")));
        assertTrue(e.getMessage().contains("pip install 'moto[server]==5.2.1'"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }
}
