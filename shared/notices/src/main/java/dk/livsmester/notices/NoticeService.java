package dk.livsmester.notices;

import dk.livsmester.domain.notice.Channel;
import dk.livsmester.domain.notice.Notice;
import dk.livsmester.domain.notice.NoticePreference;
import dk.livsmester.platform.store.NoticeStore;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The one way anything tells anyone anything. A notice is written once under its deterministic id (a conditional
 * put), so a redelivered event or a second run of a schedule writes nothing new; then it goes out on the recipient's
 * own choice of channel, if they opted in, and its delivery is recorded. A crash between the delivery and the record
 * sends it again on the next attempt (at least once); a notice recorded as sent is never sent again. Every notice is
 * in the recipient's mailbox whatever the channel. Role mailboxes ({@code role:team}, {@code role:coordinator}) go
 * by e-mail to the configured shared address.
 */
@Singleton
public class NoticeService {
    public static final String TEAM = "role:team";
    public static final String COORDINATOR = "role:coordinator";
    private static final Logger LOG = LoggerFactory.getLogger(NoticeService.class);

    /** The channel a new notice goes on, and the recipient's current addresses (a retry uses them, not old ones). */
    private record Route(Channel channel, String email, String phone, boolean english) {
        String address(Channel c) {
            return c == Channel.EMAIL ? email : c == Channel.SMS ? phone : null;
        }
    }

    private final NoticeStore store;
    private final List<NoticeChannel> channels;
    private final NoticesConfig config;
    private final Clock clock;

    /** How long one delivery holds a notice: longer than a channel's call may take (the SMS gateway's is 10 s). */
    static final java.time.Duration DELIVERY_LEASE = java.time.Duration.ofMinutes(2);

    public NoticeService(NoticeStore store, List<NoticeChannel> channels, NoticesConfig config, Clock clock) {
        this.store = store;
        this.channels = channels;
        this.config = config;
        this.clock = clock;
    }

    /** Writes the notice if it is new and delivers it unless it was delivered before; the stored notice. */
    public Notice send(Notice draft) {
        // A schedule asks again every run: a read answers "sent before" without a refused write.
        Optional<Notice> before = store.find(draft.id());
        if (before.isPresent() && before.get().status() == Notice.Status.SENT) {
            return before.get();
        }
        Route route = route(draft.recipient());
        Notice routed = draft.via(route.channel());
        Notice candidate = route.channel() == Channel.MAILBOX ? routed.sent(routed.createdAt()) : routed;
        boolean fresh = store.putOnce(candidate);
        Notice stored = fresh ? candidate : store.find(candidate.id()).orElseThrow();
        if (fresh) {
            LOG.info("notice written noticeKind={} channel={}", stored.kind(), stored.channel());
        }
        if (stored.status() == Notice.Status.SENT) {
            return stored;
        }
        Optional<NoticeChannel> channel = channels.stream()
                .filter(c -> c.channel() == stored.channel() && c.available()).findFirst();
        String address = route.address(stored.channel());
        if (channel.isEmpty() || address == null) {
            // Chosen, but off here: the mailbox holds it; it stays pending so the record is honest.
            return stored;
        }
        // One delivery at a time: the claim is a conditional write on the version, so of two at once one wins.
        Notice claimed = stored.claimed(clock.instant().plus(DELIVERY_LEASE));
        if (stored.heldAt(clock.instant()) || !store.markSent(stored, claimed)) {
            return store.find(stored.id()).orElse(stored);
        }
        try {
            channel.get().deliver(claimed, address, route.english());
        } catch (RuntimeException failed) {
            // Let go at once, so the message's next delivery tries again (a crash here frees it when the lease ends).
            store.markSent(claimed, claimed.released());
            throw failed;
        }
        Notice sent = claimed.sent(clock.instant());
        boolean recorded = store.markSent(claimed, sent);
        LOG.info("notice sent noticeKind={} channel={} recorded={}", stored.kind(), stored.channel(), recorded);
        return recorded ? sent : store.find(stored.id()).orElse(sent);
    }

    private Route route(String recipient) {
        if (TEAM.equals(recipient) || COORDINATOR.equals(recipient)) {
            String address = TEAM.equals(recipient) ? config.getTeamEmail() : config.getCoordinatorEmail();
            return address == null || address.isBlank() ? new Route(Channel.MAILBOX, null, null, false)
                    : new Route(Channel.EMAIL, address, null, false);
        }
        Optional<NoticePreference> p = store.preference(recipient);
        if (p.isEmpty()) {
            return new Route(Channel.MAILBOX, null, null, false);
        }
        NoticePreference pref = p.get();
        return pref.optIn() ? new Route(pref.effectiveChannel(), pref.email(), pref.phone(), pref.english())
                : new Route(Channel.MAILBOX, null, null, pref.english());
    }
}
