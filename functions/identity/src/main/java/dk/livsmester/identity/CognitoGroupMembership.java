package dk.livsmester.identity;

import jakarta.inject.Singleton;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;

/** {@link GroupMembership} in Cognito. */
@Singleton
public class CognitoGroupMembership implements GroupMembership {
    private final CognitoIdentityProviderClient cognito;

    public CognitoGroupMembership(CognitoIdentityProviderClient cognito) {
        this.cognito = cognito;
    }

    @Override
    public void add(String userPoolId, String username, String group) {
        cognito.adminAddUserToGroup(r -> r.userPoolId(userPoolId).username(username).groupName(group));
    }
}
