package dk.livsmester.platform.config;

import dk.livsmester.domain.privacy.Disposal;
import dk.livsmester.domain.privacy.RecordType;
import dk.livsmester.domain.privacy.RetentionRule;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.util.EnumMap;
import java.util.Map;

/**
 * How long each record type is kept (LIVSMESTER_RETENTION_*, in months), with the legal reason for each default
 * beside it. The defaults are the project's reading of Danish law and must be confirmed by the municipality's data
 * protection officer and its archive (in Aarhus the city archive) before the pilot goes live; the archive may select
 * cases for preservation, which is what {@link #isArchiveClosedCases()} is for. Common to all: the GDPR's storage
 * limitation (art. 5(1)(e)) says personal data is kept no longer than its purpose needs, so every type has an end.
 */
@ConfigurationProperties("livsmester.retention")
public interface RetentionConfig {
    /**
     * A refused (or withdrawn) application: 60 months after the decision, then anonymised. The citizen can complain
     * of the decision (to the Ankestyrelsen, through the municipality, retssikkerhedsloven § 67) and ask to see the
     * case (forvaltningsloven § 9); a new application is judged with the earlier one in view. The archive law
     * (arkivloven) and the Rigsarkivet's rules on preservation and discarding for municipalities
     * (bevarings- og kassationsbestemmelser) let a case file on a social benefit that is not selected for preservation
     * be discarded some years after the case ended; five years is the usual period for such files.
     */
    @Bindable(defaultValue = "60")
    @Min(1)
    @Max(600)
    int getRejectedApplicationMonths();

    /**
     * A granted case, once closed: 60 months from the end of the financial year in which it closed, then (after an
     * archive export when asked) anonymised. The payment is accounting material, kept five years from the end of the
     * financial year (bogføringsloven § 12 and the municipal accounting rules); a claim to repay a wrongly paid grant
     * is time-barred before that (forældelsesloven, three years from when it could be known). The amounts, dates,
     * category and centre stay so the ledger keeps reconciling; the people go.
     */
    @Bindable(defaultValue = "60")
    @Min(1)
    @Max(600)
    int getClosedCaseMonths();

    /**
     * A draft never sent: 6 months after its last change, then anonymised, its attachments deleted. Nothing was
     * applied for, so no case was opened: there is no decision to complain of, no payment to account for, and no
     * case file for the archive law to keep. It is kept a while so the citizen or their contact person can come back
     * and finish it; then data minimisation and storage limitation (GDPR art. 5(1)(c) and (e)) end it.
     */
    @Bindable(defaultValue = "6")
    @Min(1)
    @Max(60)
    int getDraftMonths();

    /** Whether a closed case is exported for the archive before it is anonymised (arkivloven: the archive decides). */
    @Bindable(defaultValue = "true")
    boolean isArchiveClosedCases();

    /**
     * Guide requests and matches: 24 months after the request ended (its match closed, or it was withdrawn), then
     * anonymised: who it was for, what was written and shared, and the links to the citizen go (the sharing choices
     * and alerts are deleted); the task type, statuses and dates stay for the evaluation, and lead to no one. The
     * peer-guide offer is voluntary support, not a decision with a complaint path or a payment; the record is needed
     * for the follow-ups and if the citizen asks again, and no preservation rule covers it, so art. 5(1)(e) alone sets
     * the end.
     */
    @Bindable(defaultValue = "24")
    @Min(1)
    @Max(600)
    int getGuideRecordMonths();

    /**
     * The read log: 24 months from the read, then deleted by DynamoDB's time to live. It lets a citizen see who read
     * their data (their right of access, GDPR art. 15) and an auditor check that reads had a reason (art. 32, security
     * of processing); the earlier Danish security order for public authorities asked for access logs of at least six
     * months, and two years leaves time for a complaint to the Datatilsynet to be examined.
     */
    @Bindable(defaultValue = "24")
    @Min(6)
    @Max(120)
    int getReadLogMonths();

    /**
     * Letters, the audit trail and (when they come) attachments are part of the case file: they are kept and
     * anonymised or deleted with their case (the decision letters are the decision; the trail is the case's own record
     * of who did what, which the duty to take notes, offentlighedsloven § 13, asks for). Listed here so the table of
     * rules is complete; their period is their case's.
     */
    default Map<RecordType, RetentionRule> rules() {
        Map<RecordType, RetentionRule> rules = new EnumMap<>(RecordType.class);
        rules.put(RecordType.REJECTED_APPLICATION, new RetentionRule(RecordType.REJECTED_APPLICATION,
                getRejectedApplicationMonths(), false, Disposal.ANONYMISE));
        rules.put(RecordType.DRAFT, new RetentionRule(RecordType.DRAFT, getDraftMonths(), false, Disposal.ANONYMISE));
        rules.put(RecordType.CLOSED_CASE, new RetentionRule(RecordType.CLOSED_CASE, getClosedCaseMonths(), true,
                isArchiveClosedCases() ? Disposal.ARCHIVE_THEN_ANONYMISE : Disposal.ANONYMISE));
        rules.put(RecordType.GUIDE_RECORD, new RetentionRule(RecordType.GUIDE_RECORD, getGuideRecordMonths(), false,
                Disposal.ANONYMISE));
        rules.put(RecordType.READ_LOG, new RetentionRule(RecordType.READ_LOG, getReadLogMonths(), false, Disposal.DELETE));
        rules.put(RecordType.NOTICE, new RetentionRule(RecordType.NOTICE, getNoticeMonths(), false, Disposal.DELETE));
        for (RecordType withCase : new RecordType[]{RecordType.LETTER, RecordType.AUDIT_TRAIL, RecordType.ATTACHMENT}) {
            rules.put(withCase, new RetentionRule(withCase, 0, false, Disposal.WITH_CASE));
        }
        return rules;
    }

    /**
     * A notice (the mailbox's "you have a letter", a reminder, a meeting planned): 24 months from when it was written,
     * then deleted by DynamoDB's time to live (LIVSMESTER_RETENTION_NOTICE_MONTHS). A notice is a pointer in the app to
     * something kept elsewhere: the letter itself is part of its case and kept with it, the notice only says it came.
     * Storage limitation (GDPR art. 5(1)(e)) ends it once its purpose is spent; two years is long enough for the
     * citizen to see it and for a complaint about a notice never received to be looked into.
     */
    @Bindable(defaultValue = "24")
    @Min(1)
    @Max(120)
    int getNoticeMonths();
}
