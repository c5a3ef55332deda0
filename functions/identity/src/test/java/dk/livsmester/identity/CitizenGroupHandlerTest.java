package dk.livsmester.identity;

import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPostConfirmationEvent;
import dk.livsmester.localaws.LocalLambdaContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deployed post confirmation trigger, fed AWS's event shape from events/: a MitID citizen's first sign-in calls
 * AdminAddUserToGroup (signed) for the citizen group in the event's pool; a staff member's calls nothing; Cognito gets
 * its event back.
 */
class CitizenGroupHandlerTest {
    static final Map<String, String> CITIZENS_VIA = Map.of("livsmester.identity.citizen-provider", "MitID");
    FakeCognito cognito;

    @BeforeEach
    void start() {
        cognito = new FakeCognito();
        Fixtures.configure(cognito, CITIZENS_VIA);
    }

    @AfterEach
    void stop() {
        Fixtures.unconfigure(cognito, CITIZENS_VIA);
        cognito.close();
    }

    @Test
    void aMitIdCitizensFirstSignIn_addsThemToTheCitizenGroup_andReturnsTheEvent() {
        CognitoUserPoolPostConfirmationEvent event = Fixtures.event("cognito-post-confirmation-mitid.json", CognitoUserPoolPostConfirmationEvent.class);
        try (CitizenGroupHandler handler = new CitizenGroupHandler()) {
            assertSame(event, handler.handleRequest(event, new LocalLambdaContext("IdentityFunction", 5)));
        }
        assertEquals(1, cognito.calls.size());
        FakeCognito.Call call = cognito.calls.get(0);
        assertEquals("AdminAddUserToGroup", call.operation());
        assertEquals("eu-west-1_uPoolId", call.body().get("UserPoolId").asText());
        assertEquals("MitID_3f2b9a0c-7d41-4c1e-9a55-1b2c3d4e5f60", call.body().get("Username").asText());
        assertEquals("citizen", call.body().get("GroupName").asText());
        assertTrue(call.authorization().startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/") && call.authorization().contains("/cognito-idp/"),
                call.authorization());
    }

    @Test
    void aStaffMembersFirstSignInThroughEntraId_callsNothing() {
        CognitoUserPoolPostConfirmationEvent event = Fixtures.event("cognito-post-confirmation-entra.json", CognitoUserPoolPostConfirmationEvent.class);
        try (CitizenGroupHandler handler = new CitizenGroupHandler()) {
            handler.handleRequest(event, new LocalLambdaContext("IdentityFunction", 5));
        }
        assertEquals(0, cognito.calls.size());
    }

    @Test
    void whenCognitoRefuses_theSignInFails_ratherThanACitizenWithoutARole() {
        cognito.status = 400;
        cognito.answer = "{\"__type\":\"ResourceNotFoundException\",\"message\":\"Group not found.\"}";
        CognitoUserPoolPostConfirmationEvent event = Fixtures.event("cognito-post-confirmation-mitid.json", CognitoUserPoolPostConfirmationEvent.class);
        try (CitizenGroupHandler handler = new CitizenGroupHandler()) {
            assertThrows(RuntimeException.class, () -> handler.handleRequest(event, new LocalLambdaContext("IdentityFunction", 5)));
        }
    }
}
