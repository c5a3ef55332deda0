package dk.livsmester.notices;

import dk.livsmester.platform.config.AwsClientFactory;
import dk.livsmester.platform.config.AwsConfig;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.SnsException;

import java.util.Map;

/** One transactional SMS through Amazon SNS (Publish to a phone number); the client is built on first use. */
@Singleton
public class SnsSmsSender implements AutoCloseable {
    private final NoticesConfig config;
    private final AwsConfig aws;
    private volatile SnsClient client;

    public SnsSmsSender(NoticesConfig config, AwsConfig aws) {
        this.config = config;
        this.aws = aws;
    }

    public void send(String phone, String text) {
        try {
            client().publish(r -> r.phoneNumber(phone.replace(" ", "")).message(text).messageAttributes(Map.of(
                    "AWS.SNS.SMS.SMSType", MessageAttributeValue.builder().dataType("String").stringValue("Transactional").build(),
                    "AWS.SNS.SMS.SenderID", MessageAttributeValue.builder().dataType("String").stringValue(config.getSmsSender()).build())));
        } catch (SnsException e) {
            // The status and SNS's error code only: the message can quote the number.
            throw new IllegalStateException("SNS Publish answered " + e.statusCode() + " "
                    + (e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode()));
        }
    }

    private SnsClient client() {
        SnsClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = AwsClientFactory.configure(SnsClient.builder(), aws, config.getSnsEndpoint()).build();
                }
                c = client;
            }
        }
        return c;
    }

    @PreDestroy
    @Override
    public void close() {
        if (client != null) {
            client.close();
        }
    }
}
