package dk.livsmester.domain.privacy;

/**
 * The kinds of record the system keeps about a citizen, each with its own retention (see the retention
 * configuration, where the period and the legal reason of each stand side by side).
 */
public enum RecordType {
    /** An application that was refused, or withdrawn before a decision. */
    REJECTED_APPLICATION,
    /** An application never sent: a draft the citizen or their contact person left. */
    DRAFT,
    /** A granted application whose case is closed (paid out, money returned or released). */
    CLOSED_CASE,
    /** The letters of a case (decisions, receipts, reminders). */
    LETTER,
    /** Guide requests and matches with their meetings, once closed. */
    GUIDE_RECORD,
    /** The audit trail of a case (who moved it, when, from what to what). */
    AUDIT_TRAIL,
    /** The read log (which member of staff read which citizen's data). */
    READ_LOG,
    /** Files attached to an application (annexes, quotes, receipts); kept and erased by their attachment store. */
    ATTACHMENT,
    /** A notice in a person's mailbox (a pointer to something kept elsewhere); deleted by DynamoDB's time to live. */
    NOTICE
}
