package dk.livsmester.notices;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The notice service's settings (LIVSMESTER_NOTICES_*): where links point, which SMS channel is used, the role
 * mailboxes' e-mail addresses, and the 14-day promise's reminder day. E-mail itself is {@code livsmester.mail}.
 */
@ConfigurationProperties("livsmester.notices")
public interface NoticesConfig {
    /** Which SMS channel: none (notices stay in the mailbox), Amazon SNS, or a Danish SMS gateway over HTTPS. */
    enum SmsProvider { NONE, SNS, GATEWAY }

    /** The web app's address, put before a notice's link (an e-mail's and an SMS's). */
    @Bindable(defaultValue = "http://localhost:8080")
    String getBaseUrl();

    @Bindable(defaultValue = "NONE")
    SmsProvider getSmsProvider();

    /** The gateway's send URL (GATEWAY): it receives {@code {"to","text","sender"}} as JSON. */
    @Nullable
    String getSmsGatewayUrl();

    /** The gateway's API key, sent as a bearer token (from a secret in AWS). */
    @Nullable
    String getSmsGatewayKey();

    /** The sender name an SMS shows (SNS's SenderID, the gateway's sender). */
    @Bindable(defaultValue = "Livsmester")
    String getSmsSender();

    /** SNS endpoint override, for tests. */
    @Nullable
    String getSnsEndpoint();

    /** The team's shared mailbox address for reminders and breaches (empty: in-app mailbox only). */
    @Nullable
    String getTeamEmail();

    /** The coordinator's shared address for alerts and breaches (empty: in-app mailbox only). */
    @Nullable
    String getCoordinatorEmail();

    /** The day of the answer window on which the team is reminded (day 10 of 14). */
    @Bindable(defaultValue = "10")
    int getReminderDay();
}
