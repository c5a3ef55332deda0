package dk.livsmester.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The identity functions' settings. The citizens' identity provider is the name it has in the user pool (the MitID
 * broker, set by the template when that provider is configured); without it nobody is put in a group automatically.
 * The Cognito endpoint override is for tests and is off by default (real AWS).
 */
@ConfigurationProperties("livsmester.identity")
public interface IdentityConfig {
    @Nullable
    String getCitizenProvider();

    @Bindable(defaultValue = "citizen")
    String getCitizenGroup();

    @Nullable
    String getCognitoEndpoint();
}
