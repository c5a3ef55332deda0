package dk.livsmester.notices;

import dk.livsmester.domain.notice.Channel;
import dk.livsmester.domain.notice.Notice;

/**
 * The port a notice leaves the system through. E-mail (SES) and SMS (SNS or a gateway) implement it; a Digital Post
 * adapter would be one more (its contract: docs/architecture.md, "Notices"). {@link #deliver} either hands the notice
 * over or throws; the service records the delivery only after it returned.
 */
public interface NoticeChannel {
    Channel channel();

    /** Whether it is configured here (locally e-mail and SMS are off: notices stay in the mailbox). */
    boolean available();

    /** Hands one notice to the channel for {@code address} (an e-mail address or a phone number). */
    void deliver(Notice notice, String address, boolean english);
}
