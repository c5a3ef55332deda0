package dk.livsmester.noticesapi;

import dk.livsmester.domain.Caller;
import dk.livsmester.domain.Role;
import dk.livsmester.domain.application.AnswerWindow;
import dk.livsmester.domain.application.ApplicationStatus;
import dk.livsmester.domain.notice.Channel;
import dk.livsmester.domain.notice.DeadlineWatch;
import dk.livsmester.domain.notice.Notice;
import dk.livsmester.domain.notice.NoticePreference;
import dk.livsmester.platform.store.ApplicationStore;
import dk.livsmester.platform.store.NoticeStore;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * A person reads their own notices only (and staff their role's shared mailbox: the team's reminders and breaches, the
 * coordinator's alerts); each person sets their own preference. The breach list is for the team, the coordinator and
 * finance: ids, dates and places, no personal data.
 */
@Singleton
public class MailboxService {
    static final int MAILBOX_SIZE = 100;
    private static final String ROLE_PREFIX = "role:";

    private final NoticeStore notices;
    private final ApplicationStore applications;
    private final AnswerWindow window;
    private final Clock clock;

    public MailboxService(NoticeStore notices, ApplicationStore applications, AnswerWindow window, Clock clock) {
        this.notices = notices;
        this.applications = applications;
        this.window = window;
        this.clock = clock;
    }

    public List<Notice> mailbox(Caller caller) {
        List<Notice> all = new ArrayList<>(notices.mailbox(caller.subject(), MAILBOX_SIZE));
        if (caller.is(Role.TEAM) || caller.is(Role.COORDINATOR)) {
            all.addAll(notices.mailbox(ROLE_PREFIX + caller.role().wireName(), MAILBOX_SIZE));
        }
        all.sort(Comparator.comparing(Notice::createdAt).reversed());
        return all.size() > MAILBOX_SIZE ? all.subList(0, MAILBOX_SIZE) : all;
    }

    public NoticePreference preference(Caller caller) {
        Optional<NoticePreference> p = notices.preference(caller.subject());
        return p.orElse(new NoticePreference(caller.subject(), false, Channel.MAILBOX, "da", null, null, null));
    }

    public NoticePreference savePreference(Caller caller, NoticePreference.Form form) {
        NoticePreference p = form.by(caller.subject(), clock.instant());
        notices.savePreference(p);
        return p;
    }

    public List<DeadlineWatch.Breach> breaches(Caller caller) {
        caller.require(Role.TEAM, Role.COORDINATOR, Role.FINANCE);
        var now = clock.instant();
        EnumSet<ApplicationStatus> judged = EnumSet.copyOf(ApplicationStatus.PIPELINE);
        for (ApplicationStatus s : ApplicationStatus.values()) {
            if (s.isDecided()) {
                judged.add(s);
            }
        }
        return applications.all(judged).stream().map(a -> DeadlineWatch.breachOf(window, a, now)).flatMap(Optional::stream)
                .sorted(Comparator.comparing(DeadlineWatch.Breach::dueDate)).toList();
    }
}
