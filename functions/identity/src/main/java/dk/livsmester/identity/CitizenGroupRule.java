package dk.livsmester.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * Which group a newly confirmed user joins: a person whose first sign-in came through the citizens' identity provider
 * (MitID through a broker) joins the citizen group. Nobody else is put anywhere: staff get their role from an
 * administrator's group assignment, and a user made by an administrator never passes here (Cognito does not run the
 * post confirmation trigger for them).
 */
public final class CitizenGroupRule {
    /** Cognito's trigger source for a confirmed sign-up; on a federated first sign-in it is the same. */
    static final String CONFIRM_SIGN_UP = "PostConfirmation_ConfirmSignUp";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String citizenProvider;
    private final String citizenGroup;

    public CitizenGroupRule(String citizenProvider, String citizenGroup) {
        this.citizenProvider = citizenProvider == null || citizenProvider.isBlank() ? null : citizenProvider;
        this.citizenGroup = citizenGroup;
    }

    public Optional<String> groupFor(String triggerSource, Map<String, String> userAttributes) {
        if (citizenProvider == null || !CONFIRM_SIGN_UP.equals(triggerSource) || userAttributes == null) {
            return Optional.empty();
        }
        // Cognito's own attributes: a federated user is EXTERNAL_PROVIDER, and identities names the provider(s) the user
        // came through. Neither can be written by the user.
        if (!"EXTERNAL_PROVIDER".equals(userAttributes.get("cognito:user_status"))) {
            return Optional.empty();
        }
        return cameThrough(userAttributes.get("identities"), citizenProvider) ? Optional.of(citizenGroup) : Optional.empty();
    }

    private static boolean cameThrough(String identities, String provider) {
        if (identities == null || identities.isBlank()) {
            return false;
        }
        try {
            JsonNode list = JSON.readTree(identities);
            if (!list.isArray()) {
                return false;
            }
            for (JsonNode identity : list) {
                if (provider.equals(identity.path("providerName").asText(null))) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
