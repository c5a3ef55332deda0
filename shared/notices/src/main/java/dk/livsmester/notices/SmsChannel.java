package dk.livsmester.notices;

import dk.livsmester.domain.notice.Channel;
import dk.livsmester.domain.notice.Notice;
import jakarta.inject.Singleton;

/**
 * Notices by SMS, through the configured sender (Amazon SNS or a Danish SMS gateway). The text is the notice's title
 * and its link only: an SMS never carries personal data.
 */
@Singleton
public class SmsChannel implements NoticeChannel {
    private final NoticesConfig config;
    private final SnsSmsSender sns;
    private final GatewaySmsSender gateway;

    public SmsChannel(NoticesConfig config, SnsSmsSender sns, GatewaySmsSender gateway) {
        this.config = config;
        this.sns = sns;
        this.gateway = gateway;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public boolean available() {
        return config.getSmsProvider() != NoticesConfig.SmsProvider.NONE;
    }

    @Override
    public void deliver(Notice notice, String phone, boolean english) {
        String text = notice.smsText(english, config.getBaseUrl());
        switch (config.getSmsProvider()) {
            case SNS -> sns.send(phone, text);
            case GATEWAY -> gateway.send(phone, text);
            case NONE -> throw new IllegalStateException("SMS is off");
        }
    }
}
