package dk.livsmester.identity;

import jakarta.inject.Singleton;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreventUserExistenceErrorTypes;
import software.amazon.awssdk.services.cognitoidentityprovider.model.TimeUnitsType;

/**
 * {@link WebClients} in Cognito. UpdateUserPoolClient sets every setting it is not given back to its default, so
 * every setting is given.
 */
@Singleton
public class CognitoWebClients implements WebClients {
    private final CognitoIdentityProviderClient cognito;

    public CognitoWebClients(CognitoIdentityProviderClient cognito) {
        this.cognito = cognito;
    }

    @Override
    public void apply(WebClientSettings s) {
        cognito.updateUserPoolClient(r -> r
                .userPoolId(s.userPoolId())
                .clientId(s.clientId())
                .clientName(s.clientName())
                .callbackURLs(s.callbackUrls())
                .logoutURLs(s.logoutUrls())
                .allowedOAuthFlowsUserPoolClient(true)
                .allowedOAuthFlowsWithStrings(s.oauthFlows())
                .allowedOAuthScopes(s.oauthScopes())
                .supportedIdentityProviders(s.identityProviders())
                .explicitAuthFlowsWithStrings(s.explicitAuthFlows())
                .accessTokenValidity(s.accessTokenMinutes())
                .idTokenValidity(s.idTokenMinutes())
                .refreshTokenValidity(s.refreshTokenHours())
                .tokenValidityUnits(u -> u.accessToken(TimeUnitsType.MINUTES).idToken(TimeUnitsType.MINUTES)
                        .refreshToken(TimeUnitsType.HOURS))
                .preventUserExistenceErrors(PreventUserExistenceErrorTypes.ENABLED)
                .enableTokenRevocation(true));
    }
}
