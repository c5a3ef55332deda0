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
            case GATEWAY -> gateway.send(phone, text, reference(notice));
            case NONE -> throw new IllegalStateException("SMS is off");
        }
    }

    /**
     * The gateway's client reference: the same for every delivery of one notice, and no personal data (the notice's
     * id names its recipient's sign-in subject, so it goes as a hash).
     */
    static String reference(Notice notice) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(notice.id().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
