package dk.livsmester.domain.notice;

/**
 * How a notice reaches a person beyond the in-app mailbox, which every notice lands in. MAILBOX: only there (no
 * opt-in, or the channel is off).
 */
public enum Channel {
    MAILBOX, EMAIL, SMS
}
