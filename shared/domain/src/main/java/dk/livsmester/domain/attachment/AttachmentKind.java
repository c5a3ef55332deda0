package dk.livsmester.domain.attachment;

import dk.livsmester.domain.application.ApplicationStatus;

/**
 * What an attachment documents. The first three belong to the application and are added before the decision; a
 * receipt (or other proof of use) belongs to a grant and is added after it, for finance to see before and after paying.
 */
public enum AttachmentKind {
    /** The action plan's sub-goal, attached as an annex. */
    SUBGOAL_ANNEX,
    QUOTE,
    COST_DOCUMENTATION,
    /** A receipt or other proof of what the grant was used for. */
    RECEIPT;

    /** Whether an attachment of this kind may be added to an application in {@code status}. */
    public boolean allowedAt(ApplicationStatus status) {
        if (this == RECEIPT) {
            return status == ApplicationStatus.APPROVED || status == ApplicationStatus.PARTIALLY_APPROVED
                    || status == ApplicationStatus.DISBURSED;
        }
        return !status.isDecided();
    }
}
