package dk.livsmester.notifications;

import dk.livsmester.domain.application.Application;
import dk.livsmester.domain.application.Letter;
import dk.livsmester.domain.notice.Notice;
import dk.livsmester.domain.notice.NoticeKind;
import dk.livsmester.notices.NoticeService;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A written letter becomes a notice to the citizen (their sign-in) and to the contact person who made the application:
 * "you have a new letter", with a link to the application's page. The letter itself is the e-mail; the notice reaches
 * them on their own channel (an SMS, if that is their choice) and in their mailbox.
 */
@Singleton
public class LetterNotices {
    private final NoticeService notices;
    private final Clock clock;

    public LetterNotices(NoticeService notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    public void letterWritten(Application app, Letter letter) {
        Set<String> to = new LinkedHashSet<>();
        if (app.citizenSubject() != null) {
            to.add(app.citizenSubject());
        }
        if (app.createdBy() != null) {
            to.add(app.createdBy());
        }
        for (String recipient : to) {
            notices.send(Notice.of(NoticeKind.LETTER, app.id() + "#" + letter.key(), recipient, app.id(),
                    "Du har fået et brev fra Livsmester.", "You have a letter from Livsmester.",
                    letter.subjectDa() + ". Læs brevet på din side.", letter.subjectEn() + ". Read the letter on your page.",
                    "/status.html?id=" + app.id(), clock.instant()));
        }
    }
}
