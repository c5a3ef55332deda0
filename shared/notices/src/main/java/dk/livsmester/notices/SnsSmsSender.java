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
    private final LazyClient<SnsClient> client;

    public SnsSmsSender(NoticesConfig config, AwsConfig aws) {
        this.config = config;
        this.client = new LazyClient<>(() -> AwsClientFactory.configure(SnsClient.builder(), aws, config.getSnsEndpoint()).build());
    }

    public void send(String phone, String text) {
        try {
            client.get().publish(r -> r.phoneNumber(phone.replace(" ", "")).message(text).messageAttributes(Map.of(
                    "AWS.SNS.SMS.SMSType", MessageAttributeValue.builder().dataType("String").stringValue("Transactional").build(),
                    "AWS.SNS.SMS.SenderID", MessageAttributeValue.builder().dataType("String").stringValue(config.getSmsSender()).build())));
        } catch (SnsException e) {
            throw LazyClient.refused("SNS Publish", e);
        }
    }

    @PreDestroy
    @Override
    public void close() {
        client.close();
    }
}
