package dk.livsmester.notices;

import dk.livsmester.domain.notice.Channel;
import dk.livsmester.domain.notice.Notice;
import jakarta.inject.Singleton;

import java.util.List;

/** Notices by e-mail through the SES v2 client, in the recipient's language, with the link. */
@Singleton
public class EmailChannel implements NoticeChannel {
    private final SesMailer mailer;
    private final NoticesConfig config;

    public EmailChannel(SesMailer mailer, NoticesConfig config) {
        this.mailer = mailer;
        this.config = config;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean available() {
        return mailer.enabled();
    }

    @Override
    public void deliver(Notice notice, String address, boolean english) {
        mailer.send(List.of(address), english ? notice.titleEn() : notice.titleDa(),
                notice.emailText(english, config.getBaseUrl()));
    }
}
