package dk.livsmester.platform.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * E-mail of letters through Amazon SES. Off by default (the local runtime keeps letters in the in-app outbox only);
 * the template turns it on in AWS. The endpoint override is for tests.
 */
@ConfigurationProperties("livsmester.mail")
public interface MailConfig {
    @Bindable(defaultValue = "false")
    boolean isEnabled();

    @Nullable
    String getFrom();

    @Nullable
    String getEndpoint();
}
