package dk.livsmester.identity;

import com.amazonaws.services.lambda.runtime.events.CognitoUserPoolPostConfirmationEvent;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Who joins the citizen group on their first sign-in: only people who came through the citizens' provider. */
class CitizenGroupRuleTest {
    private final CitizenGroupRule rule = new CitizenGroupRule("MitID", "citizen");

    private static CognitoUserPoolPostConfirmationEvent mitid() {
        return Fixtures.event("cognito-post-confirmation-mitid.json", CognitoUserPoolPostConfirmationEvent.class);
    }

    private Optional<String> decide(CognitoUserPoolPostConfirmationEvent e) {
        return rule.groupFor(e.getTriggerSource(), e.getRequest().getUserAttributes());
    }

    @Test
    void aCitizenWhoseFirstSignInCameThroughMitId_joinsTheCitizenGroup() {
        CognitoUserPoolPostConfirmationEvent e = mitid();
        assertEquals("MitID_3f2b9a0c-7d41-4c1e-9a55-1b2c3d4e5f60", e.getUserName(), "the fixture reads as the runtime reads it");
        assertEquals(Optional.of("citizen"), decide(e));
    }

    @Test
    void staffFromEntraId_joinNoGroup_theirRoleIsAssignedByAnAdministrator() {
        assertEquals(Optional.empty(), decide(Fixtures.event("cognito-post-confirmation-entra.json", CognitoUserPoolPostConfirmationEvent.class)));
    }

    @Test
    void aUserOfThePoolItself_orAnotherTriggerSource_joinsNoGroup() {
        CognitoUserPoolPostConfirmationEvent e = mitid();
        Map<String, String> native_ = new HashMap<>(e.getRequest().getUserAttributes());
        native_.put("cognito:user_status", "CONFIRMED");
        assertEquals(Optional.empty(), rule.groupFor(e.getTriggerSource(), native_), "not federated, even with an identities value");
        assertEquals(Optional.empty(), rule.groupFor("PostConfirmation_ConfirmForgotPassword", e.getRequest().getUserAttributes()));
        assertEquals(Optional.empty(), rule.groupFor(e.getTriggerSource(), null));
    }

    @Test
    void withoutACitizenProviderConfigured_orUnderAnotherName_nobodyJoins() {
        CognitoUserPoolPostConfirmationEvent e = mitid();
        assertEquals(Optional.empty(), new CitizenGroupRule(null, "citizen").groupFor(e.getTriggerSource(), e.getRequest().getUserAttributes()));
        assertEquals(Optional.empty(), new CitizenGroupRule(" ", "citizen").groupFor(e.getTriggerSource(), e.getRequest().getUserAttributes()));
        assertEquals(Optional.empty(), new CitizenGroupRule("mitid", "citizen").groupFor(e.getTriggerSource(), e.getRequest().getUserAttributes()),
                "Cognito's provider names are exact");
    }

    @Test
    void identitiesThatAreMissingOrNotAList_joinNoGroup() {
        CognitoUserPoolPostConfirmationEvent e = mitid();
        for (String identities : new String[]{null, "", "not json", "{\"providerName\":\"MitID\"}", "[{\"providerName\":\"EntraID\"}]"}) {
            Map<String, String> a = new HashMap<>(e.getRequest().getUserAttributes());
            a.put("identities", identities);
            assertEquals(Optional.empty(), rule.groupFor(e.getTriggerSource(), a), String.valueOf(identities));
        }
    }
}
