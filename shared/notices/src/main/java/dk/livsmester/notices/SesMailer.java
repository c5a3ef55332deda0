package dk.livsmester.notices;

import dk.livsmester.platform.config.AwsClientFactory;
import dk.livsmester.platform.config.AwsConfig;
import dk.livsmester.platform.config.MailConfig;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.SesV2Exception;

import java.util.List;

/**
 * Sends one plain-text e-mail through the SES v2 API (SendEmail) with the SDK's own client, built lazily: a function
 * with e-mail off (the local runtime) never creates it.
 */
@Singleton
public class SesMailer implements AutoCloseable {
    private final MailConfig mail;
    private final LazyClient<SesV2Client> client;

    public SesMailer(MailConfig mail, AwsConfig aws) {
        this.mail = mail;
        this.client = new LazyClient<>(() -> AwsClientFactory.configure(SesV2Client.builder(), aws, mail.getEndpoint()).build());
    }

    public boolean enabled() {
        return mail.isEnabled() && mail.getFrom() != null && !mail.getFrom().isBlank();
    }

    public void send(List<String> to, String subject, String text) {
        try {
            client().sendEmail(r -> r
                    .fromEmailAddress(mail.getFrom())
                    .destination(d -> d.toAddresses(to))
                    .content(c -> c.simple(m -> m
                            .subject(s -> s.data(subject).charset("UTF-8"))
                            .body(b -> b.text(t -> t.data(text).charset("UTF-8"))))));
        } catch (SesV2Exception e) {
            throw LazyClient.refused("SES SendEmail", e);
        }
    }

    public SesV2Client client() {
        return client.get();
    }

    @PreDestroy
    @Override
    public void close() {
        client.close();
    }
}
